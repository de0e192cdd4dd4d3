import { Field, InputType, Int } from 'type-graphql'
import { OrganizationKind } from '../../domain/enums.js'

@InputType({ description: 'Данные организации; при изменении не указанные поля не меняются' })
export class OrganizationInput {
  @Field(() => String, { nullable: true, description: 'Полное наименование' })
  name?: string

  @Field(() => String, { nullable: true, description: 'Краткое наименование' })
  shortName?: string

  @Field(() => OrganizationKind, { nullable: true, description: 'Вид' })
  kind?: OrganizationKind

  @Field(() => [String], { nullable: true, description: 'Другие написания' })
  aliases?: string[]
}

@InputType({ description: 'Новая организация' })
export class CreateOrganizationInput extends OrganizationInput {
  @Field(() => Int, { description: 'Муниципалитет' })
  municipalityId!: number
}
