import { Field, InputType, Int } from 'type-graphql'
import { DirectionKind } from '../../domain/enums.js'
import { DirectionPart } from './direction-part.type.js'

@InputType({ description: 'Данные направления; при изменении не указанные поля не меняются' })
export class DirectionInput {
  @Field(() => String, { nullable: true, description: 'Код' })
  code?: string

  @Field(() => String, { nullable: true, description: 'Наименование' })
  title?: string

  @Field(() => DirectionKind, { nullable: true, description: 'Уровень' })
  kind?: DirectionKind

  @Field(() => [DirectionPart], { nullable: true, description: 'Текстовые части' })
  parts?: DirectionPart[]
}

@InputType({ description: 'Новое направление' })
export class CreateDirectionInput extends DirectionInput {
  @Field(() => Int, { description: 'Дорожная карта' })
  roadmapId!: number

  @Field(() => Int, { nullable: true, description: 'Родительское направление; не указано — верхний уровень' })
  parentId?: number | null
}
