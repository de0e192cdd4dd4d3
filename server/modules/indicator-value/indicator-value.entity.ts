import type { Rel } from '@mikro-orm/core'
import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, Unique } from '../../mikro-orm.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { User } from '../user/user.entity.js'

/** The municipality's own row has scopeId 0; an organisation's row has its id. */
export const MUNICIPALITY_SCOPE = 0

// GraphQL shows a value as IndicatorValueRow (indicator-value.row.ts), never this entity.
@Entity({ tableName: 'indicator_value' })
// A nullable organisation cannot carry a unique key (NULLs never collide), hence scopeId.
@Unique({ properties: ['indicator', 'scopeId', 'year'] })
@Index({ properties: ['municipality', 'year'] })
// BI pages of a municipality in id order (indicator-value.query.ts).
@Index({ properties: ['municipality', 'id'] })
export class IndicatorValue {
  [OptionalProps]?: 'version' | 'updatedAt' | 'target' | 'actual' | 'note' | 'organization' | 'updatedBy'

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

  @Property({ type: 'integer' })
  year!: number

  @Property({ type: 'double', nullable: true })
  target: number | null = null

  @Property({ type: 'double', nullable: true })
  actual: number | null = null

  @Property({ type: 'text', nullable: true })
  note: string | null = null

  // MikroORM bumps it on every update and refuses a write whose version moved underneath.
  @Property({ type: 'integer', version: true })
  version: number = 1

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  updatedBy: Rel<User> | null = null

  @Property({ type: Date })
  updatedAt: Date = new Date()
}
