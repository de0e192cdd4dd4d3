// Measures as records: finding one within the caller's scope, creating, changing and deleting
// them, audited. Their statuses per year and their links to indicators are in measure.service.ts.
import type { EntityManager } from '@mikro-orm/core'
import { assertMunicipality } from '../../auth/access.js'
import type { Actor } from '../../auth/actor.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { directionOrThrow } from '../direction/direction.service.js'
import { Measure } from './measure.entity.js'
import type { CreateMeasureInput, MeasureInput } from './measure.inputs.js'
import { parsedMeasureFields } from './measure.service.js'

export async function measureOrThrow(em: EntityManager, actor: Actor, id: number): Promise<Measure> {
  const row = await em.findOne(Measure, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Мероприятие', id)
  assertMunicipality(actor, row.roadmap.municipality.id)
  return row
}

/** A new measure at the end of its roadmap, its responsible parties read from the text. */
export async function createMeasure(em: EntityManager, actor: Actor, input: CreateMeasureInput): Promise<Measure> {
  const direction = await directionOrThrow(em, actor, input.directionId)
  if (!input.code?.trim() || !input.text?.trim()) throw badInput('Укажите номер и текст мероприятия')
  const last = await em.findOne(Measure, { roadmap: direction.roadmap }, { orderBy: { position: 'desc' } })
  const fields = {
    code: input.code.trim(),
    text: input.text.trim(),
    deadlineText: input.deadlineText?.trim() ?? '',
    responsibleText: input.responsibleText?.trim() ?? '',
    expectedResult: input.expectedResult?.trim() || null,
    position: (last?.position ?? 0) + 1,
  }
  const row = em.create(Measure, { ...fields, ...parsedMeasureFields(fields.responsibleText), direction, roadmap: direction.roadmap })
  return createAudited(em, actor, 'Measure', row, { ...fields, directionId: direction.id })
}

/** Changes a measure; its responsible parties are read again from the text. */
export async function updateMeasure(em: EntityManager, actor: Actor, id: number, input: MeasureInput): Promise<Measure> {
  const row = await measureOrThrow(em, actor, id)
  if ((input.code !== undefined && !input.code.trim()) || (input.text !== undefined && !input.text.trim()))
    throw badInput('Номер и текст мероприятия не могут быть пустыми')
  const updated = await updateAudited(em, actor, 'Measure', row, input)
  Object.assign(updated, parsedMeasureFields(updated.responsibleText))
  await em.flush()
  return updated
}

export async function deleteMeasure(em: EntityManager, actor: Actor, id: number): Promise<boolean> {
  const row = await measureOrThrow(em, actor, id)
  return deleteAudited(em, actor, 'Measure', row, { code: row.code, text: row.text })
}
