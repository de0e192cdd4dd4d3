import { Field, Float, InputType, Int } from 'type-graphql'
import { ValueStatus } from '../../domain/enums.js'

@InputType({ description: 'Одна ячейка для записи: показатель × организация (или муниципалитет) × год' })
export class IndicatorValueInput {
  @Field(() => Int, { description: 'Показатель' })
  indicatorId!: number

  @Field(() => Int, { nullable: true, description: 'Организация; null или не указано — значение муниципалитета' })
  organizationId?: number | null

  @Field(() => Int, { description: 'Год' })
  year!: number

  @Field(() => Float, { nullable: true, description: 'План; не указано — не менять, null — очистить' })
  target?: number | null

  @Field(() => Float, { nullable: true, description: 'Факт; не указано — не менять, null — очистить' })
  actual?: number | null

  @Field(() => String, { nullable: true, description: 'Примечание; не указано — не менять, null — очистить' })
  note?: string | null

  @Field(() => Int, { nullable: true, description: 'Версия, которую видел клиент (0 — ячейка ещё не записывалась); не указано — запись без проверки версии' })
  expectedVersion?: number | null
}

@InputType({ description: 'Отбор строк плоской таблицы фактов' })
export class IndicatorValueFilter {
  @Field(() => Int, { nullable: true, description: 'Муниципалитет' })
  municipalityId?: number | null

  @Field(() => Int, { nullable: true, description: 'Дорожная карта' })
  roadmapId?: number | null

  @Field(() => Int, { nullable: true, description: 'Направление (со всеми подразделами)' })
  directionId?: number | null

  @Field(() => [Int], { nullable: true, description: 'Показатели' })
  indicatorIds?: number[] | null

  @Field(() => [Int], { nullable: true, description: 'Организации (строки муниципалитета в отбор по организациям не входят)' })
  organizationIds?: number[] | null

  @Field(() => Boolean, { nullable: true, description: 'true — только строки муниципалитета, false — только строки организаций' })
  municipalityLevel?: boolean | null

  @Field(() => [Int], { nullable: true, description: 'Годы' })
  years?: number[] | null

  @Field(() => [ValueStatus], { nullable: true, description: 'Статусы относительно плана' })
  status?: ValueStatus[] | null
}
