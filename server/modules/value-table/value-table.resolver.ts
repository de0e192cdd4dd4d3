import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql'
import { EDIT_VALUES_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { ValueColumnsInput } from './value-columns.inputs.js'
import { saveValueColumns } from './value-columns.service.js'
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

  @Authorized(...EDIT_VALUES_ROLES)
  @Mutation(() => ValueTable, {
    description:
      'Записать пакет ячеек, заданный по столбцам, — то же, что setIndicatorValues с теми же ячейками (всё или ничего, с проверкой версий, ' +
      'те же ошибки; номер ячейки в ошибке — её номер в столбцах). Возвращает записанные строки по столбцам, в порядке ячеек пакета',
  })
  setValueColumns(
    @Arg('input', () => ValueColumnsInput, { description: 'Ячейки по столбцам' }) input: ValueColumnsInput,
    @Ctx() { em, actor }: Context,
  ): Promise<ValueTable> {
    return saveValueColumns(em, input, actorOrThrow(actor))
  }
}
