import type { Rel } from '@mikro-orm/core'
import { Entity, Index, OptionalProps, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { User } from './user.entity.js'

/** A signed-in browser. The cookie holds the secret; only its SHA-256 is stored. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt'

  @PrimaryKey({ type: 'string' })
  tokenHash!: string

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>

  @Property({ type: Date })
  createdAt: Date = new Date()

  // Expired sessions are deleted at each login; the index finds them.
  @Index()
  @Property({ type: Date })
  expiresAt!: Date
}
