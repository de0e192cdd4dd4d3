import { Arg, Args, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_VALUES_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { ValueStatus, type GoodDirection } from '../../domain/enums.js'
import { achievement, deviation, valueStatus } from '../../domain/progress.js'
import { connectionOf, pageArgsOf, type Page, type PageArgs } from '../../graphql/connection.js'
import { AuditEntry } from '../audit/audit-entry.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { IndicatorValueRow } from './indicator-value.row.js'
import { IndicatorValueFilter, IndicatorValueInput } from './indicator-value.inputs.js'
import { queryIndicatorValues } from './indicator-value.query.js'
import { saveIndicatorValues } from './indicator-value.service.js'
import { valueHistory } from './value-history.service.js'

const IndicatorValueConnection = connectionOf(IndicatorValueRow, 'IndicatorValue', 'значения показателей')

type Rule = { goodDirection: GoodDirection; tolerance: number | null }

const IndicatorValuesArgs = pageArgsOf(IndicatorValueFilter)

@Resolver(() => IndicatorValueRow)
export class IndicatorValueResolver {
  @Authorized()
  @Query(() => IndicatorValueConnection, { description: 'Плоская таблица фактов для BI: постранично, в стабильном порядке' })
  indicatorValues(@Args(() => IndicatorValuesArgs) { filter, first, after }: PageArgs<IndicatorValueFilter>, @Ctx() { em, actor }: Context): Promise<Page<IndicatorValueRow>> {
    return queryIndicatorValues(em, actorOrThrow(actor), filter ?? {}, first, after)
  }

  @Authorized()
  @Query(() => [AuditEntry], { description: 'История одной ячейки: кто, когда, что было и что стало (новые сверху)' })
  valueHistory(
    @Arg('indicatorId', () => Int, { description: 'Показатель' }) indicatorId: number,
    @Arg('organizationId', () => Int, { nullable: true, description: 'Организация; null — муниципалитет' }) organizationId: number | null,
    @Arg('year', () => Int, { description: 'Год' }) year: number,
    @Ctx() { em, actor }: Context,
  ): Promise<AuditEntry[]> {
    return valueHistory(em, actorOrThrow(actor), indicatorId, organizationId ?? null, year)
  }

  @Authorized(...EDIT_VALUES_ROLES)
  @Mutation(() => [IndicatorValueRow], { description: 'Записать пакет ячеек: всё или ничего, с проверкой версий; возвращает записанные строки с новыми версиями' })
  setIndicatorValues(
    @Arg('input', () => [IndicatorValueInput], { description: 'Ячейки' }) input: IndicatorValueInput[],
    @Ctx() { em, actor }: Context,
  ): Promise<IndicatorValueRow[]> {
    return saveIndicatorValues(em, input, actorOrThrow(actor))
  }

  @FieldResolver(() => ValueStatus, { description: 'Статус факта относительно плана с учётом того, что лучше' })
  status(@Root() value: IndicatorValueRow, @Ctx() ctx: Context): ValueStatus | Promise<ValueStatus> {
    const facts = (rule: Rule) => valueStatus({ target: value.target, actual: value.actual, ...rule })
    // Lists read from SQL carry the indicator's rule: tens of thousands of statuses, no lookups.
    return value.rule ? facts(value.rule) : Promise.resolve(this.indicator(value, ctx)).then(facts)
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Отклонение: факт − план' })
  deviation(@Root() value: IndicatorValueRow): number | null {
    return deviation(value.target, value.actual)
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Достижение плана, %, с учётом того, что лучше (для «меньше — лучше» — план / факт)' })
  achievement(@Root() value: IndicatorValueRow, @Ctx() ctx: Context): number | null | Promise<number | null> {
    const of = (rule: Rule) => achievement({ target: value.target, actual: value.actual, goodDirection: rule.goodDirection, tolerance: rule.tolerance })
    return value.rule ? of(value.rule) : Promise.resolve(this.indicator(value, ctx)).then(of)
  }

  @FieldResolver(() => Indicator, { description: 'Показатель' })
  indicator(@Root() value: IndicatorValueRow, @Ctx() { loaders }: Context): Indicator | Promise<Indicator> {
    // Not async: a row that carries its relations (the BI pages) answers without a promise.
    return value.indicator ?? loaders.indicator.load(value.indicatorId).then((i) => i!)
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Организация; null — значение муниципалитета' })
  organization(@Root() value: IndicatorValueRow, @Ctx() { loaders }: Context): Organization | null | Promise<Organization | null> {
    if (value.organizationId === null) return null
    return value.organization ?? loaders.organization.load(value.organizationId)
  }

  @FieldResolver(() => Municipality, { description: 'Муниципалитет' })
  municipality(@Root() value: IndicatorValueRow, @Ctx() { loaders }: Context): Municipality | Promise<Municipality> {
    return value.municipality ?? loaders.municipality.load(value.municipalityId).then((m) => m!)
  }
}
