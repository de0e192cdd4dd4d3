import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { ApiToken } from '../user/api-token.entity.js'
import { User } from '../user/user.entity.js'
import { AuditEntry } from './audit-entry.entity.js'

export interface Change {
  entityType: string
  entityId: number | null
  action: 'create' | 'update' | 'delete'
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  cell?: { indicatorId: number; scopeId: number; year: number }
  year?: number
}

/** Adds an audit entry to the unit of work; the caller's transaction writes it with the change. */
export function recordChange(em: EntityManager, actor: Actor, change: Change): AuditEntry {
  const entry = em.create(AuditEntry, {
    at: new Date(),
    user: actor.userId ? em.getReference(User, actor.userId) : null,
    apiToken: actor.apiTokenId ? em.getReference(ApiToken, actor.apiTokenId) : null,
    actorName: actor.name,
    source: actor.source,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    indicatorId: change.cell?.indicatorId ?? null,
    scopeId: change.cell?.scopeId ?? null,
    year: change.cell?.year ?? change.year ?? null,
    oldValue: change.before ? JSON.stringify(change.before) : null,
    newValue: change.after ? JSON.stringify(change.after) : null,
  })
  em.persist(entry)
  return entry
}

/** The fields that differ between two snapshots, as before/after pairs for the audit. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {}
  const a: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null
}
