// The directions of a roadmap with their text parts, sub-sections, indicators and measures.
import { gqlRequest } from './graphqlClient.js'

export interface DirectionDetails {
  id: number
  code: string
  title: string
  kind: 'GROUP' | 'DIRECTION' | 'SECTION'
  parentId: number | null
  parts: { key: string; label: string; items: string[] }[]
  indicators: { id: number; code: string; name: string; unit: string; level: string; goodDirection: string }[]
  measures: {
    id: number; code: string; text: string; deadlineText: string; responsibleText: string; expectedResult: string | null; overdue: boolean; overdueYears: number[]
    /** The indicators the measure is meant to move; inferred when the seed placed them by section. */
    indicators: { id: number; code: string; name: string }[]
    isIndicatorLinkInferred: boolean
  }[]
  expectedResults: { id: number; year: number; rowNo: number; text: string }[]
}

export interface RoadmapDirections {
  id: number
  title: string
  periodFrom: number
  periodTo: number
  municipality: { id: number; name: string }
  allDirections: DirectionDetails[]
}

export async function fetchRoadmapDirections(roadmapId: number): Promise<RoadmapDirections> {
  const data = await gqlRequest<{ roadmap: RoadmapDirections }>(
    `query RoadmapDirections($id: Int!) { roadmap(id: $id) {
      id title periodFrom periodTo municipality { id name }
      allDirections { id code title kind parentId parts { key label items }
        indicators { id code name unit level goodDirection }
        measures { id code text deadlineText responsibleText expectedResult overdue overdueYears isIndicatorLinkInferred indicators { id code name } }
        expectedResults { id year rowNo text } } } }`,
    { id: roadmapId },
  )
  return data.roadmap
}

/** Links a measure to the indicators a person chose; the link is no longer inferred. */
export async function setMeasureIndicators(measureId: number, indicatorIds: number[]): Promise<void> {
  await gqlRequest('mutation SetMeasureIndicators($m: Int!, $i: [Int!]!) { setMeasureIndicators(measureId: $m, indicatorIds: $i) { id } }', { m: measureId, i: indicatorIds })
}

export interface RoadmapOutline {
  id: number
  title: string
  years: number[]
  periodFrom: number
  periodTo: number
  municipality: { id: number; name: string; organizations: { id: number; name: string; shortName: string }[] }
  allDirections: { id: number; code: string; title: string; kind: string; parentId: number | null }[]
}

/** The roadmap's period, organisations and direction tree, without values. */
export async function fetchRoadmapOutline(roadmapId: number): Promise<RoadmapOutline> {
  const data = await gqlRequest<{ roadmap: RoadmapOutline }>(
    `query RoadmapOutline($id: Int!) { roadmap(id: $id) {
      id title years periodFrom periodTo municipality { id name organizations { id name shortName } }
      allDirections { id code title kind parentId } } }`,
    { id: roadmapId },
  )
  return data.roadmap
}
