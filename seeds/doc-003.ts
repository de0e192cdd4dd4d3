// 003: the roadmap of город Черногорск for 2022–2025.
//
// The document is one table: 10 directions, 84 measures, no text parts, no indicators, no
// named organisations (only «ОО», «ДОО» as parties) and no approving order.
// Measure numbers are printed now «1.1.», now «1.2»; the trailing dot is dropped so that codes
// compare. One measure of direction 10 (after 10.2.) is printed without a number: its code is
// empty, as in the document.
import type { SeedDirection, SeedMeasure, SeedMunicipality } from './seed-types.js'
import { readSourceJson, readSourceTsv } from './source-files.js'

interface Roadmap003 {
  source: string
  title: string
  periodFrom: number
  periodTo: number
  approvalNumber: string | null
  approvalDate: string | null
  approvalBody: string | null
}

export function doc003(): SeedMunicipality {
  const roadmap = readSourceJson<Roadmap003>('doc-003-roadmap.json')
  const rows = readSourceTsv('measures-001-003.tsv').filter((row) => row.doc === '003')
  return {
    name: 'город Черногорск',
    // The document does not name its region; Черногорск is a city of the Republic of Khakassia.
    region: 'Республика Хакасия',
    organizations: [],
    roadmaps: [
      {
        sourceDocument: roadmap.source,
        title: roadmap.title,
        periodFrom: roadmap.periodFrom,
        periodTo: roadmap.periodTo,
        baselineFrom: null,
        baselineTo: null,
        approvalNumber: roadmap.approvalNumber,
        approvalDate: roadmap.approvalDate,
        approvalBody: roadmap.approvalBody,
        directions: directions(rows),
        riskRules: [],
      },
    ],
  }
}

function directions(rows: Record<string, string>[]): SeedDirection[] {
  const codes = [...new Set(rows.map((row) => row.section_code))]
  return codes.map((code) => {
    const own = rows.filter((row) => row.section_code === code)
    return {
      kind: 'DIRECTION',
      code,
      title: own[0].section_title,
      parts: [],
      children: [],
      indicators: [],
      measures: own.map(measure),
      expectedResults: [],
    }
  })
}

function measure(row: Record<string, string>): SeedMeasure {
  return {
    code: row.measure_no.replace(/\.$/, ''),
    text: row.measure_text,
    deadlineText: row.deadline,
    responsibleText: row.responsible,
    expectedResult: row.expected_result === '' ? null : row.expected_result,
  }
}
