import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import { actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { readValueTable } from './value-table.query.js'
import { ValueTable } from './value-table.type.js'

@Resolver(() => ValueTable)
export class ValueTableResolver {
  @Authorized()
  @Query(() => ValueTable, {
    description:
      'Значения показателей дорожной карты для таблицы, по столбцам: муниципалитета, одной организации или все (школе — свои и муниципалитета). ' +
      'Те же значения, что roadmap { indicators { values } } с теми же аргументами, одним компактным ответом',
  })
  valueTable(
    @Arg('roadmapId', () => Int, { description: 'Дорожная карта' }) roadmapId: number,
    @Ctx() { em, actor }: Context,
    @Arg('organizationId', () => Int, { nullable: true, description: 'Только значения этой организации' }) organizationId?: number | null,
    @Arg('municipalityOnly', () => Boolean, { nullable: true, description: 'Только значения муниципалитета' }) municipalityOnly?: boolean | null,
    @Arg('years', () => [Int], { nullable: true, description: 'Только эти годы' }) years?: number[] | null,
  ): Promise<ValueTable> {
    return readValueTable(em, actorOrThrow(actor), roadmapId, { organizationId: organizationId ?? null, municipalityOnly: municipalityOnly ?? false, years: years ?? null })
  }
}
