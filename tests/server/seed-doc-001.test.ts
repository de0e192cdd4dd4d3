import { describe, expect, it } from 'vitest'
import { readDocument, readSourceTsv } from '../../seeds/source-files.js'
import { decimalsOf, doc001, doc001ProgrammeParts, parseRuCell } from '../../seeds/doc-001.js'
import type { SeedDirection, SeedIndicator, SeedValue } from '../../seeds/seed-types.js'

const DOCUMENT = readDocument('001')

function ruNumber(cell: string): number {
  return Number(cell.replace(',', '.'))
}

const municipality = doc001()
const roadmap = municipality.roadmaps[0]
const directions = roadmap.directions
const indicators: SeedIndicator[] = directions.flatMap((d) => d.indicators)

function indicator(code: string): SeedIndicator {
  const found = indicators.find((i) => i.code === code)
  if (!found) throw new Error(`no indicator ${code}`)
  return found
}

function valueAt(ind: SeedIndicator, organization: string | null, year: number): SeedValue | undefined {
  return ind.values.find((v) => v.organization === organization && v.year === year)
}

describe('parseRuCell', () => {
  it('reads a decimal comma as a decimal point', () => {
    expect(parseRuCell('64,8')).toEqual({ value: 64.8 })
  })
  it('reads 0 as zero, not as missing', () => {
    expect(parseRuCell('0')).toEqual({ value: 0 })
  })
  it('reads «-» and an empty cell as no data', () => {
    expect(parseRuCell('-')).toEqual({})
    expect(parseRuCell(' ')).toEqual({})
  })
  it('keeps words as a note without a number', () => {
    expect(parseRuCell('не проводился')).toEqual({ note: 'не проводился' })
  })
  it('counts the most printed decimals of a row', () => {
    expect(decimalsOf(['64,8', '65', '65,3'])).toBe(1)
    expect(decimalsOf(['100', '100'])).toBe(0)
  })
})

describe('doc001 municipality and roadmap', () => {
  it('names Балтийский городской округ in Калининградская область', () => {
    expect(municipality.name).toBe('Балтийский городской округ')
    expect(municipality.region).toBe('Калининградская область')
  })

  it('records order № 79/1 of 29.01.2021 of the education department as the approval', () => {
    expect(roadmap.approvalNumber).toBe('79/1')
    expect(roadmap.approvalDate).toBe('2021-01-29')
    expect(roadmap.approvalBody).toBe('Управление образования администрации Балтийского городского округа')
    expect(DOCUMENT).toContain('№ 79/1')
    expect(roadmap.sourceDocument).toBe('001_3134f12542d0d45a.txt')
  })

  it('runs 2021–2025 with baseline years 2018–2020', () => {
    expect([roadmap.periodFrom, roadmap.periodTo]).toEqual([2021, 2025])
    expect([roadmap.baselineFrom, roadmap.baselineTo]).toEqual([2018, 2020])
    expect(roadmap.riskRules).toEqual([])
  })
})

describe('doc001 schools', () => {
  it('has the six schools as printed in the document, each a SCHOOL', () => {
    const olympiadSchools = readSourceTsv('history-olympiad-001.tsv')
      .map((r) => r.school)
      .filter((s) => s !== 'ИТОГО')
    expect(municipality.organizations.map((o) => o.name)).toEqual(olympiadSchools)
    for (const org of municipality.organizations) {
      expect(org.kind).toBe('SCHOOL')
      expect(DOCUMENT).toContain(org.name)
      for (const alias of org.aliases) expect(DOCUMENT).toContain(alias)
    }
  })

  it('knows both spellings «МБОУ СОШ №4» and «МБОУ СОШ № 4»', () => {
    const school4 = municipality.organizations.find((o) => o.name === 'МБОУ СОШ № 4')
    expect(school4?.aliases).toContain('МБОУ СОШ №4')
    expect(school4?.shortName).toBe('СОШ №4')
  })

  it('knows the gymnasium also as «им. К.В. Покровского»', () => {
    const gymnasium = municipality.organizations.find((o) => o.shortName === 'Гимназия №7')
    expect(gymnasium?.name).toBe('МБОУ гимназия №7 г. Балтийска имени К.В. Покровского')
    expect(gymnasium?.aliases).toContain('МБОУ гимназия №7 г. Балтийска им. К.В. Покровского')
  })
})

describe('doc001 directions and measures', () => {
  const measureRows = readSourceTsv('measures-001-003.tsv').filter((r) => r.doc === '001')

  it('keeps exactly the four measure sections «1»…«4» at the top level', () => {
    expect(directions.map((d) => d.code)).toEqual(['1', '2', '3', '4'])
    for (const d of directions) {
      expect(d.kind).toBe('DIRECTION')
      expect(d.children).toEqual([])
      expect(d.title).toBe(measureRows.find((r) => r.section_code === d.code)?.section_title)
    }
    expect(directions[3].title).toBe('Управленческие решения')
  })

  it('has the 29 measures verbatim with deadline, responsible and expected result', () => {
    const measures = directions.flatMap((d) => d.measures.map((m) => ({ direction: d.code, ...m })))
    expect(measures).toHaveLength(29)
    expect(measures).toEqual(
      measureRows.map((r) => ({
        direction: r.section_code,
        code: r.measure_no,
        text: r.measure_text,
        deadlineText: r.deadline,
        responsibleText: r.responsible,
        expectedResult: r.expected_result,
      })),
    )
  })

  it('keeps measure codes as printed, with or without the trailing dot', () => {
    const codes = directions.flatMap((d) => d.measures.map((m) => m.code))
    expect(codes).toContain('1.1.')
    expect(codes).toContain('2.1')
    expect(codes).toContain('2.11')
    expect(codes).toContain('4.5')
  })

  it('keeps every indicator in exactly one direction', () => {
    const codes = indicators.map((i) => i.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toHaveLength(12 + 3 + 2)
  })

  it('puts the ВПР indicator under section 1 and the objectivity indicator under section 4', () => {
    const directionOf = (code: string): SeedDirection | undefined =>
      directions.find((d) => d.indicators.some((i) => i.code === code))
    expect(directionOf('10')?.code).toBe('1')
    expect(directionOf('1')?.code).toBe('4')
    expect(directionOf('И1')?.code).toBe('3')
  })

  it('exposes the programme goals and tasks as text parts', () => {
    const parts = doc001ProgrammeParts()
    expect(parts.map((p) => p.key)).toEqual(['goals', 'tasks', 'expected_results', 'stages', 'mechanisms', 'effects', 'risks'])
    const tasks = parts.find((p) => p.key === 'tasks')?.items ?? []
    expect(tasks).toHaveLength(7)
    expect(tasks[1]).toBe('2. Разработка и внедрение эффективных механизмов методической помощи школам с необъективными результатами обучения.')
  })
})

describe('doc001 targets 2021–2025', () => {
  const rows = readSourceTsv('targets-001.tsv')
  const years = [2021, 2022, 2023, 2024, 2025]

  it('has every one of the 12×5 targets exactly as printed, at municipality level', () => {
    for (const row of rows) {
      const ind = indicator(row.no)
      expect(ind.values).toHaveLength(5)
      for (const year of years) {
        const value = valueAt(ind, null, year)
        expect(value?.target).toBe(ruNumber(row[String(year)]))
        expect(value?.actual).toBeUndefined()
      }
    }
  })

  it('reads «64,8» as 64.8 and 0 as 0', () => {
    expect(valueAt(indicator('11'), null, 2021)?.target).toBe(64.8)
    expect(valueAt(indicator('11'), null, 2023)?.target).toBe(65.3)
    expect(valueAt(indicator('1'), null, 2025)?.target).toBe(0)
  })

  it('names the indicators as printed, without the «(увеличение)» mark', () => {
    for (const row of rows) expect(indicator(row.no).name).toBe(row.indicator.replace(' (увеличение)', ''))
    expect(indicator('9').notes).toContain('(увеличение)')
  })

  it('makes every target a percent with the most printed decimals', () => {
    for (const row of rows) {
      const ind = indicator(row.no)
      expect([ind.unit, ind.valueType, ind.level]).toEqual(['%', 'PERCENT', 'MUNICIPALITY'])
      expect(ind.decimals).toBe(row.no === '11' ? 1 : 0)
    }
  })

  it('treats the share of schools with non-objective results as lower-is-better only', () => {
    for (const row of rows) expect(indicator(row.no).goodDirection).toBe(row.no === '1' ? 'DOWN' : 'UP')
  })

  it('rolls up shares of pupils and teachers by ratio, shares of schools not at all', () => {
    expect(indicator('5').rollup).toBe('RATIO')
    expect(indicator('11').rollup).toBe('RATIO')
    expect(indicator('1').rollup).toBe('NONE')
    expect(indicator('12').rollup).toBe('NONE')
  })
})

describe('doc001 history 2018–2020', () => {
  const years = [2018, 2019, 2020]

  it('has every ЕГЭ average as a municipal actual, «не проводился» as a note without a number', () => {
    const rows = readSourceTsv('history-ege-001.tsv')
    const codes = ['И1', 'И2', 'И3']
    rows.forEach((row, i) => {
      const ind = indicator(codes[i])
      expect(ind.name).toBe(row.indicator)
      for (const year of years) {
        const cell = row[String(year)]
        const value = valueAt(ind, null, year)
        if (cell === 'не проводился') {
          expect(value).toEqual({ organization: null, year, note: 'не проводился' })
        } else {
          expect(value?.actual).toBe(ruNumber(cell))
        }
      }
    })
  })

  it('scores русский and профильная математика in баллы and the base level as a mark', () => {
    expect([indicator('И1').valueType, indicator('И1').unit, indicator('И1').decimals]).toEqual(['SCORE', 'баллы', 2])
    expect(indicator('И2').valueType).toBe('SCORE')
    expect([indicator('И3').valueType, indicator('И3').decimals]).toEqual(['MARK', 2])
  })

  it('has every olympiad cell per school: «-» absent, 0 as 0, ИТОГО at municipality level', () => {
    const rows = readSourceTsv('history-olympiad-001.tsv')
    const specs = [
      { code: 'И4', column: 'победители' },
      { code: 'И5', column: 'призёры' },
    ]
    for (const spec of specs) {
      const ind = indicator(spec.code)
      expect([ind.valueType, ind.level, ind.rollup, ind.decimals]).toEqual(['COUNT', 'ORGANIZATION', 'SUM', 0])
      let cells = 0
      for (const row of rows) {
        const organization = row.school === 'ИТОГО' ? null : row.school
        for (const year of years) {
          const cell = row[`${year} ${spec.column}`]
          const value = valueAt(ind, organization, year)
          if (cell === '-') {
            expect(value).toBeUndefined()
          } else {
            expect(value?.actual).toBe(Number(cell))
            cells++
          }
        }
      }
      expect(ind.values).toHaveLength(cells)
    }
  })

  it('keeps a printed zero distinct from «-»', () => {
    expect(valueAt(indicator('И4'), 'МБОУ СОШ № 4', 2018)?.actual).toBe(0)
    expect(valueAt(indicator('И4'), 'МБОУ СОШ № 4', 2019)).toBeUndefined()
    expect(valueAt(indicator('И5'), null, 2020)?.actual).toBe(9)
  })
})
