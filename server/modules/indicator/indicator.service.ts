// Indicators: finding one within the caller's scope, creating, changing and deleting them, audited.
import type { EntityManager } from '@mikro-orm/core'
import { assertMunicipality } from '../../auth/access.js'
import type { Actor } from '../../auth/actor.js'
import { GoodDirection, IndicatorLevel, RollupRule, ValueType } from '../../domain/enums.js'
import { naturalScale } from '../../domain/value-rules.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { directionOrThrow } from '../direction/direction.service.js'
import { Indicator } from './indicator.entity.js'
import type { CreateIndicatorInput, IndicatorInput } from './indicator.inputs.js'

export async function indicatorOrThrow(em: EntityManager, actor: Actor, id: number): Promise<Indicator> {
  const row = await em.findOne(Indicator, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Показатель', id)
  assertMunicipality(actor, row.roadmap.municipality.id)
  return row
}

function assertIndicatorFields(input: IndicatorInput): void {
  if (input.decimals !== undefined && (!Number.isInteger(input.decimals) || input.decimals < 0 || input.decimals > 4))
    throw badInput('Знаков после запятой — от 0 до 4')
  for (const key of ['code', 'name'] as const)
    if (input[key] !== undefined && !input[key]?.trim()) throw badInput('Код и наименование показателя не могут быть пустыми')
  if (input.tolerance != null && input.tolerance < 0) throw badInput('Допуск не может быть отрицательным')
  if (input.minValue != null && input.maxValue != null && input.minValue > input.maxValue)
    throw badInput('Нижняя граница шкалы больше верхней')
}

/** A new indicator at the end of its direction; the scale defaults to its value type's. */
export async function createIndicator(em: EntityManager, actor: Actor, input: CreateIndicatorInput): Promise<Indicator> {
  const direction = await directionOrThrow(em, actor, input.directionId)
  assertIndicatorFields(input)
  if (!input.code?.trim() || !input.name?.trim()) throw badInput('Укажите код и наименование показателя')
  const last = await em.findOne(Indicator, { direction }, { orderBy: { position: 'desc' } })
  const fields = {
    code: input.code.trim(),
    name: input.name.trim(),
    unit: input.unit ?? '%',
    valueType: input.valueType ?? ValueType.PERCENT,
    decimals: input.decimals ?? 0,
    minValue: input.minValue !== undefined ? input.minValue : naturalScale(input.valueType ?? ValueType.PERCENT).min,
    maxValue: input.maxValue !== undefined ? input.maxValue : naturalScale(input.valueType ?? ValueType.PERCENT).max,
    goodDirection: input.goodDirection ?? GoodDirection.UP,
    tolerance: input.tolerance ?? null,
    level: input.level ?? IndicatorLevel.MUNICIPALITY,
    rollup: input.rollup ?? RollupRule.NONE,
    formula: input.formula ?? null,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    source: input.source ?? null,
    periodicity: input.periodicity ?? null,
    notes: input.notes ?? null,
    position: (last?.position ?? 0) + 1,
  }
  const row = em.create(Indicator, { ...fields, direction, roadmap: direction.roadmap })
  return createAudited(em, actor, 'Indicator', row, { ...fields, directionId: direction.id })
}

export async function updateIndicator(em: EntityManager, actor: Actor, id: number, input: IndicatorInput): Promise<Indicator> {
  const row = await indicatorOrThrow(em, actor, id)
  assertIndicatorFields(input)
  return updateAudited(em, actor, 'Indicator', row, input)
}

export async function deleteIndicator(em: EntityManager, actor: Actor, id: number): Promise<boolean> {
  const row = await indicatorOrThrow(em, actor, id)
  return deleteAudited(em, actor, 'Indicator', row, { code: row.code, name: row.name })
}
