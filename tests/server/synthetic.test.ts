import 'reflect-metadata'
import { describe, expect, it } from 'vitest'
import { ValueType } from '../../server/domain/enums.js'
import { valueProblem } from '../../server/domain/value-rules.js'
import { IndicatorValue } from '../../server/modules/indicator-value/indicator-value.entity.js'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'
import { Measure } from '../../server/modules/measure/measure.entity.js'
import { Municipality } from '../../server/modules/municipality/municipality.entity.js'
import { Organization } from '../../server/modules/organization/organization.entity.js'
import { insertSynthetic } from '../../server/modules/seed/synthetic-insert.js'
import {
  GAP_RATE, REAL_DEADLINES, SYNTHETIC_DEFAULTS, SYNTHETIC_MARK, SYNTHETIC_REGION, generateSynthetic, generateValues, parseSyntheticArgs,
  type SyntheticPlan, type SyntheticValue,
} from '../../server/modules/seed/synthetic.js'
import { openOrm } from '../../server/orm.js'

const SMALL = { municipalities: 3, schools: 6, indicators: 40, seed: 7 }

const allValues = (plan: SyntheticPlan): SyntheticValue[][] => plan.municipalities.map((m) => generateValues(plan, m))
const key = (v: SyntheticValue) => `${v.indicator}|${v.organization ?? 'm'}|${v.year}`

describe('generateSynthetic', () => {
  it('gives the same plan and values for the same seed', () => {
    const a = generateSynthetic(SMALL)
    const b = generateSynthetic(SMALL)
    expect(b).toEqual(a)
    expect(allValues(b)).toEqual(allValues(a))
  })

  it('gives other values for another seed', () => {
    const a = generateSynthetic(SMALL)
    const b = generateSynthetic({ ...SMALL, seed: 8 })
    expect(allValues(b)).not.toEqual(allValues(a))
  })

  it('gives a municipality the same data whatever the number of municipalities generated', () => {
    const few = generateSynthetic({ ...SMALL, municipalities: 2 })
    const many = generateSynthetic({ ...SMALL, municipalities: 5 })
    expect(many.municipalities[1]).toEqual(few.municipalities[1])
    expect(generateValues(many, many.municipalities[1])).toEqual(generateValues(few, few.municipalities[1]))
  })

  it('uses no Math.random', () => {
    const random = Math.random
    Math.random = () => {
      throw new Error('Math.random called')
    }
    try {
      const plan = generateSynthetic(SMALL)
      allValues(plan)
    } finally {
      Math.random = random
    }
  })

  it('defaults to the scale of a regional install: 2018–2025, roadmap 2021–2025 on baseline 2018–2020', () => {
    const plan = generateSynthetic()
    expect(plan.municipalities).toHaveLength(SYNTHETIC_DEFAULTS.municipalities)
    expect(plan.municipalities[0].organizations).toHaveLength(40)
    expect(plan.indicators).toHaveLength(150)
    expect(plan.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(plan.roadmap).toMatchObject({ periodFrom: 2021, periodTo: 2025, baselineFrom: 2018, baselineTo: 2020 })
    // 150 indicators × 41 scopes × 8 years ≈ 49 000 cells, one screen's data (PRODUCT.md).
    const rows = generateValues(plan, plan.municipalities[0]).length
    expect(rows).toBeGreaterThan(46_000)
    expect(rows).toBeLessThanOrEqual(150 * 41 * 8)
  })

  it('marks every name as synthetic', () => {
    const plan = generateSynthetic({ ...SMALL, municipalities: 12, schools: 12 })
    expect(plan.municipalities.map((m) => m.name)).toContain('Синтетический округ 01')
    expect(plan.municipalities.map((m) => m.name)).toContain('Синтетический округ 12')
    expect(new Set(plan.municipalities.map((m) => m.name)).size).toBe(12)
    for (const m of plan.municipalities) {
      expect(m.name).toMatch(/^Синтетический округ \d{2}$/)
      expect(m.region).toBe(SYNTHETIC_REGION)
      for (const o of m.organizations) {
        expect(o.kind).toBe('SCHOOL')
        expect(o.name.endsWith(SYNTHETIC_MARK)).toBe(true)
        expect(o.shortName.endsWith(SYNTHETIC_MARK)).toBe(true)
      }
      expect(new Set(m.organizations.map((o) => o.shortName)).size).toBe(m.organizations.length)
    }
    expect(plan.municipalities[0].organizations[6].shortName).toBe('МБОУ СОШ № 7 (синт.)')
    expect(plan.roadmap.title).toContain('синтетические')
  })

  it('builds 8 directions with 1–2 sections each and spreads the indicators over the sections', () => {
    const plan = generateSynthetic()
    const tops = plan.directions.filter((d) => d.kind === 'DIRECTION')
    expect(tops).toHaveLength(8)
    tops.forEach((top) => {
      const index = plan.directions.indexOf(top)
      const sections = plan.directions.filter((d) => d.parent === index)
      expect(sections.length).toBeGreaterThanOrEqual(1)
      expect(sections.length).toBeLessThanOrEqual(2)
      expect(sections.every((s) => s.kind === 'SECTION' && s.code.startsWith(`${top.code}.`))).toBe(true)
    })
    for (const i of plan.indicators) expect(plan.directions[i.direction].kind).toBe('SECTION')
    const perTop = tops.map((top) => plan.indicators.filter((i) => plan.directions[plan.directions[i.direction].parent!] === top).length)
    expect(perTop.every((n) => n > 0)).toBe(true)
    expect(new Set(plan.indicators.map((i) => i.code)).size).toBe(150)
    expect(new Set(plan.indicators.map((i) => i.name)).size).toBe(150)
  })

  it('mixes value types with their decimals, some DOWN, mostly at organisation level', () => {
    const { indicators } = generateSynthetic()
    const decimals = { PERCENT: 1, COUNT: 0, SCORE: 2, MARK: 2 }
    for (const type of ['PERCENT', 'COUNT', 'SCORE', 'MARK'] as const) {
      const ofType = indicators.filter((i) => i.valueType === type)
      expect(ofType.length, type).toBeGreaterThanOrEqual(5)
      expect(ofType.every((i) => i.decimals === decimals[type])).toBe(true)
    }
    const down = indicators.filter((i) => i.goodDirection === 'DOWN').length
    expect(down).toBeGreaterThanOrEqual(15)
    expect(down).toBeLessThan(75)
    const municipal = indicators.filter((i) => i.level === 'MUNICIPALITY')
    expect(municipal.length).toBeGreaterThan(0)
    expect(municipal.length).toBeLessThan(indicators.length * 0.1)
    expect(municipal.every((i) => i.rollup === 'NONE')).toBe(true)
  })

  it('has a row for every indicator × scope × year but the baseline cells left without data', () => {
    const plan = generateSynthetic(SMALL)
    const { roadmap, years } = plan
    const orgLevel = plan.indicators.filter((i) => i.level === 'ORGANIZATION').length
    const municipalLevel = plan.indicators.length - orgLevel
    // Municipality-level indicators have the municipality's row only: the server refuses school
    // values for them («значения по организациям не ведутся»).
    const cellsPerMunicipality = (orgLevel * (SMALL.schools + 1) + municipalLevel) * years.length
    let gaps = 0
    let factCells = 0
    for (const [m, values] of allValues(plan).entries()) {
      const keys = new Set(values.map(key))
      expect(keys.size, 'no cell twice').toBe(values.length)
      const missing: string[] = []
      plan.indicators.forEach((indicator, i) => {
        const scopes = indicator.level === 'ORGANIZATION' ? [null, ...plan.municipalities[m].organizations.map((_, k) => k)] : [null]
        for (const organization of scopes)
          for (const year of years) if (!keys.has(`${i}|${organization ?? 'm'}|${year}`)) missing.push(`${year}`)
      })
      expect(values.length + missing.length).toBe(cellsPerMunicipality)
      expect(missing.every((year) => Number(year) < roadmap.periodFrom), 'only baseline cells may lack a row').toBe(true)
      for (const v of values) {
        if (v.year >= 2025) continue
        factCells++
        if (v.actual === null) gaps++
      }
      gaps += missing.length
      factCells += missing.length
    }
    expect(gaps).toBeGreaterThan(0)
    expect(gaps / factCells).toBeLessThan(GAP_RATE * 3)
  })

  it('puts targets in the period only and facts in every year but the last', () => {
    const plan = generateSynthetic(SMALL)
    for (const values of allValues(plan))
      for (const v of values) {
        if (v.year < 2021) expect(v.target).toBeNull()
        else expect(v.target).not.toBeNull()
        if (v.year === 2025) expect(v.actual).toBeNull()
        if (v.actual === null && v.year < 2025) expect([null, 'не проводился', 'нет данных']).toContain(v.note)
      }
  })

  it('writes only values the server accepts', () => {
    const plan = generateSynthetic({ municipalities: 2, schools: 12, indicators: 150, seed: 3 })
    let checked = 0
    for (const values of allValues(plan))
      for (const v of values) {
        const indicator = plan.indicators[v.indicator]
        const shape = { valueType: indicator.valueType as ValueType, decimals: indicator.decimals, unit: indicator.unit }
        for (const x of [v.target, v.actual]) {
          if (x === null) continue
          checked++
          const problem = valueProblem(x, shape)
          if (problem) expect.fail(`${indicator.code} ${indicator.valueType} ${x}: ${problem}`)
        }
      }
    expect(checked).toBeGreaterThan(20_000)
  })

  it('rolls school values up to the municipality: sums for counts, means otherwise', () => {
    const plan = generateSynthetic({ ...SMALL, municipalities: 1 })
    const values = generateValues(plan, plan.municipalities[0])
    const count = plan.indicators.findIndex((i) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION')
    const at = (organization: number | null) => values.find((v) => v.indicator === count && v.organization === organization && v.year === 2025)!
    const schools = plan.municipalities[0].organizations.map((_, k) => at(k).target!)
    expect(at(null).target).toBe(schools.reduce((a, b) => a + b, 0))
  })

  it('gives each roadmap about 30 measures with deadlines from the documents', () => {
    const plan = generateSynthetic({ ...SMALL, municipalities: 5 })
    const deadlines = new Set(REAL_DEADLINES.map(([text]) => text))
    for (const m of plan.municipalities) {
      expect(m.measures.length).toBeGreaterThanOrEqual(24)
      expect(m.measures.length).toBeLessThanOrEqual(32)
      for (const measure of m.measures) {
        expect(deadlines.has(measure.deadlineText)).toBe(true)
        expect(parseDeadline(measure.deadlineText).kind).not.toBe('UNKNOWN')
        expect(plan.directions[measure.direction].kind).toBe('DIRECTION')
        for (const s of measure.statuses) expect(s.year).toBeLessThanOrEqual(2024)
      }
      expect(new Set(m.measures.map((x) => x.code)).size).toBe(m.measures.length)
    }
  })

  it('takes other years: the roadmap is the last five, the rest its baseline', () => {
    const plan = generateSynthetic({ ...SMALL, yearFrom: 2020, yearTo: 2026 })
    expect(plan.roadmap).toMatchObject({ periodFrom: 2022, periodTo: 2026, baselineFrom: 2020, baselineTo: 2021 })
    const short = generateSynthetic({ ...SMALL, yearFrom: 2023, yearTo: 2025 })
    expect(short.roadmap).toMatchObject({ periodFrom: 2023, periodTo: 2025, baselineFrom: null, baselineTo: null })
  })
})

describe('parseSyntheticArgs', () => {
  it('defaults to 1 municipality × 40 schools × 150 indicators, 2018–2025', () => {
    expect(parseSyntheticArgs([])).toEqual(SYNTHETIC_DEFAULTS)
  })

  it('reads every option, as «--name value» and «--name=value»', () => {
    expect(parseSyntheticArgs(['--municipalities', '60', '--schools=12', '--indicators', '90', '--years', '2019-2026', '--seed=42'])).toEqual({
      municipalities: 60, schools: 12, indicators: 90, yearFrom: 2019, yearTo: 2026, seed: 42,
    })
  })

  it.each([
    [['--municipalities', 'abc'], '--municipalities: ожидается целое число'],
    [['--municipalities', '0'], 'допустимо от 1 до 999'],
    [['--schools', '-3'], '--schools: ожидается целое число'],
    [['--indicators'], 'не указано значение'],
    [['--years', '2025-2018'], 'первый год больше последнего'],
    [['--years', '2018'], 'ожидается диапазон ГГГГ-ГГГГ'],
    [['--town', '3'], 'Неизвестный параметр --town'],
    [['60'], 'Непонятный аргумент «60»'],
    [['--seed', '1', '--seed', '2'], 'указан дважды'],
  ])('rejects %j with a Russian message', (argv, message) => {
    expect(() => parseSyntheticArgs(argv)).toThrow(message)
  })
})

describe('insertSynthetic', () => {
  it('writes the plan into the database and adds nothing when run again', async () => {
    const orm = await openOrm('sqlite::memory:')
    try {
      const plan = generateSynthetic({ municipalities: 2, schools: 3, indicators: 12, seed: 5 })
      const expected = allValues(plan).reduce((sum, v) => sum + v.length, 0)
      const lines: string[] = []
      const first = await insertSynthetic(orm.em.fork(), plan, (line) => lines.push(line))
      expect(first.created).toEqual(['Синтетический округ 01', 'Синтетический округ 02'])
      expect(first.valueRows).toBe(expected)
      expect(lines.join('\n')).toMatch(/Синтетический округ 02: .* значений за .* строк\/с/)

      const em = orm.em.fork()
      expect(await em.count(IndicatorValue)).toBe(expected)
      const municipalities = await em.find(Municipality, {}, { orderBy: { id: 'asc' } })
      expect(municipalities.map((m) => [m.name, m.isSynthetic])).toEqual([['Синтетический округ 01', true], ['Синтетический округ 02', true]])
      expect(await em.count(Organization)).toBe(6)
      expect(await em.count(Measure)).toBe(plan.municipalities.reduce((n, m) => n + m.measures.length, 0))

      const school = await em.findOneOrFail(Organization, { municipality: municipalities[1] }, { orderBy: { id: 'asc' } })
      const row = await em.findOneOrFail(IndicatorValue, { organization: school, year: 2021 }, { orderBy: { id: 'asc' } })
      expect(row.scopeId).toBe(school.id)
      expect(row.version).toBe(1)
      expect(row.updatedAt).toBeInstanceOf(Date)
      expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000)
      const own = await em.findOneOrFail(IndicatorValue, { municipality: municipalities[1], organization: null, year: 2021 }, { orderBy: { id: 'asc' } })
      expect(own.scopeId).toBe(0)

      const again = await insertSynthetic(orm.em.fork(), plan)
      expect(again.created).toEqual([])
      expect(again.skipped).toHaveLength(2)
      expect(await orm.em.fork().count(IndicatorValue)).toBe(expected)

      const more = await insertSynthetic(orm.em.fork(), generateSynthetic({ municipalities: 3, schools: 3, indicators: 12, seed: 5 }))
      expect(more.created).toEqual(['Синтетический округ 03'])
    } finally {
      await orm.close()
    }
  })
})
