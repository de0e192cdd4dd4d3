import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow, assertMunicipality } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { GoodDirection, IndicatorLevel, RollupRule, ValueType } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Direction } from '../direction/direction.entity.js'
import { directionOrThrow } from '../direction/direction.resolver.js'
import { IndicatorValueRow } from '../indicator-value/indicator-value.row.js'
import { naturalScale } from '../../domain/value-rules.js'
import { Indicator } from './indicator.entity.js'
import { CreateIndicatorInput, IndicatorInput } from './indicator.inputs.js'

function assertIndicatorFields(input: IndicatorInput): void {
  if (input.decimals !== undefined && (!Number.isInteger(input.decimals) || input.decimals < 0 || input.decimals > 4))
    throw badInput('Знаков после запятой — от 0 до 4')
  for (const key of ['code', 'name'] as const)
    if (input[key] !== undefined && !input[key]?.trim()) throw badInput('Код и наименование показателя не могут быть пустыми')
  if (input.tolerance != null && input.tolerance < 0) throw badInput('Допуск не может быть отрицательным')
  if (input.minValue != null && input.maxValue != null && input.minValue > input.maxValue)
    throw badInput('Нижняя граница шкалы больше верхней')
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => Indicator, { description: 'Показатель по идентификатору' })
  indicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Indicator> {
    return indicatorOrThrow(em, actor, id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Indicator, { description: 'Добавить показатель в конец направления' })
  async createIndicator(@Arg('input', () => CreateIndicatorInput, { description: 'Данные' }) input: CreateIndicatorInput, @Ctx() { em, actor }: Context): Promise<Indicator> {
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
    return createAudited(em, actorOrThrow(actor), 'Indicator', row, { ...fields, directionId: direction.id })
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Indicator, { description: 'Изменить показатель' })
  async updateIndicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => IndicatorInput, { description: 'Данные' }) input: IndicatorInput, @Ctx() { em, actor }: Context): Promise<Indicator> {
    const row = await indicatorOrThrow(em, actor, id)
    assertIndicatorFields(input)
    return updateAudited(em, actorOrThrow(actor), 'Indicator', row, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить показатель со всеми значениями' })
  async deleteIndicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    const row = await indicatorOrThrow(em, actor, id)
    return deleteAudited(em, actorOrThrow(actor), 'Indicator', row, { code: row.code, name: row.name })
  }

  @FieldResolver(() => Direction, { description: 'Направление' })
  async direction(@Root() i: Indicator, @Ctx() { loaders }: Context): Promise<Direction> {
    return (await loaders.direction.load(i.direction.id))!
  }

  @FieldResolver(() => [IndicatorValueRow], { description: 'Значения по годам: муниципалитета и организаций (школе — только свои)' })
  values(
    @Root() i: Indicator,
    @Ctx() { loaders }: Context,
    @Arg('organizationId', () => Int, { nullable: true, description: 'Только значения этой организации' }) organizationId?: number | null,
    @Arg('municipalityOnly', () => Boolean, { nullable: true, description: 'Только значения муниципалитета' }) municipalityOnly?: boolean | null,
    @Arg('years', () => [Int], { nullable: true, description: 'Только эти годы' }) years?: number[] | null,
  ): Promise<IndicatorValueRow[]> {
    return loaders.valuesOfIndicator({ organizationId: organizationId ?? null, municipalityOnly: municipalityOnly ?? false, years: years ?? null }).load(i.id)
  }
}

export async function indicatorOrThrow(em: Context['em'], actor: Context['actor'], id: number): Promise<Indicator> {
  const row = await em.findOne(Indicator, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Показатель', id)
  assertMunicipality(actorOrThrow(actor), row.roadmap.municipality.id)
  return row
}
