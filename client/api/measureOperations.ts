// Measures of a roadmap and their statuses per year.
import { gqlRequest } from './graphqlClient.js'

export type MeasureStatusKind = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'NOT_DONE' | 'CANCELLED'

export interface MeasureSchedule {
  kind: 'ONCE' | 'YEARS' | 'ANNUAL' | 'CYCLE' | 'PERMANENT' | 'EVENT' | 'UNKNOWN'
  years: number[]
  yearFrom: number | null
  yearTo: number | null
  months: number[]
}

export interface MeasureStatusRow {
  id: number
  year: number
  status: MeasureStatusKind
  note: string | null
  version: number
}

export interface MeasureRow {
  id: number
  code: string
  text: string
  deadlineText: string
  responsibleText: string
  responsibleParties: string[]
  expectedResult: string | null
  overdue: boolean
  overdueYears: number[]
  schedule: MeasureSchedule
  statuses: MeasureStatusRow[]
  direction: { id: number }
}

export interface MeasureStatusInput {
  measureId: number
  year: number
  status: MeasureStatusKind
  note?: string | null
  expectedVersion: number
}

const MEASURE_FIELDS = `id code text deadlineText responsibleText responsibleParties expectedResult overdue overdueYears
  schedule { kind years yearFrom yearTo months } statuses { id year status note version } direction { id }`

// The server prices a page by its rows; with statuses per row, 1000 rows stay under its limit.
const PAGE_SIZE = 1000

/** Every measure of the roadmap, in the document's order. */
export async function fetchMeasures(roadmapId: number): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = []
  let after: string | null = null
  for (;;) {
    const data: { measures: { edges: { node: MeasureRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gqlRequest(
      `query Measures($f: MeasureFilter, $first: Int, $after: String) { measures(filter: $f, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { ${MEASURE_FIELDS} } } } }`,
      { f: { roadmapId }, first: PAGE_SIZE, after },
    )
    rows.push(...data.measures.edges.map((e) => e.node))
    if (!data.measures.pageInfo.hasNextPage) return rows
    after = data.measures.pageInfo.endCursor
  }
}

export async function setMeasureStatuses(input: MeasureStatusInput[]): Promise<MeasureStatusRow[]> {
  const data = await gqlRequest<{ setMeasureStatuses: MeasureStatusRow[] }>(
    `mutation SetMeasureStatuses($input: [MeasureStatusInput!]!) { setMeasureStatuses(input: $input) { id year status note version } }`,
    { input },
  )
  return data.setMeasureStatuses
}
