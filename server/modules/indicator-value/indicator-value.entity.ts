import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core'
import { Field, Float, Int, ObjectType } from 'type-graphql'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { User } from '../user/user.entity.js'

/** The municipality's own row has scopeId 0; an organisation's row has its id. */
export const MUNICIPALITY_SCOPE = 0

@ObjectType({ description: 'Значение показателя: план и факт за год для муниципалитета или одной организации' })
@Entity({ tableName: 'indicator_value' })
// A nullable organisation cannot carry a unique key (NULLs never collide), hence scopeId.
@Unique({ properties: ['indicator', 'scopeId', 'year'] })
@Index({ properties: ['municipality', 'year'] })
export class IndicatorValue {
  [OptionalProps]?: 'version' | 'updatedAt' | 'target' | 'actual' | 'note' | 'organization' | 'updatedBy'

  @Field(() => Int, { description: 'Идентификатор строки; порядок по нему стабилен для постраничной выгрузки' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Indicator, deleteRule: 'cascade' })
  indicator!: Rel<Indicator>

  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' })
  municipality!: Rel<Municipality>

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'cascade' })
  organization: Rel<Organization> | null = null

  @Property({ type: 'integer' })
  scopeId!: number

  @Field(() => Int, { description: 'Год' })
  @Property({ type: 'integer' })
  year!: number

  @Field(() => Float, { nullable: true, description: 'План (целевое значение); пусто — плана нет' })
  @Property({ type: 'double', nullable: true })
  target: number | null = null

  @Field(() => Float, { nullable: true, description: 'Факт; пусто — нет данных (не ноль)' })
  @Property({ type: 'double', nullable: true })
  actual: number | null = null

  @Field(() => String, { nullable: true, description: 'Примечание, например «не проводился»' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null

  @Field(() => Int, { description: 'Версия строки; растёт при каждом изменении, нужна для expectedVersion' })
  // MikroORM bumps it on every update and refuses a write whose version moved underneath.
  @Property({ type: 'integer', version: true })
  version: number = 1

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  updatedBy: Rel<User> | null = null

  @Field(() => Date, { description: 'Когда изменено' })
  @Property({ type: Date })
  updatedAt: Date = new Date()
}
