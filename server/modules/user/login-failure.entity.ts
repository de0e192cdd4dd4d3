import { Entity, Index, PrimaryKey, Property } from '../../mikro-orm.js'

/**
 * One failed (or not yet decided) login attempt, counted for its login and for its address.
 * Kept in the database rather than in memory so that every server process on one database
 * sees the same count.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['subject', 'at'] })
export class LoginFailure {
  @PrimaryKey({ type: 'integer' })
  id!: number

  /** «login:ivanova» or «address:192.0.2.7». */
  @Property({ type: 'string', length: 255 })
  subject!: string

  @Property({ type: Date })
  at!: Date
}
