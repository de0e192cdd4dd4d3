// The one way rows with a version (indicator values, measure statuses) are written, so that
// concurrent writers of the same rows neither lose an update nor fail for each other.
import type { EntityManager } from '@mikro-orm/core'
import { DeadlockException, LockMode, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException } from '../../mikro-orm.js'
import type { DomainError } from '../../errors.js'

/**
 * Options for reading the rows a write is about to change, inside its transaction: PostgreSQL
 * locks them (in id order, so two batches never wait for each other crosswise) until commit, so
 * the versions read are the ones the write replaces. SQLite has one writer at a time anyway and
 * its dialect leaves the clause out.
 */
export const FOR_WRITE = { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } } as const

const ATTEMPTS = 5

/** A set-based write found a row moved between its read and its write: the attempt runs again. */
export class LostRaceError extends Error {
  constructor() {
    super('строка изменилась между чтением и записью')
  }
}

/**
 * Runs `work` in one transaction. The work reads its rows locked for the write, compares each
 * expectedVersion with them (a stale one is CONFLICT), and writes each row with its version
 * bumped: MikroORM's `version: true` for entities, the guarded upsert for indicator values. Races a row lock cannot prevent — two first inserts of one key, a
 * deadlock, SQLite busy, a version moved anyway — roll back and run the work again on fresh
 * rows: an unconditional write then goes through, a conditional one finds the new version and
 * reports CONFLICT. Should the races go on past the last attempt, `lostRace` says CONFLICT
 * rather than letting a database error through.
 */
export async function writeVersioned<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>, lostRace: () => Promise<DomainError>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(work)
    } catch (err) {
      if (!isLostRace(err)) throw err
      if (attempt === ATTEMPTS) throw await lostRace()
    }
  }
}

const isLostRace = (err: unknown): boolean =>
  err instanceof LostRaceError ||
  err instanceof UniqueConstraintViolationException ||
  err instanceof DeadlockException ||
  err instanceof LockWaitTimeoutException ||
  err instanceof OptimisticLockError
