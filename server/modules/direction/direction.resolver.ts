import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { Direction } from './direction.entity.js'
import { CreateDirectionInput, DirectionInput } from './direction.inputs.js'
import { createDirection, deleteDirection, directionOrThrow, updateDirection } from './direction.service.js'
import { ExpectedResult } from './expected-result.entity.js'

@Resolver(() => Direction)
export class DirectionResolver {
  @Authorized()
  @Query(() => Direction, { description: 'Направление по идентификатору' })
  direction(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Direction> {
    return directionOrThrow(em, actorOrThrow(actor), id)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Direction, { description: 'Добавить направление в конец дорожной карты или родителя' })
  createDirection(@Arg('input', () => CreateDirectionInput, { description: 'Данные' }) input: CreateDirectionInput, @Ctx() { em, actor }: Context): Promise<Direction> {
    return createDirection(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Direction, { description: 'Изменить направление' })
  updateDirection(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Arg('input', () => DirectionInput, { description: 'Данные' }) input: DirectionInput, @Ctx() { em, actor }: Context): Promise<Direction> {
    return updateDirection(em, actorOrThrow(actor), id, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить направление с подразделами, показателями и мероприятиями' })
  deleteDirection(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    return deleteDirection(em, actorOrThrow(actor), id)
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
