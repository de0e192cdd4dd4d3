import type { Rel } from '@mikro-orm/core'
import { Entity, OptionalProps, Enum, ManyToOne, PrimaryKey, Property, Unique } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { MeasureStatusKind } from '../../domain/enums.js'
import { User } from '../user/user.entity.js'
import { Measure } from './measure.entity.js'

@ObjectType({ description: 'Статус мероприятия за год с примечанием и подтверждением' })
@Entity({ tableName: 'measure_status' })
@Unique({ properties: ['measure', 'year'] })
export class MeasureStatus {
  [OptionalProps]?: 'version' | 'updatedAt' | 'note' | 'evidence' | 'updatedBy'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Measure, deleteRule: 'cascade' })
  measure!: Rel<Measure>

  @Field(() => Int, { description: 'Год' })
  @Property({ type: 'integer' })
  year!: number

  @Field(() => MeasureStatusKind, { description: 'Статус' })
  @Enum({ items: () => MeasureStatusKind, type: 'string' })
  status!: MeasureStatusKind

  @Field(() => String, { nullable: true, description: 'Примечание' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null

  @Field(() => String, { nullable: true, description: 'Подтверждение выполнения: документ, ссылка' })
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null

  @Field(() => Int, { description: 'Версия записи' })
  // MikroORM bumps it on every update and refuses a write whose version moved underneath.
  @Property({ type: 'integer', version: true })
  version: number = 1

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  updatedBy: Rel<User> | null = null

  @Field(() => Date, { description: 'Когда изменено' })
  @Property({ type: Date })
  updatedAt: Date = new Date()
}
