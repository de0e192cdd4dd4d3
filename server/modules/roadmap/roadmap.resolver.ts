import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow, assertMunicipality } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Role } from '../../domain/enums.js'
import { badInput, forbidden, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Direction } from '../direction/direction.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { RiskRule } from '../risk-rule/risk-rule.entity.js'
import { Roadmap } from './roadmap.entity.js'
import { CreateRoadmapInput, RoadmapInput } from './roadmap.inputs.js'
import { assertRoadmapYears } from './roadmap.rules.js'

@Resolver(() => Roadmap)
export class RoadmapResolver {
  @Authorized()
  @Query(() => [Roadmap], { description: 'Дорожные карты муниципалитета' })
  async roadmaps(@Arg('municipalityId', () => Int, { description: 'Муниципалитет' }) municipalityId: number, @Ctx() { em, actor }: Context): Promise<Roadmap[]> {
    assertMunicipality(actorOrThrow(actor), municipalityId)
    if (!(await em.count(Municipality, { id: municipalityId }))) throw notFound('Муниципалитет', municipalityId)
    return em.find(Roadmap, { municipality: municipalityId }, { orderBy: { id: 'asc' } })
  }

  @Authorized()
  @Query(() => Roadmap, { description: 'Дорожная карта с деревом направлений, показателями и значениями' })
  roadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    return roadmapOrThrow(em, actor, id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Roadmap, { description: 'Создать дорожную карту' })
  async createRoadmap(@Arg('input', () => CreateRoadmapInput, { description: 'Данные' }) input: CreateRoadmapInput, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    const a = actorOrThrow(actor)
    assertMunicipality(a, input.municipalityId)
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
    return createAudited(em, a, 'Roadmap', row, fields)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Roadmap, { description: 'Изменить дорожную карту' })
  async updateRoadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => RoadmapInput, { description: 'Данные' }) input: RoadmapInput, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    const a = actorOrThrow(actor)
    const row = await roadmapOrThrow(em, a, id)
    if (input.lockedYears !== undefined && a.role !== Role.ADMIN) throw forbidden('Закрывать отчётные годы может только администратор')
    if (input.title !== undefined && !input.title?.trim()) throw badInput('Название не может быть пустым')
    assertRoadmapYears({ ...row, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) })
    // a specialist setting the years states the period the document left unstated
    const isPeriodStated = input.periodFrom !== undefined || input.periodTo !== undefined ? true : undefined
    return updateAudited(em, a, 'Roadmap', row, { ...input, isPeriodStated })
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить дорожную карту со всем содержимым' })
  async deleteRoadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    const row = await roadmapOrThrow(em, actor, id)
    return deleteAudited(em, actorOrThrow(actor), 'Roadmap', row, { title: row.title })
  }

  @FieldResolver(() => Municipality, { description: 'Муниципалитет' })
  async municipality(@Root() r: Roadmap, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipality.load(r.municipality.id))!
  }

  @FieldResolver(() => [Direction], { description: 'Дерево направлений: верхний уровень, ниже — children' })
  directions(@Root() r: Roadmap, @Ctx() { loaders }: Context): Promise<Direction[]> {
    return loaders.topDirections.load(r.id)
  }

  @FieldResolver(() => [Direction], { description: 'Все направления списком в порядке документа' })
  allDirections(@Root() r: Roadmap, @Ctx() { em }: Context): Promise<Direction[]> {
    return em.find(Direction, { roadmap: r.id }, { orderBy: { position: 'asc' } })
  }

  @FieldResolver(() => [Indicator], { description: 'Все показатели списком' })
  indicators(@Root() r: Roadmap, @Ctx() { em }: Context): Promise<Indicator[]> {
    return em.find(Indicator, { roadmap: r.id }, { orderBy: { direction: { position: 'asc' }, position: 'asc' } })
  }

  @FieldResolver(() => [RiskRule], { description: 'Правила риска: пороги по показателям школ' })
  riskRules(@Root() r: Roadmap, @Ctx() { em }: Context): Promise<RiskRule[]> {
    return em.find(RiskRule, { roadmap: r.id }, { orderBy: { id: 'asc' } })
  }

  @FieldResolver(() => [Int], { description: 'Годы таблицы: базовые и годы периода' })
  years(@Root() r: Roadmap): number[] {
    const from = r.baselineFrom ?? r.periodFrom
    return Array.from({ length: r.periodTo - from + 1 }, (_, i) => from + i)
  }
}

export async function roadmapOrThrow(em: Context['em'], actor: Context['actor'], id: number): Promise<Roadmap> {
  const row = await em.findOne(Roadmap, { id })
  if (!row) throw notFound('Дорожная карта', id)
  assertMunicipality(actorOrThrow(actor), row.municipality.id)
  return row
}
