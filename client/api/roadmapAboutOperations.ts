// The roadmap as a document: title, approval, period (and whether the document states it), passport.
import { gqlRequest } from './graphqlClient.js'
import { forgetStructure } from './roadmapStructureCache.js'

export interface TextPart {
  key: string
  label: string
  items: string[]
}

export interface RoadmapAbout {
  id: number
  title: string
  periodFrom: number
  periodTo: number
  isPeriodStated: boolean
  baselineFrom: number | null
  baselineTo: number | null
  approvalNumber: string | null
  approvalDate: string | null
  approvalBody: string | null
  parts: TextPart[]
  municipality: { id: number; name: string }
  directions: { id: number; code: string; title: string }[]
}

const ABOUT = `id title periodFrom periodTo isPeriodStated baselineFrom baselineTo approvalNumber approvalDate approvalBody
  parts { key label items } municipality { id name } directions { id code title }`

export async function fetchRoadmapAbout(id: number): Promise<RoadmapAbout> {
  const data = await gqlRequest<{ roadmap: RoadmapAbout }>(`query RoadmapAbout($id: Int!) { roadmap(id: $id) { ${ABOUT} } }`, { id })
  return data.roadmap
}

/** Sets the period of the programme; the period is then stated, by the specialist. */
export async function setRoadmapPeriod(id: number, periodFrom: number, periodTo: number): Promise<RoadmapAbout> {
  const data = await gqlRequest<{ updateRoadmap: RoadmapAbout }>(
    `mutation SetRoadmapPeriod($id: Int!, $input: RoadmapInput!) { updateRoadmap(id: $id, input: $input) { ${ABOUT} } }`,
    { id, input: { periodFrom, periodTo } },
  )
  forgetStructure(id)
  return data.updateRoadmap
}
