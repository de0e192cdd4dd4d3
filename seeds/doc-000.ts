// 000: the roadmap of Пограничный муниципальный округ (Приморский край).
//
// The tree is the document's: the normative block (its section «0», 4 measures) stands first as
// a direction «0»; then the two «Механизмы …» groups, coded «I» and «II», hold directions «1»–«8».
// Direction 1's measures sit in its sub-sections «1.1» and «1.2»; the other directions hold
// their measures themselves. Direction titles are the ones the document lists under each group
// (its table headings shorten some of them). The «Показатели» part names areas, not indicators
// with values, so it stays a text part and no indicators are seeded.
import type { SeedDirection, SeedMeasure, SeedMunicipality, SeedTextPart } from './seed-types.js'
import { readSourceJson, readSourceTsv } from './source-files.js'

interface Structure000 {
  source: string
  preamble: {
    title: string
    mechanism_groups: { title: string; directions: number[] }[]
  }
  normative_section: { section_code: string; title: string }
  directions: {
    direction_no: number
    title_in_list: string
    parts: { key: string; label: string; items: string[] }[]
    sections: { section_code: string; section_title: string }[]
  }[]
}

const GROUP_CODES = ['I', 'II']
const NORMATIVE_CODE = '0'
// The title names no period; the deadlines run from March 2021 to 2024 (the brief agrees).
const PERIOD_FROM = 2021
const PERIOD_TO = 2024

export function doc000(): SeedMunicipality {
  const structure = readSourceJson<Structure000>('structure-000.json')
  const measures = readSourceTsv('measures-000.tsv')
  return {
    name: 'Пограничный муниципальный округ',
    region: 'Приморский край',
    organizations: [],
    roadmaps: [
      {
        sourceDocument: structure.source,
        title: collapseSpaces(structure.preamble.title),
        periodFrom: PERIOD_FROM,
        periodTo: PERIOD_TO,
        baselineFrom: null,
        baselineTo: null,
        approvalNumber: null,
        approvalDate: null,
        approvalBody: null,
        directions: [normativeDirection(structure, measures), ...groups(structure, measures)],
        riskRules: [],
      },
    ],
  }
}

function normativeDirection(structure: Structure000, rows: Record<string, string>[]): SeedDirection {
  const section = structure.normative_section
  return {
    ...emptyDirection('DIRECTION', NORMATIVE_CODE, collapseSpaces(section.title)),
    measures: measuresOf(rows, NORMATIVE_CODE, section.section_code),
  }
}

function groups(structure: Structure000, rows: Record<string, string>[]): SeedDirection[] {
  return structure.preamble.mechanism_groups.map((group, i) => ({
    ...emptyDirection('GROUP', GROUP_CODES[i], collapseSpaces(group.title)),
    children: group.directions.map((no) => direction(directionOrThrow(structure, no), rows)),
  }))
}

function directionOrThrow(structure: Structure000, no: number): Structure000['directions'][number] {
  const found = structure.directions.find((d) => d.direction_no === no)
  if (found === undefined) throw new Error(`structure-000.json: direction ${no} is missing`)
  return found
}

function direction(source: Structure000['directions'][number], rows: Record<string, string>[]): SeedDirection {
  const code = String(source.direction_no)
  const base = {
    ...emptyDirection('DIRECTION', code, collapseSpaces(source.title_in_list)),
    parts: source.parts.map(textPart),
  }
  const sections = source.sections.filter((s) => s.section_code !== code)
  if (sections.length === 0) return { ...base, measures: measuresOf(rows, code, code) }
  return {
    ...base,
    children: sections.map((s) => ({
      ...emptyDirection('SECTION', s.section_code, collapseSpaces(s.section_title)),
      measures: measuresOf(rows, code, s.section_code),
    })),
  }
}

function textPart(part: { key: string; label: string; items: string[] }): SeedTextPart {
  return { key: part.key, label: part.label, items: [...part.items] }
}

function measuresOf(rows: Record<string, string>[], directionNo: string, sectionCode: string): SeedMeasure[] {
  return rows
    .filter((row) => row.direction_no === directionNo && row.section_code === sectionCode)
    .map((row) => ({
      code: row.measure_no,
      text: row.measure_text,
      deadlineText: row.deadline,
      responsibleText: row.responsible,
      expectedResult: null,
    }))
}

function emptyDirection(kind: SeedDirection['kind'], code: string, title: string): SeedDirection {
  return { kind, code, title, parts: [], children: [], indicators: [], measures: [], expectedResults: [] }
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
