import type { EntityManager } from '@mikro-orm/core'
import { Direction } from './direction.entity.js'
import { subtreeIds } from './direction-tree.js'

/** The direction and all its sub-sections, for filters that take a direction «with its sections». */
export async function directionSubtreeIds(em: EntityManager, directionId: number): Promise<number[]> {
  const direction = await em.findOne(Direction, { id: directionId })
  if (!direction) return [directionId]
  const all = await em.find(Direction, { roadmap: direction.roadmap })
  return subtreeIds(all.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null })), directionId)
}
