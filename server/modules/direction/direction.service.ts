// Directions: the subtree of one, finding one within the caller's scope, creating, changing and deleting them, audited.
import type { EntityManager } from '@mikro-orm/core'
import { assertMunicipality } from '../../auth/access.js'
import type { Actor } from '../../auth/actor.js'
import { DirectionKind } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { roadmapOrThrow } from '../roadmap/roadmap.service.js'
import { Direction } from './direction.entity.js'
import { subtreeIds } from './direction-tree.js'
import type { CreateDirectionInput, DirectionInput } from './direction.inputs.js'

/** The direction and all its sub-sections, for filters that take a direction «with its sections». */
export async function directionSubtreeIds(em: EntityManager, directionId: number): Promise<number[]> {
  const direction = await em.findOne(Direction, { id: directionId })
  if (!direction) return [directionId]
  const all = await em.find(Direction, { roadmap: direction.roadmap })
  return subtreeIds(all.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null })), directionId)
}

export async function directionOrThrow(em: EntityManager, actor: Actor, id: number): Promise<Direction> {
  const row = await em.findOne(Direction, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Направление', id)
  assertMunicipality(actor, row.roadmap.municipality.id)
  return row
}

/** A new direction at the end of its roadmap, under `parentId` when given. */
export async function createDirection(em: EntityManager, actor: Actor, input: CreateDirectionInput): Promise<Direction> {
  const roadmap = await roadmapOrThrow(em, actor, input.roadmapId)
  const parent = input.parentId != null ? await em.findOne(Direction, { id: input.parentId, roadmap }) : null
  if (input.parentId != null && !parent) throw badInput(`Родительское направление ${input.parentId} не найдено в этой дорожной карте`)
  if (!input.code?.trim() || !input.title?.trim()) throw badInput('Укажите код и наименование направления')
  const last = await em.findOne(Direction, { roadmap }, { orderBy: { position: 'desc' } })
  const fields = {
    code: input.code.trim(),
    title: input.title.trim(),
    kind: input.kind ?? (parent ? DirectionKind.SECTION : DirectionKind.DIRECTION),
    parts: input.parts ?? [],
    position: (last?.position ?? 0) + 1,
  }
  const row = em.create(Direction, { ...fields, roadmap, parent })
  return createAudited(em, actor, 'Direction', row, { ...fields, parentId: parent?.id ?? null })
}

export async function updateDirection(em: EntityManager, actor: Actor, id: number, input: DirectionInput): Promise<Direction> {
  const row = await directionOrThrow(em, actor, id)
  if ((input.code !== undefined && !input.code.trim()) || (input.title !== undefined && !input.title.trim()))
    throw badInput('Код и наименование не могут быть пустыми')
  return updateAudited(em, actor, 'Direction', row, input)
}

export async function deleteDirection(em: EntityManager, actor: Actor, id: number): Promise<boolean> {
  const row = await directionOrThrow(em, actor, id)
  return deleteAudited(em, actor, 'Direction', row, { code: row.code, title: row.title })
}
