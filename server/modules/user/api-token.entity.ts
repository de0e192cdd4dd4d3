import type { Rel } from '@mikro-orm/core'
import { Entity, OptionalProps, Enum, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { Role } from '../../domain/enums.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { User } from './user.entity.js'

@ObjectType({ description: 'Токен API для BI-систем и скриптов; секрет хранится только в виде хеша' })
@Entity({ tableName: 'api_token' })
export class ApiToken {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'municipality' | 'createdBy'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Field(() => String, { description: 'Название, например «Power BI министерства»' })
  @Property({ type: 'string' })
  name!: string

  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string

  @Field(() => String, { description: 'Начало секрета, чтобы узнать токен в списке' })
  @Property({ type: 'string' })
  prefix!: string

  @Field(() => Role, { description: 'Роль токена (только чтение)' })
  @Enum({ items: () => Role, type: 'string' })
  role!: Role

  @ManyToOne({ entity: () => Municipality, nullable: true, deleteRule: 'cascade' })
  municipality: Rel<Municipality> | null = null

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: Rel<User> | null = null

  @Field(() => Date, { description: 'Создан' })
  @Property({ type: Date })
  createdAt: Date = new Date()

  @Field(() => Date, { nullable: true, description: 'Последнее использование' })
  @Property({ type: Date, nullable: true })
  lastUsedAt: Date | null = null

  @Field(() => Date, { nullable: true, description: 'Отозван; отозванный токен не принимается' })
  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null
}
