import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { overdueYears } from '../../domain/overdue.js'
import { badInput, notFound } from '../../errors.js'
import { connectionOf, pageArgsOf, type Page, type PageArgs } from '../../graphql/connection.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Direction } from '../direction/direction.entity.js'
import { directionOrThrow } from '../direction/direction.resolver.js'
import { assertMunicipality } from '../../auth/access.js'
import { MeasureStatus } from './measure-status.entity.js'
import { Measure } from './measure.entity.js'
import { CreateMeasureInput, MeasureFilter, MeasureInput, MeasureStatusInput } from './measure.inputs.js'
import { parsedMeasureFields, queryMeasures, setMeasureIndicators, setMeasureStatuses } from './measure.service.js'
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
  async createMeasure(@Arg('input', () => CreateMeasureInput, { description: 'Данные' }) input: CreateMeasureInput, @Ctx() { em, actor }: Context): Promise<Measure> {
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
    return createAudited(em, actorOrThrow(actor), 'Measure', row, { ...fields, directionId: direction.id })
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Measure, { description: 'Изменить мероприятие; ответственные разбираются заново' })
  async updateMeasure(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => MeasureInput, { description: 'Данные' }) input: MeasureInput, @Ctx() { em, actor }: Context): Promise<Measure> {
    const row = await measureOrThrow(em, actor, id)
    if ((input.code !== undefined && !input.code.trim()) || (input.text !== undefined && !input.text.trim()))
      throw badInput('Номер и текст мероприятия не могут быть пустыми')
    const updated = await updateAudited(em, actorOrThrow(actor), 'Measure', row, input)
    Object.assign(updated, parsedMeasureFields(updated.responsibleText))
    await em.flush()
    return updated
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить мероприятие' })
  async deleteMeasure(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    const row = await measureOrThrow(em, actor, id)
    return deleteAudited(em, actorOrThrow(actor), 'Measure', row, { code: row.code, text: row.text })
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
    return setMeasureIndicators(em, actorOrThrow(actor), await measureOrThrow(em, actor, measureId), indicatorIds)
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

async function measureOrThrow(em: Context['em'], actor: Context['actor'], id: number): Promise<Measure> {
  const row = await em.findOne(Measure, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Мероприятие', id)
  assertMunicipality(actorOrThrow(actor), row.roadmap.municipality.id)
  return row
}
