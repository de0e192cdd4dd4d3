import type { Rel } from '@mikro-orm/core'
import { Entity, OptionalProps, Enum, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { Role } from '../../domain/enums.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'

@ObjectType({ description: 'Пользователь Ориентира' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'isActive' | 'createdAt' | 'municipality' | 'organization'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Field(() => String, { description: 'Логин' })
  @Property({ type: 'string', unique: true })
  login!: string

  @Field(() => String, { description: 'Имя для отображения' })
  @Property({ type: 'string' })
  name!: string

  @Property({ type: 'string', hidden: true })
  passwordHash!: string

  @Field(() => Role, { description: 'Роль' })
  @Enum({ items: () => Role, type: 'string' })
  role!: Role

  // null: the whole region (an ADMIN, or a MANAGER of the regional ministry).
  @ManyToOne({ entity: () => Municipality, nullable: true, deleteRule: 'cascade' })
  municipality: Rel<Municipality> | null = null

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'cascade' })
  organization: Rel<Organization> | null = null

  @Field(() => Boolean, { description: 'Может входить' })
  @Property({ type: 'boolean' })
  isActive: boolean = true

  @Field(() => Date, { description: 'Создан' })
  @Property({ type: Date })
  createdAt: Date = new Date()
}
