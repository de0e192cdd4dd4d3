import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow, assertMunicipality } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { DirectionKind } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { roadmapOrThrow } from '../roadmap/roadmap.resolver.js'
import { Direction } from './direction.entity.js'
import { CreateDirectionInput, DirectionInput } from './direction.inputs.js'
import { ExpectedResult } from './expected-result.entity.js'

@Resolver(() => Direction)
export class DirectionResolver {
  @Authorized()
  @Query(() => Direction, { description: 'Направление по идентификатору' })
  direction(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Direction> {
    return directionOrThrow(em, actor, id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Direction, { description: 'Добавить направление в конец дорожной карты или родителя' })
  async createDirection(@Arg('input', () => CreateDirectionInput, { description: 'Данные' }) input: CreateDirectionInput, @Ctx() { em, actor }: Context): Promise<Direction> {
    const roadmap = await roadmapOrThrow(em, actor, input.roadmapId)
    const parent = input.parentId != null ? await em.findOne(Direction, { id: input.parentId, roadmap }) : null
    if (input.parentId != null && !parent) throw badInput(`Родительское направление ${input.parentId} не найдено в этой дорожной карте`)
    if (!input.code?.trim() || !input.title?.trim()) throw badInput('Укажите код и наименование направления')
    const last = await em.findOne(Direction, { roadmap }, { orderBy: { position: 'desc' } })
    const fields = {
      code: input.code.trim(),
      title: input.title.trim(),
      kind: input.kind ?? (parent ? DirectionKind.SECTION : DirectionKind.DIRECTION),
      parts: input.parts ?? [],
      position: (last?.position ?? 0) + 1,
    }
    const row = em.create(Direction, { ...fields, roadmap, parent })
    return createAudited(em, actorOrThrow(actor), 'Direction', row, { ...fields, parentId: parent?.id ?? null })
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Direction, { description: 'Изменить направление' })
  async updateDirection(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => DirectionInput, { description: 'Данные' }) input: DirectionInput, @Ctx() { em, actor }: Context): Promise<Direction> {
    const row = await directionOrThrow(em, actor, id)
    if ((input.code !== undefined && !input.code.trim()) || (input.title !== undefined && !input.title.trim()))
      throw badInput('Код и наименование не могут быть пустыми')
    return updateAudited(em, actorOrThrow(actor), 'Direction', row, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить направление с подразделами, показателями и мероприятиями' })
  async deleteDirection(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    const row = await directionOrThrow(em, actor, id)
    return deleteAudited(em, actorOrThrow(actor), 'Direction', row, { code: row.code, title: row.title })
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Родительское направление' })
  parentId(@Root() d: Direction): number | null {
    return d.parent?.id ?? null
  }

  @FieldResolver(() => Roadmap, { description: 'Дорожная карта' })
  async roadmap(@Root() d: Direction, @Ctx() { loaders }: Context): Promise<Roadmap> {
    return (await loaders.roadmap.load(d.roadmap.id))!
  }

  @FieldResolver(() => [Direction], { description: 'Подразделы' })
  children(@Root() d: Direction, @Ctx() { loaders }: Context): Promise<Direction[]> {
    return loaders.childDirections.load(d.id)
  }

  @FieldResolver(() => [Indicator], { description: 'Показатели направления' })
  indicators(@Root() d: Direction, @Ctx() { loaders }: Context): Promise<Indicator[]> {
    return loaders.indicatorsOfDirection.load(d.id)
  }

  @FieldResolver(() => [Measure], { description: 'Мероприятия направления' })
  measures(@Root() d: Direction, @Ctx() { loaders }: Context): Promise<Measure[]> {
    return loaders.measuresOfDirection.load(d.id)
  }

  @FieldResolver(() => [ExpectedResult], { description: 'Ожидаемые результаты по годам' })
  expectedResults(@Root() d: Direction, @Ctx() { loaders }: Context): Promise<ExpectedResult[]> {
    return loaders.expectedResultsOfDirection.load(d.id)
  }
}

export async function directionOrThrow(em: Context['em'], actor: Context['actor'], id: number): Promise<Direction> {
  const row = await em.findOne(Direction, { id }, { populate: ['roadmap'] })
  if (!row) throw notFound('Направление', id)
  assertMunicipality(actorOrThrow(actor), row.roadmap.municipality.id)
  return row
}
