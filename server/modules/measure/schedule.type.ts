import { Field, Int, ObjectType } from 'type-graphql'
import type { Schedule, ScheduleKind } from './schedule.js'

@ObjectType('Schedule', { description: 'Срок мероприятия, разобранный из текста' })
export class ScheduleType implements Schedule {
  @Field(() => String, {
    description:
      'ONCE — один раз, YEARS — в названные годы, ANNUAL — ежегодно (в том числе по итогам учебного года и четвертей), CYCLE — раз в несколько лет, PERMANENT — весь период (не просрочивается по дате), EVENT — по событию, UNKNOWN — не разобран',
  })
  kind!: ScheduleKind

  @Field(() => Int, { nullable: true, description: 'Первый год' })
  yearFrom!: number | null

  @Field(() => Int, { nullable: true, description: 'Последний год' })
  yearTo!: number | null

  @Field(() => [Int], { description: 'Все названные годы' })
  years!: number[]

  @Field(() => [Int], { description: 'Месяцы 1..12, названные в тексте' })
  months!: number[]

  @Field(() => [Int], {
    description:
      'Месяцы 1..12, к концу которых мероприятие должно быть выполнено в каждом своём году: «Декабрь Июнь» — 6 и 12, «по итогам учебного года» — 6, «по результатам четверти» — 3, 5, 10, 12; 12, если месяц не назван; пусто, если срока по дате нет',
  })
  dueMonths!: number[]

  @Field(() => Int, { description: 'Для CYCLE — сколько лет длится один круг («1 раз в 3 года» — 3); иначе 1' })
  everyYears!: number

  @Field(() => String, { nullable: true, description: 'Событие или уточнение из текста' })
  qualifier!: string | null
}
