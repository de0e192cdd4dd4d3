import { Field, InputType, Int } from 'type-graphql'
import { MeasureStatusKind } from '../../domain/enums.js'

@InputType({ description: 'Отбор мероприятий' })
export class MeasureFilter {
  @Field(() => Int, { nullable: true, description: 'Муниципалитет' })
  municipalityId?: number | null

  @Field(() => Int, { nullable: true, description: 'Дорожная карта' })
  roadmapId?: number | null

  @Field(() => Int, { nullable: true, description: 'Направление (со всеми подразделами)' })
  directionId?: number | null

  @Field(() => Int, { nullable: true, description: 'Год: мероприятия, запланированные на этот год; с overdue — просроченные за этот год' })
  year?: number | null

  @Field(() => Boolean, { nullable: true, description: 'true — только просроченные, false — только не просроченные' })
  overdue?: boolean | null
}

@InputType({ description: 'Данные мероприятия; при изменении не указанные поля не меняются' })
export class MeasureInput {
  @Field(() => String, { nullable: true, description: 'Номер' })
  code?: string

  @Field(() => String, { nullable: true, description: 'Текст' })
  text?: string

  @Field(() => String, { nullable: true, description: 'Срок дословно; разбирается в расписание' })
  deadlineText?: string

  @Field(() => String, { nullable: true, description: 'Ответственные дословно; разбираются по участникам' })
  responsibleText?: string

  @Field(() => String, { nullable: true, description: 'Ожидаемый результат' })
  expectedResult?: string | null
}

@InputType({ description: 'Новое мероприятие' })
export class CreateMeasureInput extends MeasureInput {
  @Field(() => Int, { description: 'Направление' })
  directionId!: number
}

@InputType({ description: 'Статус мероприятия за год' })
export class MeasureStatusInput {
  @Field(() => Int, { description: 'Мероприятие' })
  measureId!: number

  @Field(() => Int, { description: 'Год' })
  year!: number

  @Field(() => MeasureStatusKind, { description: 'Статус' })
  status!: MeasureStatusKind

  @Field(() => String, { nullable: true, description: 'Примечание' })
  note?: string | null

  @Field(() => String, { nullable: true, description: 'Подтверждение' })
  evidence?: string | null

  @Field(() => Int, { nullable: true, description: 'Версия, которую видел клиент (0 — статус ещё не ставился)' })
  expectedVersion?: number | null
}
