// Roadmaps: finding one within the caller's scope, creating, changing and deleting them, audited.
import type { EntityManager } from '@mikro-orm/core'
import { assertMunicipality } from '../../auth/access.js'
import type { Actor } from '../../auth/actor.js'
import { Role } from '../../domain/enums.js'
import { badInput, forbidden, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Roadmap } from './roadmap.entity.js'
import type { CreateRoadmapInput, RoadmapInput } from './roadmap.inputs.js'
import { assertRoadmapYears } from './roadmap.rules.js'

export async function roadmapOrThrow(em: EntityManager, actor: Actor, id: number): Promise<Roadmap> {
  const row = await em.findOne(Roadmap, { id })
  if (!row) throw notFound('Дорожная карта', id)
  assertMunicipality(actor, row.municipality.id)
  return row
}

export async function roadmapsOfMunicipality(em: EntityManager, actor: Actor, municipalityId: number): Promise<Roadmap[]> {
  assertMunicipality(actor, municipalityId)
  if (!(await em.count(Municipality, { id: municipalityId }))) throw notFound('Муниципалитет', municipalityId)
  return em.find(Roadmap, { municipality: municipalityId }, { orderBy: { id: 'asc' } })
}

export async function createRoadmap(em: EntityManager, actor: Actor, input: CreateRoadmapInput): Promise<Roadmap> {
  assertMunicipality(actor, input.municipalityId)
  if (!(await em.count(Municipality, { id: input.municipalityId }))) throw notFound('Муниципалитет', input.municipalityId)
  if (!input.title?.trim()) throw badInput('Укажите название дорожной карты')
  if (input.periodFrom == null || input.periodTo == null) throw badInput('Укажите период дорожной карты')
  const fields = {
    title: input.title.trim(),
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    baselineFrom: input.baselineFrom ?? null,
    baselineTo: input.baselineTo ?? null,
    approvalNumber: input.approvalNumber ?? null,
    approvalDate: input.approvalDate ?? null,
    approvalBody: input.approvalBody ?? null,
    sourceDocument: null,
    lockedYears: [],
  }
  assertRoadmapYears(fields)
  const row = em.create(Roadmap, { ...fields, municipality: em.getReference(Municipality, input.municipalityId) })
  return createAudited(em, actor, 'Roadmap', row, fields)
}

export async function updateRoadmap(em: EntityManager, actor: Actor, id: number, input: RoadmapInput): Promise<Roadmap> {
  const row = await roadmapOrThrow(em, actor, id)
  if (input.lockedYears !== undefined && actor.role !== Role.ADMIN) throw forbidden('Закрывать отчётные годы может только администратор')
  if (input.title !== undefined && !input.title?.trim()) throw badInput('Название не может быть пустым')
  assertRoadmapYears({ ...row, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) })
  // a specialist setting the years states the period the document left unstated
  const isPeriodStated = input.periodFrom !== undefined || input.periodTo !== undefined ? true : undefined
  return updateAudited(em, actor, 'Roadmap', row, { ...input, isPeriodStated })
}

export async function deleteRoadmap(em: EntityManager, actor: Actor, id: number): Promise<boolean> {
  const row = await roadmapOrThrow(em, actor, id)
  return deleteAudited(em, actor, 'Roadmap', row, { title: row.title })
}
