import { Entity, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Муниципалитет (муниципальный округ, городской округ, район)' })
@Entity({ tableName: 'municipality' })
export class Municipality {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Field(() => String, { description: 'Наименование, например «Балтийский городской округ»' })
  @Property({ type: 'string', unique: true })
  name!: string

  @Field(() => String, { description: 'Субъект РФ, например «Калининградская область»' })
  @Property({ type: 'string' })
  region!: string

  @Field(() => Boolean, { description: 'Синтетические данные для нагрузочных проверок, не из документов' })
  @Property({ type: 'boolean', default: false })
  isSynthetic: boolean = false
}
