import type {
  SeedDirection,
  SeedExpectedResult,
  SeedIndicator,
  SeedMunicipality,
  SeedTextPart,
} from './seed-types.js'
import { readSourceJson, readSourceTsv } from './source-files.js'

// 004: Бессоновский район, the concept of its МСОКО with expected results for 2020-2022.

interface ConceptDirection {
  code: string
  title: string
  parts: SeedTextPart[]
}

interface Concept {
  title: string
  period: { from: number; to: number }
  groups: { code: string; title: string; directions: ConceptDirection[] }[]
}

type Row = Record<string, string>

const SOURCE_DOCUMENT = '004_c093c18f34ac49b1.txt'
const NOT_SPECIFIED = 'not specified'
const DIRECTION_LEVEL_MARK = ' (direction-level methods, not per indicator)'

/**
 * What a user reads about an indicator group, in Russian: the monitoring output and the countable
 * quantity the document names for it, quoted, and the document's duplicate direction number. The
 * extraction's English notes (its reading of the document) stay out.
 */
export function documentNotesOf(tableNotes: string, tableFormula: string): string | null {
  const notes = ['Группа показателей: документ не даёт единицы, формулы и плановых значений.']
  const output = /monitoring output named in source: («[^»]+»)/.exec(tableFormula)?.[1]
  if (output) notes.push(`По итогам мониторинга: ${output}.`)
  const quantity = /Closest countable quantity named in methods: («[^»]+»)/.exec(tableNotes)?.[1]
  if (quantity) notes.push(`В методах сбора названо: ${quantity}.`)
  const duplicate = /Document numbers this direction (\d+(?:\.\d+)+)/.exec(tableNotes)?.[1]
  if (duplicate) notes.push(`В документе два направления с номером ${duplicate}.`)
  return notes.join(' ')
}

function indicatorOf(row: Row): SeedIndicator {
  const unit = row.unit === NOT_SPECIFIED ? '' : row.unit
  return {
    code: row.code_or_no,
    name: row.name,
    unit,
    // The concept names groups of indicators, never a number to enter.
    valueType: 'TEXT',
    decimals: 0,
    goodDirection: 'UP',
    level: 'MUNICIPALITY',
    rollup: 'NONE',
    formula: null,
    source: row.source.replace(DIRECTION_LEVEL_MARK, ''),
    periodicity: null,
    notes: documentNotesOf(row.notes, row.formula_or_method),
    values: [],
  }
}

function expectedResultOf(row: Row): SeedExpectedResult {
  return { rowNo: Number(row.row_no), year: Number(row.year), text: row.expected_result }
}

function directionOf(direction: ConceptDirection, indicatorRows: Row[], resultRows: Row[]): SeedDirection {
  return {
    kind: 'DIRECTION',
    code: direction.code,
    title: direction.title,
    parts: direction.parts,
    children: [],
    indicators: indicatorRows.filter((row) => row.direction === direction.title).map(indicatorOf),
    measures: [],
    expectedResults: resultRows.filter((row) => row.direction === direction.title).map(expectedResultOf),
  }
}

export function doc004(): SeedMunicipality {
  const concept = readSourceJson<Concept>('doc-004-concept.json')
  const indicatorRows = readSourceTsv('indicators-004.tsv')
  const resultRows = readSourceTsv('expected-results-004.tsv')
  const groups: SeedDirection[] = concept.groups.map((group) => ({
    kind: 'GROUP',
    code: group.code,
    title: group.title,
    parts: [],
    children: group.directions.map((direction) => directionOf(direction, indicatorRows, resultRows)),
    indicators: [],
    measures: [],
    expectedResults: [],
  }))
  return {
    name: 'Бессоновский район',
    region: 'Пензенская область',
    organizations: [],
    roadmaps: [
      {
        sourceDocument: SOURCE_DOCUMENT,
        title: concept.title,
        periodFrom: concept.period.from,
        periodTo: concept.period.to,
        baselineFrom: null,
        baselineTo: null,
        // The concept names no approving order of its own: the order printed after its list of
        // legal acts (Министерство образования Пензенской области, № 287/01-07) is another act.
        approvalNumber: null,
        approvalDate: null,
        approvalBody: null,
        directions: groups,
        riskRules: [],
      },
    ],
  }
}
