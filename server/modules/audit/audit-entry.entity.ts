import type { Rel } from '@mikro-orm/core'
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { ChangeSource } from '../../domain/enums.js'
import { User } from '../user/user.entity.js'
import { ApiToken } from '../user/api-token.entity.js'

@ObjectType({ description: 'Запись журнала изменений: кто, когда, что было и что стало' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['indicatorId', 'scopeId', 'year'] })
export class AuditEntry {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Field(() => Date, { description: 'Когда' })
  @Property({ type: Date })
  at: Date = new Date()

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  user: Rel<User> | null = null

  @ManyToOne({ entity: () => ApiToken, nullable: true, deleteRule: 'set null' })
  apiToken: Rel<ApiToken> | null = null

  @Field(() => String, { description: 'Кто: имя пользователя или токена' })
  @Property({ type: 'string' })
  actorName!: string

  @Field(() => ChangeSource, { description: 'Через что: веб-приложение, API, импорт' })
  @Enum({ items: () => ChangeSource, type: 'string' })
  source!: ChangeSource

  @Field(() => String, { description: 'Что изменено: IndicatorValue, Indicator, Measure, MeasureStatus …' })
  @Property({ type: 'string' })
  entityType!: string

  @Field(() => Int, { nullable: true, description: 'Идентификатор изменённой записи' })
  @Property({ type: 'integer', nullable: true })
  entityId: number | null = null

  @Field(() => String, { description: 'Действие: create, update, delete' })
  @Property({ type: 'string' })
  action!: string

  // The cell coordinates of a value change, so that one cell's history is one indexed read.
  @Property({ type: 'integer', nullable: true })
  indicatorId: number | null = null

  @Property({ type: 'integer', nullable: true })
  scopeId: number | null = null

  @Field(() => Int, { nullable: true, description: 'Год (для значений показателей и статусов мероприятий)' })
  @Property({ type: 'integer', nullable: true })
  year: number | null = null

  @Field(() => String, { nullable: true, description: 'Было (JSON изменённых полей)' })
  @Property({ type: 'text', nullable: true })
  oldValue: string | null = null

  @Field(() => String, { nullable: true, description: 'Стало (JSON изменённых полей)' })
  @Property({ type: 'text', nullable: true })
  newValue: string | null = null
}
