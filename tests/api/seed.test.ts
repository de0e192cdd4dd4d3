// The loaded database against the documents' tables in seeds/documents/tables, read over the API.
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { readSourceText, readSourceTsv } from '../../seeds/source-files.js'
import { admin, ok, type Caller } from './client.js'

const tsv = readSourceTsv
const ruNumber = (text: string): number => Number(text.replace(',', '.'))

const MUNICIPALITIES = {
  '000': 'Пограничный муниципальный округ',
  '001': 'Балтийский городской округ',
  '002': 'Омсукчанский городской округ',
  '003': 'город Черногорск',
  '004': 'Бессоновский район',
}

let a: Caller
let municipalities: { id: number; name: string; region: string; organizations: { name: string; shortName: string; aliases: string[] }[]; roadmaps: { id: number }[] }[]
const byName = (name: string) => municipalities.find((m) => m.name === name)!

async function measuresOf(name: string) {
  const { measures } = await ok<any>(
    'query($f:MeasureFilter){ measures(filter:$f, first:5000){ totalCount edges { node { code text deadlineText responsibleText expectedResult responsibleParties schedule { kind } } } } }',
    { f: { municipalityId: byName(name).id } },
    a,
  )
  return measures.edges.map((e: any) => e.node)
}

async function roadmapOf(name: string) {
  const { roadmap } = await ok<any>(
    `query($id:Int!){ roadmap(id:$id){ title periodFrom periodTo baselineFrom baselineTo approvalNumber approvalDate
      directions { code kind title parts { key items } children { code kind title parts { key items } children { code } } }
      allDirections { id code kind expectedResults { rowNo year text } }
      indicators { code name unit valueType decimals goodDirection formula
        values { year target actual note organization { name } } } } }`,
    { id: byName(name).roadmaps[0].id },
    a,
  )
  return roadmap
}

beforeAll(async () => {
  a = await admin()
  municipalities = (await ok<any>('{ municipalities { id name region organizations { name shortName aliases } roadmaps { id } } }', {}, a)).municipalities
})

describe('the five municipalities', () => {
  it('are all loaded with a roadmap each', () => {
    for (const name of Object.values(MUNICIPALITIES)) expect(byName(name)?.roadmaps).toHaveLength(1)
  })
})

describe('measures', () => {
  it.each([
    ['000', 208, tsv('measures-000.tsv')],
    ['001', 29, tsv('measures-001-003.tsv').filter((r) => r.doc === '001')],
    ['003', 84, tsv('measures-001-003.tsv').filter((r) => r.doc === '003')],
  ])('of %s: %i, each with its verbatim text, deadline and responsible', async (doc, count, rows) => {
    const measures = await measuresOf(MUNICIPALITIES[doc as '000'])
    expect(measures).toHaveLength(count)
    expect(rows).toHaveLength(count)
    measures.forEach((m: any, i: number) => {
      expect(m.text).toBe(rows[i].measure_text)
      expect(m.deadlineText).toBe(rows[i].deadline)
      expect(m.responsibleText).toBe(rows[i].responsible)
      if (rows[i].expected_result) expect(m.expectedResult).toBe(rows[i].expected_result)
    })
  })

  it('lists every deadline the parser could not read (none hides)', async () => {
    const unknown: string[] = []
    for (const name of Object.values(MUNICIPALITIES)) {
      for (const m of await measuresOf(name)) if (m.schedule.kind === 'UNKNOWN') unknown.push(`${name}: ${m.code} «${m.deadlineText}»`)
    }
    expect(unknown).toEqual([])
  })

  it('splits run-together responsible parties', async () => {
    const m = (await measuresOf(MUNICIPALITIES['001'])).find((x: any) => x.responsibleText === 'Управление образования Руководители ОО')
    expect(m.responsibleParties).toEqual(['Управление образования', 'Руководители ОО'])
  })
})

describe('Балтийский городской округ (001)', () => {
  it('has the order № 79/1 of 29.01.2021, the period 2021–2025 and the baseline 2018–2020', async () => {
    const r = await roadmapOf(MUNICIPALITIES['001'])
    expect(r).toMatchObject({ approvalNumber: '79/1', approvalDate: '2021-01-29', periodFrom: 2021, periodTo: 2025, baselineFrom: 2018, baselineTo: 2020 })
    expect(r.directions.map((d: any) => d.code)).toEqual(['1', '2', '3', '4'])
  })

  it('has the 6 schools', () => {
    expect(byName(MUNICIPALITIES['001']).organizations).toHaveLength(6)
  })

  it('has every target of the 12 indicators for 2021–2025 exactly as printed', async () => {
    const r = await roadmapOf(MUNICIPALITIES['001'])
    for (const row of tsv('targets-001.tsv')) {
      const indicator = r.indicators.find((i: any) => i.code === row.no)
      expect(indicator, row.indicator).toBeDefined()
      expect(indicator.unit).toBe('%')
      for (const year of [2021, 2022, 2023, 2024, 2025]) {
        const value = indicator.values.find((v: any) => v.year === year && v.organization === null)
        expect(value?.target, `${row.no} ${year}`).toBe(ruNumber(row[String(year)]))
      }
    }
  })

  it('reads row 1 as lower-is-better with target 0 and row 11 with a decimal comma', async () => {
    const r = await roadmapOf(MUNICIPALITIES['001'])
    expect(r.indicators.find((i: any) => i.code === '1')).toMatchObject({ goodDirection: 'DOWN' })
    expect(r.indicators.find((i: any) => i.code === '11').values.find((v: any) => v.year === 2021).target).toBe(64.8)
  })

  it('has every ЕГЭ history cell, «не проводился» as a note and no number', async () => {
    const r = await roadmapOf(MUNICIPALITIES['001'])
    for (const row of tsv('history-ege-001.tsv')) {
      const indicator = r.indicators.find((i: any) => i.name === row.indicator)
      expect(indicator, row.indicator).toBeDefined()
      for (const year of [2018, 2019, 2020]) {
        const cell = row[String(year)]
        const value = indicator.values.find((v: any) => v.year === year && v.organization === null)
        if (cell === 'не проводился') expect(value).toMatchObject({ actual: null, note: 'не проводился' })
        else expect(value?.actual, `${row.indicator} ${year}`).toBe(ruNumber(cell))
      }
    }
  })

  it('has every olympiad history cell per school, «-» as no data and 0 as 0', async () => {
    const r = await roadmapOf(MUNICIPALITIES['001'])
    const orgs = byName(MUNICIPALITIES['001']).organizations
    const winners = r.indicators.find((i: any) => i.valueType === 'COUNT' && /победител/i.test(i.name) && !/призёр|призер/i.test(i.name.replace(/победител.*/i, '')))
    const indicators = r.indicators.filter((i: any) => i.valueType === 'COUNT' && i.values.some((v: any) => v.organization))
    expect(indicators).toHaveLength(2)
    expect(winners).toBeDefined()
    const prize = indicators.find((i: any) => i !== winners)
    for (const row of tsv('history-olympiad-001.tsv')) {
      for (const year of [2018, 2019, 2020]) {
        for (const [indicator, column] of [[winners, `${year} победители`], [prize, `${year} призёры`]] as const) {
          const cell = row[column]
          const value = indicator.values.find((v: any) => {
            if (v.year !== year) return false
            if (row.school === 'ИТОГО') return v.organization === null
            const org = orgs.find((o) => o.name === v.organization?.name)
            return org && [org.name, org.shortName, ...org.aliases].includes(row.school)
          })
          if (cell === '-') expect(value?.actual ?? null, `${row.school} ${column}`).toBeNull()
          else expect(value?.actual, `${row.school} ${column}`).toBe(Number(cell))
        }
      }
    }
  })
})

describe('the other documents', () => {
  it('000: the normative block and 8 directions in 2 mechanism groups, with 1.1 and 1.2 and every text part', async () => {
    const r = await roadmapOf(MUNICIPALITIES['000'])
    const groups = r.directions.filter((d: any) => d.kind === 'GROUP')
    expect(groups).toHaveLength(2)
    const directions = groups.flatMap((g: any) => g.children)
    expect(directions.map((d: any) => d.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(directions[0].children.map((s: any) => s.code)).toEqual(['1.1', '1.2'])
    const structure = JSON.parse(readSourceText('structure-000.json'))
    structure.directions.forEach((d: any, i: number) => {
      expect(directions[i].parts.map((p: any) => [p.key, p.items])).toEqual(d.parts.map((p: any) => [p.key, p.items]))
    })
  })

  it('002: 10 subsystems and its indicator catalogue with formulas', async () => {
    const r = await roadmapOf(MUNICIPALITIES['002'])
    expect(r.allDirections.filter((d: any) => d.kind !== 'GROUP')).toHaveLength(10)
    const rows = tsv('indicators-002.tsv')
    // and the counts the 8 «и/или отсутствуют обучающиеся, получившие …» clauses of the risk criteria read
    const counts = r.indicators.filter((i: any) => i.code.endsWith('-5'))
    expect(counts).toHaveLength(8)
    expect(r.indicators.filter((i: any) => !i.code.endsWith('-5')).map((i: any) => i.code).sort()).toEqual(rows.map((x) => x.code).sort())
  })

  it('002: the risk rules, e.g. ВПР with 20 % or more «2»', async () => {
    const { roadmap } = await ok<any>('query($id:Int!){ roadmap(id:$id){ riskRules { code description clauses { threshold operator } } } }', { id: byName(MUNICIPALITIES['002']).roadmaps[0].id }, a)
    expect(roadmap.riskRules).toHaveLength(19)
    expect(roadmap.riskRules.some((rule: any) => rule.clauses[0].threshold === 20 && rule.clauses[0].operator === 'GTE' && /ВПР/.test(rule.description))).toBe(true)
  })

  it('003: 10 directions', async () => {
    const r = await roadmapOf(MUNICIPALITIES['003'])
    expect(r.directions).toHaveLength(10)
  })

  it('004: 9 directions, 40 indicator groups and the 142 expected results per year, verbatim', async () => {
    const r = await roadmapOf(MUNICIPALITIES['004'])
    expect(r.allDirections.filter((d: any) => d.kind === 'DIRECTION')).toHaveLength(9)
    expect(r.indicators).toHaveLength(40)
    const results = r.allDirections.flatMap((d: any) => d.expectedResults)
    const rows = tsv('expected-results-004.tsv')
    expect(results).toHaveLength(142)
    expect(results.map((x: any) => `${x.year}|${x.text}`).sort()).toEqual(rows.map((x) => `${x.year}|${x.expected_result}`).sort())
  })
})

describe('loading the seed again', () => {
  it('changes nothing', async () => {
    const count = async () => (await ok<any>('{ indicatorValues(first: 1) { totalCount } measures(first: 1) { totalCount } }', {}, a))
    const before = await count()
    const output = execFileSync(process.execPath, ['dist/server/cli/seed.js'], { env: { ...process.env, DATABASE_URL: inject('databaseUrl') }, encoding: 'utf8' })
    expect(output).toMatch(/Загружено: ничего/)
    expect(await count()).toEqual(before)
  })
})
