import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { overdueYears } from '../../domain/overdue.js'
import { connectionOf, pageArgsOf, type Page, type PageArgs } from '../../graphql/connection.js'
import { Direction } from '../direction/direction.entity.js'
import { MeasureStatus } from './measure-status.entity.js'
import { Measure } from './measure.entity.js'
import { CreateMeasureInput, MeasureFilter, MeasureInput, MeasureStatusInput } from './measure.inputs.js'
import { createMeasure, deleteMeasure, measureOrThrow, updateMeasure } from './measure-editing.service.js'
import { queryMeasures, setMeasureIndicators, setMeasureStatuses } from './measure.service.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { ScheduleType } from './schedule.type.js'

const MeasureConnection = connectionOf(Measure, 'Measure', 'мероприятия')

const MeasuresArgs = pageArgsOf(MeasureFilter)

@Resolver(() => Measure)
export class MeasureResolver {
  @Authorized()
  @Query(() => MeasureConnection, { description: 'Мероприятия постранично, с отбором и признаком просрочки' })
  measures(@Args(() => MeasuresArgs) { filter, first, after }: PageArgs<MeasureFilter>, @Ctx() { em, actor }: Context): Promise<Page<Measure>> {
    return queryMeasures(em, actorOrThrow(actor), filter ?? {}, first, after)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Measure, { description: 'Добавить мероприятие в направление' })
  createMeasure(@Arg('input', () => CreateMeasureInput, { description: 'Данные' }) input: CreateMeasureInput, @Ctx() { em, actor }: Context): Promise<Measure> {
    return createMeasure(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Measure, { description: 'Изменить мероприятие; ответственные разбираются заново' })
  updateMeasure(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => MeasureInput, { description: 'Данные' }) input: MeasureInput, @Ctx() { em, actor }: Context): Promise<Measure> {
    return updateMeasure(em, actorOrThrow(actor), id, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить мероприятие' })
  deleteMeasure(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    return deleteMeasure(em, actorOrThrow(actor), id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => [MeasureStatus], { description: 'Поставить статусы мероприятий за годы (всё или ничего)' })
  setMeasureStatuses(@Arg('input', () => [MeasureStatusInput], { description: 'Данные' }) input: MeasureStatusInput[], @Ctx() { em, actor }: Context): Promise<MeasureStatus[]> {
    return setMeasureStatuses(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Measure, { description: 'Связать мероприятие с показателями, на которые оно работает' })
  async setMeasureIndicators(
    @Arg('measureId', () => Int, { description: 'Мероприятие' }) measureId: number,
    @Arg('indicatorIds', () => [Int], { description: 'Показатели той же дорожной карты' }) indicatorIds: number[],
    @Ctx() { em, actor }: Context,
  ): Promise<Measure> {
    const a = actorOrThrow(actor)
    return setMeasureIndicators(em, a, await measureOrThrow(em, a, measureId), indicatorIds)
  }

  @FieldResolver(() => [Indicator], { description: 'Показатели, на которые работает мероприятие' })
  indicators(@Root() m: Measure): Promise<Indicator[]> {
    return m.indicators.load({ dataloader: true }).then((c) => c.getItems())
  }

  @FieldResolver(() => Direction, { description: 'Направление' })
  async direction(@Root() m: Measure, @Ctx() { loaders }: Context): Promise<Direction> {
    return (await loaders.direction.load(m.direction.id))!
  }

  @FieldResolver(() => ScheduleType, { description: 'Срок, разобранный в расписание (UNKNOWN — не разобран, смотрите deadlineText)' })
  schedule(@Root() m: Measure): ScheduleType {
    return m.schedule
  }

  @FieldResolver(() => [MeasureStatus], { description: 'Статусы по годам (год без записи — запланировано)' })
  statuses(@Root() m: Measure, @Ctx() { loaders }: Context): Promise<MeasureStatus[]> {
    return loaders.statusesOfMeasure.load(m.id)
  }

  @FieldResolver(() => [Int], { description: 'Годы, за которые срок прошёл, а мероприятие не выполнено' })
  async overdueYears(@Root() m: Measure, @Ctx() { loaders }: Context): Promise<number[]> {
    const [roadmap, statuses] = await Promise.all([loaders.roadmap.load(m.roadmap.id), loaders.statusesOfMeasure.load(m.id)])
    return overdueYears(m.schedule, statuses, roadmap!, new Date())
  }

  @FieldResolver(() => Boolean, { description: 'Просрочено: срок прошёл, а мероприятие не выполнено' })
  async overdue(@Root() m: Measure, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.overdueYears(m, ctx)).length > 0
  }
}
