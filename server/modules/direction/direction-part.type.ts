import { Field, InputType, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Текстовая часть направления или паспорта программы: «Цели:», «Задачи:» … с пунктами по порядку' })
@InputType('DirectionPartInput', { description: 'Текстовая часть направления' })
export class DirectionPart {
  @Field(() => String, { description: 'Ключ части: goals, relevance, tasks, indicators, collection_methods, monitoring, analysis, recommendations, decisions, effectiveness …' })
  key!: string

  @Field(() => String, { description: 'Заголовок части, как в документе' })
  label!: string

  @Field(() => [String], { description: 'Пункты по порядку' })
  items!: string[]
}
