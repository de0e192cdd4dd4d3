import { Field, InputType, Int } from 'type-graphql'

@InputType({ description: 'Данные дорожной карты; при изменении не указанные поля не меняются' })
export class RoadmapInput {
  @Field(() => String, { nullable: true, description: 'Название' })
  title?: string

  @Field(() => Int, { nullable: true, description: 'Первый год периода' })
  periodFrom?: number

  @Field(() => Int, { nullable: true, description: 'Последний год периода' })
  periodTo?: number

  @Field(() => Int, { nullable: true, description: 'Первый базовый год' })
  baselineFrom?: number | null

  @Field(() => Int, { nullable: true, description: 'Последний базовый год' })
  baselineTo?: number | null

  @Field(() => String, { nullable: true, description: 'Номер утверждающего документа' })
  approvalNumber?: string | null

  @Field(() => String, { nullable: true, description: 'Дата утверждающего документа, ГГГГ-ММ-ДД' })
  approvalDate?: string | null

  @Field(() => String, { nullable: true, description: 'Утвердивший орган' })
  approvalBody?: string | null

  @Field(() => [Int], { nullable: true, description: 'Закрытые отчётные годы (меняет только администратор)' })
  lockedYears?: number[]
}

@InputType({ description: 'Новая дорожная карта' })
export class CreateRoadmapInput extends RoadmapInput {
  @Field(() => Int, { description: 'Муниципалитет' })
  municipalityId!: number
}
