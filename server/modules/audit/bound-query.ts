// Batches of thousands of rows go to the driver with bound parameters. MikroORM's em.execute()
// writes every parameter into the SQL text first (platform.formatQuery), which for a 1000-cell
// batch is some 15 000 values escaped in JavaScript and parsed back by the database.
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
 * The rows of a batch: the columns each row has its own value of (each row an array in their
 * order), and the values every row shares (its author, its time), bound once instead of repeated
 * in each row.
 */
export interface BatchRows {
  columns: readonly string[]
  rows: unknown[][]
  shared?: Record<string, unknown>
}

/**
 * `insert into table (columns) select … ` from the rows passed as one JSON parameter, followed by
 * `tail` (an upsert clause, returning). One bound text instead of a parameter per value: binding
 * the 13 000 values of a 1000-row batch one by one is most of the driver's time, and knex's own
 * multi-row insert on SQLite is a compound SELECT that stops at 500 rows. `where true` lets SQLite
 * read an upsert clause after a SELECT.
 */
export function insertRows(em: EntityManager, table: string, batch: BatchRows, tail = ''): Knex.Raw {
  const [source, bindings] = rowSource(em, table, batch)
  const columns = [...Object.keys(batch.shared ?? {}), ...batch.columns].join(', ')
  return knexOf(em).raw(`insert into ${table} (${columns}) select ${columns} from ${source} where true ${tail}`, bindings)
}

/**
 * `update table set … ` from the rows passed as one JSON parameter (as insertRows takes them, the
 * columns starting with `id`), each row applied to the stored row of its id where `condition`
 * (on `table` and the new row `w`) holds. Answers the ids of the rows it updated.
 */
export function updateRows(em: EntityManager, table: string, batch: BatchRows, condition: string): Knex.Raw {
  const [source, bindings] = rowSource(em, table, batch)
  const set = [...Object.keys(batch.shared ?? {}), ...batch.columns].filter((c) => c !== 'id').map((c) => `${c} = w.${c}`).join(', ')
  return knexOf(em).raw(`update ${table} set ${set} from ${source} where ${table}.id = w.id and ${condition} returning ${table}.id`, bindings)
}

/**
 * The rows as a table `w`, and what it binds. Each engine unpacks JSON its own way: PostgreSQL
 * objects keyed by column into the table's row type (the shared values in each: a bare parameter
 * there has no type); SQLite arrays by position (an object's keys are looked up in its text once
 * per column, an array's items are not), the shared values as parameters of their own, which
 * spares the JSON a third of a 1000-row audit insert's time.
 */
function rowSource(em: EntityManager, table: string, { columns, rows, shared = {} }: BatchRows): [string, unknown[]] {
  const sharedColumns = Object.keys(shared)
  if (knexOf(em).client.dialect === 'postgresql') {
    const objects = rows.map((row) => {
      const object: Record<string, unknown> = { ...shared }
      for (let k = 0; k < columns.length; k++) object[columns[k]] = row[k]
      return object
    })
    return [`json_populate_recordset(null::${table}, ?) as w`, [JSON.stringify(objects)]]
  }
  const items = [...sharedColumns.map((c) => `? as ${c}`), ...columns.map((c, k) => `value ->> ${k} as ${c}`)].join(', ')
  return [`(select ${items} from json_each(?)) as w`, [...sharedColumns.map((c) => shared[c]), JSON.stringify(rows)]]
}

/**
 * A join to the integer tuples passed as one JSON parameter (arrays in `columns`' order), as
 * `alias` with those columns and `i`, the tuple's position (from 0): the exact keys of a batch
 * matched on an index, one bound text instead of three parameters a key.
 */
export function joinIntegerTuples(em: EntityManager, alias: string, columns: readonly string[], tuples: number[][], on: string): [string, unknown[]] {
  const isPostgres = knexOf(em).client.dialect === 'postgresql'
  const items = columns.map((c, k) => (isPostgres ? `(value ->> ${k})::integer as ${c}` : `value ->> ${k} as ${c}`)).join(', ')
  const source = isPostgres
    ? `select (n - 1)::integer as i, ${items} from json_array_elements(cast(? as json)) with ordinality as e(value, n)`
    : `select key as i, ${items} from json_each(?)`
  return [`join (${source}) as ${alias} on ${on}`, [JSON.stringify(tuples)]]
}
