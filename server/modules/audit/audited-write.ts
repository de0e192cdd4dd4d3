// Create, update and delete of structure rows (roadmaps, directions, indicators, measures,
// organisations), each with its audit entry in the same flush.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { diffFields, recordChange } from './audit.service.js'

type Row = { id: number } & object

function plain(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
}

/** Runs the writes and their audit entries in one transaction of this entity manager. */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  await em.begin()
  try {
    const result = await work()
    await em.commit()
    return result
  } catch (err) {
    await em.rollback()
    throw err
  }
}

export function createAudited<T extends Row>(em: EntityManager, actor: Actor, entityType: string, row: T, fields: object): Promise<T> {
  return inTransaction(em, async () => {
    em.persist(row)
    await em.flush() // the audit entry needs the new row's id
    recordChange(em, actor, { entityType, entityId: row.id, action: 'create', before: null, after: plain(fields) })
    await em.flush()
    return row
  })
}

/** Applies the fields the client sent (undefined = leave as is) and audits what changed. */
export async function updateAudited<T extends Row>(em: EntityManager, actor: Actor, entityType: string, row: T, patch: object): Promise<T> {
  const changes = plain(patch)
  const target = row as unknown as Record<string, unknown>
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, target[k]]))
  Object.assign(target, changes)
  const diff = diffFields(before, changes)
  if (diff) recordChange(em, actor, { entityType, entityId: row.id, action: 'update', before: diff.before, after: diff.after })
  await em.flush()
  return row
}

export async function deleteAudited<T extends Row>(em: EntityManager, actor: Actor, entityType: string, row: T, snapshot: object): Promise<boolean> {
  recordChange(em, actor, { entityType, entityId: row.id, action: 'delete', before: plain(snapshot), after: null })
  em.remove(row)
  await em.flush()
  return true
}
