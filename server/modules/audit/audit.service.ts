import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { AuditEntry } from './audit-entry.entity.js'
import { insertRows, runBound, storedDate } from './bound-query.js'

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
  const entry = em.create(AuditEntry, entryData(actor, change, new Date()))
  em.persist(entry)
  return entry
}

const INSERT_CHUNK = 1000
/** An entry's own columns; who, when and through what are the batch's (AuditEntry's columns as its migration names them). */
const ENTRY_COLUMNS = ['entity_type', 'entity_id', 'action', 'indicator_id', 'scope_id', 'year', 'old_value', 'new_value']

/**
 * Writes the entries of a batch at once, in the caller's transaction: one multi-row INSERT per
 * thousand, no entities (a paste of thousands of cells has as many entries).
 */
export async function insertChanges(em: EntityManager, actor: Actor, changes: Change[], at: Date): Promise<void> {
  const shared = { at: storedDate(em, at), user_id: actor.userId, api_token_id: actor.apiTokenId, actor_name: actor.name, source: actor.source }
  for (let start = 0; start < changes.length; start += INSERT_CHUNK) {
    const rows = changes.slice(start, start + INSERT_CHUNK).map((change) => {
      const e = entryData(actor, change, at)
      return [e.entityType, e.entityId, e.action, e.indicatorId, e.scopeId, e.year, e.oldValue, e.newValue]
    })
    await runBound(em, insertRows(em, 'audit_entry', { columns: ENTRY_COLUMNS, rows, shared }))
  }
}

function entryData(actor: Actor, change: Change, at: Date) {
  return {
    at,
    user: actor.userId,
    apiToken: actor.apiTokenId,
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
  }
}

/** The fields that differ between two snapshots, as before/after pairs for the audit. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {}
  const a: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!isSameValue(before[key], after[key])) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null
}

/** Equal as the audit writes them (JSON): a primitive by value, an object or a list by its JSON text. A paste compares thousands. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
