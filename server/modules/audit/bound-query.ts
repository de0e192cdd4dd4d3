// Batches of thousands of rows go to the driver with their parameters bound. MikroORM's
// em.execute() writes every parameter into the SQL text first (platform.formatQuery), which for
// a 1000-cell batch is some 15 000 values escaped in JavaScript and parsed back by the database.
import type { EntityManager } from '@mikro-orm/core'
import type { Knex, SqlEntityManager } from '@mikro-orm/knex'

/**
 * Runs a knex query in the entity manager's transaction (if it has one) and returns its rows; a
 * driver error comes back as MikroORM's exception (UniqueConstraintViolationException,
 * DeadlockException …), as writeVersioned expects of a lost race.
 */
export async function runBound(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<Record<string, unknown>[]> {
  const trx = em.getTransactionContext<Knex.Transaction>()
  if (trx) query.transacting(trx)
  try {
    const result: unknown = await query
    // A raw statement answers with the driver's result: rows on SQLite, { rows } on PostgreSQL.
    return (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) ?? []
  } catch (err) {
    throw em.getDriver().convertException(err as Error)
  }
}

export const knexOf = (em: EntityManager): Knex => (em as SqlEntityManager).getKnex()

/** A datetime as the database keeps it: SQLite epoch milliseconds (as the ORM writes them), a Date for PostgreSQL. */
export const storedDate = (em: EntityManager, at: Date): Date | number => em.getPlatform().processDateProperty(at) as Date | number

/**
 * `insert into table (columns) values (?, …), (?, …) …` for these rows, followed by `tail` (an
 * upsert clause, returning). Written out rather than knex's insert, which builds a multi-row
 * insert on SQLite as a compound SELECT and so stops at SQLite's 500 terms.
 */
export function insertRows(em: EntityManager, table: string, columns: readonly string[], rows: unknown[][], tail = ''): Knex.Raw {
  const row = `(${columns.map(() => '?').join(', ')})`
  return knexOf(em).raw(`insert into ${table} (${columns.join(', ')}) values ${Array(rows.length).fill(row).join(', ')} ${tail}`, rows.flat())
}
