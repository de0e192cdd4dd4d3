import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'
import { doc003 } from '../../seeds/doc-003.js'
import { readDocument, readSourceTsv } from '../../seeds/source-files.js'


function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const municipality = doc003()
const roadmap = municipality.roadmaps[0]
const rows = readSourceTsv('measures-001-003.tsv').filter((row) => row.doc === '003')
const document = collapse(readDocument('003').replace(/\*\*|<\/?i>/g, ''))
// A text the table continues on a row of its own («Принятие управленческих решений») is in two pieces.
function isInDocument(text: string): boolean {
  if (document.includes(text)) return true
  return [...text.matchAll(/ /g)].some(
    ({ index }) => document.includes(text.slice(0, index)) && document.includes(text.slice(index + 1)),
  )
}

const measures = roadmap.directions.flatMap((d) => d.measures.map((m) => ({ ...m, direction: d.code })))

describe('doc003: город Черногорск', () => {
  it('is one roadmap of город Черногорск for 2022–2025 with the title as printed', () => {
    expect(municipality.name).toBe('город Черногорск')
    expect(municipality.region).toBe('Республика Хакасия')
    expect(municipality.roadmaps).toHaveLength(1)
    expect(roadmap.sourceDocument).toBe('003_332c140748f4c201.txt')
    expect([roadmap.periodFrom, roadmap.periodTo]).toEqual([2022, 2025])
    expect(roadmap.title).toMatch(/на 2022-2025 гг\.$/)
    expect(document.startsWith(roadmap.title)).toBe(true)
  })

  it('has no approving document, since the text names none', () => {
    expect([roadmap.approvalNumber, roadmap.approvalDate, roadmap.approvalBody]).toEqual([null, null, null])
  })

  it('has 10 directions, coded 1–10, with no sub-sections', () => {
    expect(roadmap.directions.map((d) => [d.kind, d.code])).toEqual(
      Array.from({ length: 10 }, (_, i) => ['DIRECTION', String(i + 1)]),
    )
    expect(roadmap.directions.flatMap((d) => d.children)).toEqual([])
  })

  it('titles each direction as the table does', () => {
    const titles = [...new Map(rows.map((r) => [r.section_code, r.section_title])).values()]
    expect(roadmap.directions.map((d) => d.title)).toEqual(titles)
    roadmap.directions.forEach((d) => expect(document).toContain(`${d.code}. ${d.title}`))
  })

  it('has 84 measures', () => {
    expect(measures).toHaveLength(84)
    expect(roadmap.directions.map((d) => d.measures.length)).toEqual([8, 9, 14, 7, 7, 7, 3, 8, 8, 13])
  })

  it('places every measure of the table, in order, in its direction, its number without the final dot', () => {
    expect(measures.map((m) => `${m.direction} ${m.code}`)).toEqual(
      rows.map((r) => `${r.section_code} ${r.measure_no.replace(/\.$/, '')}`),
    )
  })

  it('keeps every measure text, deadline, responsible and expected result verbatim', () => {
    expect(measures.map((m) => [m.text, m.deadlineText, m.responsibleText, m.expectedResult ?? ''])).toEqual(
      rows.map((r) => [r.measure_text, r.deadline, r.responsible, r.expected_result]),
    )
  })

  it('finds every measure text, deadline and responsible in the document', () => {
    for (const m of measures) {
      expect(isInDocument(m.text), m.text).toBe(true)
      expect(document).toContain(`${m.deadlineText} ${m.responsibleText}`)
    }
  })

  it('keeps the one measure printed without a number, after 10.2, with an empty code', () => {
    const unnumbered = measures.filter((m) => m.code === '')
    expect(unnumbered.map((m) => [m.direction, m.deadlineText])).toEqual([['10', 'Ежегодно']])
    expect(measures.findIndex((m) => m.code === '')).toBe(measures.findIndex((m) => m.code === '10.2') + 1)
  })

  it('joins a text the table continues on another row: 4.7, 6.3, 10.3, 10.6.1', () => {
    const byCode = new Map(measures.map((m) => [m.code, m.text]))
    expect(byCode.get('4.7')).toMatch(/педагогов школы\. Принятие управленческих решений$/)
    expect(byCode.get('6.3')).toMatch(/траекторий\. Реализация индивидуальных учебных планов обучающихся$/)
    expect(byCode.get('10.3')).toMatch(/речевое развитие, художественно-эстетическое развитие, физическое развитие\)/)
    expect(byCode.get('10.6.1')).toMatch(/мониторинга показателей качества дошкольного образования\. Анализ эффективности принятых мер\.$/)
  })

  it('has a readable schedule for every deadline', () => {
    expect(measures.filter((m) => parseDeadline(m.deadlineText).kind === 'UNKNOWN')).toEqual([])
  })

  it('seeds no text parts, indicators, expected results, organisations or risk rules', () => {
    for (const d of roadmap.directions) {
      expect([d.parts, d.indicators, d.expectedResults]).toEqual([[], [], []])
    }
    expect(municipality.organizations).toEqual([])
    expect(roadmap.riskRules).toEqual([])
  })
})
