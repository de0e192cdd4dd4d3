// Where the dashboard's items lead: the indicator's row in the roadmap table (in a school's
// scope for a school at risk), a measure's row on the measures page, a direction's page. Pure.
import type { RouteLocationRaw } from 'vue-router'

export function indicatorRowLink(roadmapId: number, indicatorId: number, organizationId: number | null = null): RouteLocationRaw {
  return { name: 'roadmap', params: { id: roadmapId }, query: { indicator: String(indicatorId), ...(organizationId === null ? {} : { org: String(organizationId) }) } }
}

export function measureRowLink(roadmapId: number, measureId: number): RouteLocationRaw {
  return { name: 'measures', params: { id: roadmapId }, query: { measure: String(measureId) } }
}

export function directionLink(roadmapId: number, directionId: number): RouteLocationRaw {
  return { name: 'direction', params: { id: roadmapId, directionId } }
}
