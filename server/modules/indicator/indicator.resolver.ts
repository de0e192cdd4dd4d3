import { wrap } from '../../mikro-orm.js'
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Direction } from '../direction/direction.entity.js'
import { IndicatorValueRow } from '../indicator-value/indicator-value.row.js'
import { Indicator } from './indicator.entity.js'
import { CreateIndicatorInput, IndicatorInput } from './indicator.inputs.js'
import { createIndicator, deleteIndicator, indicatorOrThrow, updateIndicator } from './indicator.service.js'

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => Indicator, { description: 'Показатель по идентификатору' })
  indicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Indicator> {
    return indicatorOrThrow(em, actorOrThrow(actor), id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Indicator, { description: 'Добавить показатель в конец направления' })
  createIndicator(@Arg('input', () => CreateIndicatorInput, { description: 'Данные' }) input: CreateIndicatorInput, @Ctx() { em, actor }: Context): Promise<Indicator> {
    return createIndicator(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Indicator, { description: 'Изменить показатель' })
  updateIndicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => IndicatorInput, { description: 'Данные' }) input: IndicatorInput, @Ctx() { em, actor }: Context): Promise<Indicator> {
    return updateIndicator(em, actorOrThrow(actor), id, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить показатель со всеми значениями' })
  deleteIndicator(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    return deleteIndicator(em, actorOrThrow(actor), id)
  }

  @FieldResolver(() => Direction, { description: 'Направление' })
  direction(@Root() i: Indicator, @Ctx() { loaders }: Context): Direction | Promise<Direction> {
    // Not async: an indicator read with its direction (the BI pages) answers without a promise.
    return wrap(i.direction).isInitialized() ? i.direction : loaders.direction.load(i.direction.id).then((d) => d!)
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
