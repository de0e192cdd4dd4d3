import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Direction } from '../direction/direction.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { RiskRule } from '../risk-rule/risk-rule.entity.js'
import { Roadmap } from './roadmap.entity.js'
import { CreateRoadmapInput, RoadmapInput } from './roadmap.inputs.js'
import { createRoadmap, deleteRoadmap, roadmapOrThrow, roadmapsOfMunicipality, updateRoadmap } from './roadmap.service.js'

@Resolver(() => Roadmap)
export class RoadmapResolver {
  @Authorized()
  @Query(() => [Roadmap], { description: 'Дорожные карты муниципалитета' })
  roadmaps(@Arg('municipalityId', () => Int, { description: 'Муниципалитет' }) municipalityId: number, @Ctx() { em, actor }: Context): Promise<Roadmap[]> {
    return roadmapsOfMunicipality(em, actorOrThrow(actor), municipalityId)
  }

  @Authorized()
  @Query(() => Roadmap, { description: 'Дорожная карта с деревом направлений, показателями и значениями' })
  roadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    return roadmapOrThrow(em, actorOrThrow(actor), id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Roadmap, { description: 'Создать дорожную карту' })
  createRoadmap(@Arg('input', () => CreateRoadmapInput, { description: 'Данные' }) input: CreateRoadmapInput, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    return createRoadmap(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Roadmap, { description: 'Изменить дорожную карту' })
  updateRoadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => RoadmapInput, { description: 'Данные' }) input: RoadmapInput, @Ctx() { em, actor }: Context): Promise<Roadmap> {
    return updateRoadmap(em, actorOrThrow(actor), id, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить дорожную карту со всем содержимым' })
  deleteRoadmap(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    return deleteRoadmap(em, actorOrThrow(actor), id)
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
