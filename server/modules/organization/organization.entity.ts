import type { Rel } from '@mikro-orm/core'
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { OrganizationKind } from '../../domain/enums.js'
import { Municipality } from '../municipality/municipality.entity.js'

@ObjectType({ description: 'Образовательная организация муниципалитета (ОО, ДОО)' })
@Entity({ tableName: 'organization' })
@Index({ properties: ['municipality', 'name'] })
export class Organization {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' })
  municipality!: Rel<Municipality>

  @Field(() => String, { description: 'Полное наименование' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => String, { description: 'Краткое наименование, например «МБОУ СОШ № 4»' })
  @Property({ type: 'string' })
  shortName!: string

  @Field(() => OrganizationKind, { description: 'Вид организации' })
  @Enum({ items: () => OrganizationKind, type: 'string' })
  kind!: OrganizationKind

  @Field(() => [String], { description: 'Другие написания наименования, встречающиеся в документах' })
  @Property({ type: 'json' })
  aliases: string[] = []
}
