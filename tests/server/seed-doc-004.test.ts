import { describe, expect, it } from 'vitest'
import { readDocument, readSourceTsv } from '../../seeds/source-files.js'
import { doc004, documentNotesOf } from '../../seeds/doc-004.js'
import type { SeedDirection, SeedIndicator } from '../../seeds/seed-types.js'

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const DOCUMENT = squash(readDocument('004'))

const indicatorRows = readSourceTsv('indicators-004.tsv')
const resultRows = readSourceTsv('expected-results-004.tsv')
const municipality = doc004()
const roadmap = municipality.roadmaps[0]
const directions: SeedDirection[] = roadmap.directions.flatMap((group) => group.children)
const indicators: SeedIndicator[] = directions.flatMap((d) => d.indicators)

function directionTitled(title: string): SeedDirection {
  const found = directions.find((d) => d.title === title)
  if (!found) throw new Error(`no direction «${title}»`)
  return found
}

describe('doc004 roadmap', () => {
  it('names Бессоновский район in Пензенская область', () => {
    expect(municipality.name).toBe('Бессоновский район')
    expect(municipality.region).toBe('Пензенская область')
  })

  it('is the concept for 2020–2022, the period its «дорожные карты» cover', () => {
    expect(roadmap.title).toBe('Концепция муниципальной системы оценки качества образования Бессоновского района')
    expect([roadmap.periodFrom, roadmap.periodTo]).toEqual([2020, 2022])
    expect(DOCUMENT).toContain('охватывают период 2020 - 2022 годы')
  })

  it('records no approving order, as the concept prints none of its own', () => {
    expect([roadmap.approvalNumber, roadmap.approvalDate, roadmap.approvalBody]).toEqual([null, null, null])
  })
})

describe('doc004 directions', () => {
  it('groups the nine directions under 4.1 (results) and 4.2 (educational activity)', () => {
    expect(roadmap.directions.map((g) => [g.kind, g.code, g.children.length])).toEqual([
      ['GROUP', '4.1', 4],
      ['GROUP', '4.2', 5],
    ])
    expect(roadmap.directions[0].title).toBe('Направления оценки достижений образовательных результатов')
    expect(directions).toHaveLength(9)
    for (const d of directions) expect(d.kind).toBe('DIRECTION')
  })

  it('titles the directions as their headings print them, in the order of the tables', () => {
    const printed = [...new Set(indicatorRows.map((r) => r.direction))]
    expect(directions.map((d) => d.title)).toEqual(printed)
    for (const d of directions) expect(DOCUMENT).toContain(d.title)
  })

  it('tells apart the two directions the document numbers 4.2.3', () => {
    expect(directions.map((d) => d.code)).toEqual(['4.1.1', '4.1.2', '4.1.3', '4.1.4', '4.2.1', '4.2.2', '4.2.3a', '4.2.3b', '4.2.4'])
    expect(DOCUMENT).toContain('4.2.3. Мониторинг качества дополнительного профессионального образования')
    expect(DOCUMENT).toContain('4.2.3. Совершенствование системы методической работы')
  })

  it('gives every direction its cycle, goals, object, indicator groups, methods, monitoring and roadmap reference', () => {
    for (const d of directions) {
      expect(d.parts.map((p) => p.key)).toEqual(
        expect.arrayContaining(['purpose', 'goals', 'object', 'indicators', 'collection_methods', 'monitoring', 'analysis', 'decisions', 'roadmap']),
      )
    }
  })

  it('keeps every text part item verbatim', () => {
    for (const d of directions) {
      for (const part of d.parts) for (const item of part.items) expect(DOCUMENT, `${d.code} ${part.key}`).toContain(squash(item))
    }
  })

  it('lists the indicator groups of each direction as its «indicators» part', () => {
    for (const d of directions) {
      const listed = d.parts.find((p) => p.key === 'indicators')?.items ?? []
      for (const ind of d.indicators) expect(listed.some((item) => item.startsWith(ind.name)), ind.code).toBe(true)
    }
  })
})

describe('doc004 indicators', () => {
  it('has the 40 indicator groups under their direction', () => {
    expect(indicators).toHaveLength(40)
    for (const row of indicatorRows) {
      const ind = directionTitled(row.direction).indicators.find((i) => i.code === row.code_or_no)
      expect(ind?.name, row.code_or_no).toBe(row.name)
    }
  })

  it('gives them no unit and a text value, at municipality level', () => {
    for (const ind of indicators) {
      expect([ind.unit, ind.valueType, ind.level, ind.rollup, ind.decimals, ind.goodDirection]).toEqual([
        '',
        'TEXT',
        'MUNICIPALITY',
        'NONE',
        0,
        'UP',
      ])
      expect(ind.values).toEqual([])
    }
  })

  it('takes the source from the direction methods as printed', () => {
    for (const ind of indicators) expect(DOCUMENT).toContain(ind.source)
  })

  it('quotes only what the document says in the notes, in Russian, never the extraction’s English notes', () => {
    for (const ind of indicators) {
      for (const quote of (ind.notes ?? '').match(/«[^»]+»/g) ?? []) expect(DOCUMENT, ind.code).toContain(quote.slice(1, -1))
      for (const word of (ind.notes ?? '').match(/[A-Za-z]+/g) ?? []) expect(DOCUMENT, `${ind.code}: ${word}`).toContain(word)
    }
    expect(DOCUMENT).toContain('4.2.3. Мониторинг качества дополнительного профессионального образования педагогических работников')
    expect(DOCUMENT).toContain('4.2.3. Совершенствование системы методической работы')
    expect(indicators.find((i) => i.code === '4.2.3a-1')?.notes).toContain('В документе два направления с номером 4.2.3.')
  })

  it('keeps the monitoring output and the countable quantity the document names, and drops the extraction’s reading', () => {
    const notes = documentNotesOf(
      'Indicator GROUP. Criteria are NOT given. Per-school classification flag. Closest countable quantity named in methods: «учет численности молодых педагогов».',
      'not specified in document; monitoring output named in source: «выявление школ ШНРО, ШФНСУ»',
    )
    expect(notes).toBe(
      'Группа показателей: документ не даёт единицы, формулы и плановых значений. По итогам мониторинга: «выявление школ ШНРО, ШФНСУ». В методах сбора названо: «учет численности молодых педагогов».',
    )
  })
})

describe('doc004 expected results', () => {
  it('has all 142 expected results verbatim under their direction, row and year', () => {
    const results = directions.flatMap((d) => d.expectedResults.map((r) => ({ direction: d.title, ...r })))
    expect(results).toHaveLength(142)
    expect(results).toEqual(
      resultRows.map((r) => ({ direction: r.direction, rowNo: Number(r.row_no), year: Number(r.year), text: r.expected_result })),
    )
  })

  it('dates every result 2020, 2021 or 2022 and finds where its cell begins in the document', () => {
    for (const d of directions) {
      for (const r of d.expectedResults) {
        expect([2020, 2021, 2022]).toContain(r.year)
        // a cell broken by a page continues after the neighbouring cells, so only its start is contiguous
        const start = squash(r.text).split(' ').slice(0, 4).join(' ')
        expect(DOCUMENT.includes(start), start).toBe(true)
      }
    }
  })
})
