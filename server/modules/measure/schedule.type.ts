import { Field, Int, ObjectType } from 'type-graphql'
import type { Schedule, ScheduleKind } from './schedule.js'

@ObjectType('Schedule', { description: 'Срок мероприятия, разобранный из текста' })
export class ScheduleType implements Schedule {
  @Field(() => String, { description: 'ONCE — один раз, YEARS — годы, ANNUAL — ежегодно, PERMANENT — весь период, EVENT — по событию, UNKNOWN — не разобран' })
  kind!: ScheduleKind

  @Field(() => Int, { nullable: true, description: 'Первый год' })
  yearFrom!: number | null

  @Field(() => Int, { nullable: true, description: 'Последний год' })
  yearTo!: number | null

  @Field(() => [Int], { description: 'Все названные годы' })
  years!: number[]

  @Field(() => [Int], { description: 'Месяцы 1..12' })
  months!: number[]

  @Field(() => String, { nullable: true, description: 'Событие или уточнение из текста' })
  qualifier!: string | null
}
