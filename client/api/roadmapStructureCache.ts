// A roadmap's directions and indicators, kept per roadmap for the life of the page: switching the
// scope or the year of a table then asks only for its values. Forgotten when the app changes the
// roadmap, at sign-in and sign-out, and when values arrive for an indicator it does not know
// (someone added one); a reload of the page starts afresh.
import type { RoadmapStructure } from './valueTable.js'

const structures = new Map<number, RoadmapStructure>()

export function cachedStructure(roadmapId: number): RoadmapStructure | undefined {
  return structures.get(roadmapId)
}

export function rememberStructure(roadmapId: number, structure: RoadmapStructure): void {
  structures.set(roadmapId, structure)
}

/** Forgets one roadmap's structure, or every one's when no id is given. */
export function forgetStructure(roadmapId?: number): void {
  if (roadmapId === undefined) structures.clear()
  else structures.delete(roadmapId)
}
