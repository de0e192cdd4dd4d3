import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'
import { doc000 } from '../../seeds/doc-000.js'
import { readDocument, readSourceText, readSourceTsv } from '../../seeds/source-files.js'
import type { SeedDirection, SeedMeasure } from '../../seeds/seed-types.js'


function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

interface PlacedMeasure extends SeedMeasure {
  path: string[]
}

function placedMeasures(directions: SeedDirection[], path: string[] = []): PlacedMeasure[] {
  return directions.flatMap((d) => [
    ...d.measures.map((m) => ({ ...m, path: [...path, d.code] })),
    ...placedMeasures(d.children, [...path, d.code]),
  ])
}

function allDirections(directions: SeedDirection[]): SeedDirection[] {
  return directions.flatMap((d) => [d, ...allDirections(d.children)])
}

interface StructureDirection {
  direction_no: number
  title_in_list: string
  parts: { key: string; label: string; items: string[] }[]
}

const municipality = doc000()
const roadmap = municipality.roadmaps[0]
const rows = readSourceTsv('measures-000.tsv')
const structure = JSON.parse(readSourceText('structure-000.json')) as { directions: StructureDirection[] }
const document = collapse(readDocument('000'))

function directionByCode(code: string): SeedDirection {
  const found = allDirections(roadmap.directions).find((d) => d.kind === 'DIRECTION' && d.code === code)
  if (found === undefined) throw new Error(`direction ${code} not found`)
  return found
}

describe('doc000: Пограничный муниципальный округ', () => {
  it('is one roadmap of Пограничный муниципальный округ, Приморский край, for 2021–2024', () => {
    expect(municipality.name).toBe('Пограничный муниципальный округ')
    expect(municipality.region).toBe('Приморский край')
    expect(municipality.roadmaps).toHaveLength(1)
    expect(roadmap.sourceDocument).toBe('000_500da1ccba1261cb.txt')
    expect([roadmap.periodFrom, roadmap.periodTo]).toEqual([2021, 2024])
    expect(document.startsWith(roadmap.title)).toBe(true)
  })

  it('has no approving document, since the text names none', () => {
    expect([roadmap.approvalNumber, roadmap.approvalDate, roadmap.approvalBody]).toEqual([null, null, null])
  })

  it('puts the normative block first, then the two mechanism groups', () => {
    expect(roadmap.directions.map((d) => [d.kind, d.code])).toEqual([
      ['DIRECTION', '0'],
      ['GROUP', 'I'],
      ['GROUP', 'II'],
    ])
    expect(roadmap.directions.map((d) => d.title)).toEqual([
      'Нормативно-правовое обеспечение развития муниципальной системы оценки качества образования и механизмов управления качеством образования в Пограничном муниципальном округе',
      'Механизмы управления качеством образовательных результатов',
      'Механизмы управления качеством образовательной деятельности',
    ])
  })

  it('holds directions 1–4 in the first group and 5–8 in the second', () => {
    const [, first, second] = roadmap.directions
    expect(first.children.map((d) => [d.kind, d.code])).toEqual(['1', '2', '3', '4'].map((c) => ['DIRECTION', c]))
    expect(second.children.map((d) => [d.kind, d.code])).toEqual(['5', '6', '7', '8'].map((c) => ['DIRECTION', c]))
  })

  it('splits direction 1 into the sections 1.1 and 1.2, which hold its measures', () => {
    const first = directionByCode('1')
    expect(first.children.map((d) => [d.kind, d.code, d.title])).toEqual([
      ['SECTION', '1.1', 'Система оценки качества подготовки обучающихся'],
      ['SECTION', '1.2', 'Система обеспечения объективности процедур оценки качества образования и олимпиад школьников'],
    ])
    expect(first.measures).toEqual([])
    expect(first.children.map((s) => s.measures.length)).toEqual([25, 26])
  })

  it('titles each direction as the document lists it under its group', () => {
    for (const source of structure.directions) {
      const title = directionByCode(String(source.direction_no)).title
      expect(title).toBe(collapse(source.title_in_list))
      expect(document).toContain(`«${title}»`)
    }
  })

  it('has 208 measures', () => {
    expect(placedMeasures(roadmap.directions)).toHaveLength(208)
  })

  it('places every measure of measures-000.tsv, in order, in its direction and section', () => {
    const expected = rows.map((row) => {
      const section = row.direction_no === '1' ? [row.direction_no, row.section_code] : [row.direction_no]
      const group = row.direction_no === '0' ? [] : Number(row.direction_no) <= 4 ? ['I'] : ['II']
      return [...group, ...section].join('/') + ' ' + row.measure_no
    })
    expect(placedMeasures(roadmap.directions).map((m) => m.path.join('/') + ' ' + m.code)).toEqual(expected)
  })

  it('keeps every measure text, deadline and responsible verbatim', () => {
    const actual = placedMeasures(roadmap.directions).map((m) => [m.code, m.text, m.deadlineText, m.responsibleText])
    expect(actual).toEqual(rows.map((r) => [r.measure_no, r.measure_text, r.deadline, r.responsible]))
  })

  it('finds every measure text, deadline and responsible in the document', () => {
    for (const m of placedMeasures(roadmap.directions)) {
      expect(document).toContain(collapse(m.text))
      expect(document).toContain(collapse(m.deadlineText))
      expect(document).toContain(collapse(m.responsibleText))
    }
  })

  it('leaves the responsible of the three sub-items of 1.2/15 empty, as printed', () => {
    const empty = placedMeasures(roadmap.directions).filter((m) => m.responsibleText === '')
    expect(empty.map((m) => `${m.path.join('/')} ${m.code}`)).toEqual(['I/1/1.2 16', 'I/1/1.2 17', 'I/1/1.2 18'])
  })

  it('has a readable schedule for every deadline', () => {
    const unknown = placedMeasures(roadmap.directions).filter((m) => parseDeadline(m.deadlineText).kind === 'UNKNOWN')
    expect(unknown).toEqual([])
  })

  it('gives every direction its text parts from structure-000.json, in order', () => {
    for (const source of structure.directions) {
      const parts = directionByCode(String(source.direction_no)).parts
      expect(parts).toEqual(source.parts.map(({ key, label, items }) => ({ key, label, items })))
    }
  })

  it('finds every text part item in the document', () => {
    for (const d of allDirections(roadmap.directions)) {
      for (const item of d.parts.flatMap((p) => p.items)) expect(document).toContain(collapse(item))
    }
  })

  it('gives the groups, the normative block and the sections no text parts', () => {
    const others = allDirections(roadmap.directions).filter((d) => d.kind !== 'DIRECTION' || d.code === '0')
    expect(others.map((d) => d.parts)).toEqual(others.map(() => []))
  })

  it('seeds no indicators, organisations or risk rules', () => {
    expect(allDirections(roadmap.directions).flatMap((d) => d.indicators)).toEqual([])
    expect(municipality.organizations).toEqual([])
    expect(roadmap.riskRules).toEqual([])
  })
})
