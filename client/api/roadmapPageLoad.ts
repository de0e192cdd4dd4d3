// The roadmap page's one request, started by the router beside the session's own request when a
// visit opens at a roadmap: the page's data then does not wait for the session, nor the session
// for the page's code. The page takes that answer when it asked for the same scope; otherwise (a
// school's user, whose scope is its own organisation; a failure) it asks again itself.
import type { LocationQuery } from 'vue-router'
import { fetchRoadmapPage, type RoadmapPageData } from './operations.js'

let early: { id: number; organizationId: number | null; answer: Promise<RoadmapPageData> } | null = null

/** The organisation named by the address (`?org=`), or null for the municipality. */
export function organizationOfQuery(query: LocationQuery): number | null {
  const org = Number(query.org)
  return Number.isInteger(org) && org > 0 ? org : null
}

/** Starts the page's request before the session is known. */
export function startRoadmapPageLoad(id: number, organizationId: number | null): void {
  const answer = fetchRoadmapPage(id, organizationId, { isSpeculative: true })
  // Unhandled until the page takes it; a failure is reported by the page's own request.
  answer.catch(() => undefined)
  early = { id, organizationId, answer }
}

/** The page's data: the answer already on its way when it is for this roadmap and scope, else a new request. */
export function loadRoadmapPage(id: number, organizationId: number | null): Promise<RoadmapPageData> {
  const taken = early
  early = null
  if (taken && taken.id === id && taken.organizationId === organizationId)
    return taken.answer.catch(() => fetchRoadmapPage(id, organizationId))
  return fetchRoadmapPage(id, organizationId)
}
