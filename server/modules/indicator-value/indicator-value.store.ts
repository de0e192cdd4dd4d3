// The stored rows of a batch of cells, read and written as sets: one SELECT, one multi-row
// UPDATE of the stored rows and one multi-row INSERT of the new ones per chunk, plain rows in and
// out. A paste of thousands of cells never hydrates an entity, so neither the identity map nor
// the unit of work's change sets are on its path.
import type { EntityManager } from '@mikro-orm/core'
import { insertRows, joinIntegerTuples, knexOf, runBound, storedDate, updateRows } from '../audit/bound-query.js'
import { LostRaceError } from '../audit/versioned-write.js'

/** One statement reads or writes at most this many cells: large imports go in several. */
const CHUNK = 1000

export interface CellCoordinates {
  indicatorId: number
  scopeId: number
  year: number
}

/** A cell's stored fields, without its coordinates: those are the cell's that asked for it. */
export interface StoredCell {
  id: number
  target: number | null
  actual: number | null
  note: string | null
  version: number
  updatedAt: Date
  /** Read only when asked for (a conflict shows who wrote last). */
  updatedByName?: string | null
}

/** A row to write: its new fields and the version it gets, one above the one it replaces (1 for a new row); its author and time are the batch's. */
export interface CellWrite extends CellCoordinates {
  /** The stored row this write replaces; none for a new row. */
  id: number | null
  municipalityId: number
  /** Null for the municipality's own row. */
  organizationId: number | null
  target: number | null
  actual: number | null
  note: string | null
  version: number
}

type CellKey = string
export const cellKey = (indicatorId: number, scopeId: number, year: number): CellKey => `${indicatorId}:${scopeId}:${year}`

const COLUMNS = ['k.i', 'v.id', 'v.target', 'v.actual', 'v.note', 'v.version', 'v.updated_at']

/**
 * The stored rows of exactly these cells, in their order: the i-th is the i-th cell's row, or
 * undefined when it has none. The cells' coordinates are not read back: the driver turns every
 * column of every row into JavaScript, and a cell is found by its position. `isForWrite` locks
 * the rows until commit (PostgreSQL, in id order, so two batches never wait for each other
 * crosswise; SQLite has one writer anyway and locks nothing); `withAuthor` adds the name of who
 * wrote each last.
 */
export async function readCells(
  em: EntityManager,
  cells: CellCoordinates[],
  { isForWrite = false, withAuthor = false } = {},
): Promise<(StoredCell | undefined)[]> {
  const stored = new Array<StoredCell | undefined>(cells.length)
  const locksRows = isForWrite && knexOf(em).client.dialect === 'postgresql'
  for (let start = 0; start < cells.length; start += CHUNK) {
    const chunk = cells.slice(start, start + CHUNK)
    // The exact keys, matched on the unique index: a superset by column would lock rows nobody writes.
    const keys = joinIntegerTuples(em, 'k', ['indicator_id', 'scope_id', 'year'], chunk.map((c) => [c.indicatorId, c.scopeId, c.year]),
      'v.indicator_id = k.indicator_id and v.scope_id = k.scope_id and v.year = k.year')
    const query = knexOf(em)('indicator_value as v').select(COLUMNS).joinRaw(...keys)
    if (withAuthor) query.leftJoin('app_user as u', 'u.id', 'v.updated_by_id').select('u.name as updated_by_name')
    if (locksRows) query.forUpdate('v').orderBy('v.id')
    for (const r of await runBound(em, query)) stored[start + (r.i as number)] = storedCellOf(r)
  }
  return stored
}

const INSERT_COLUMNS = ['indicator_id', 'municipality_id', 'organization_id', 'scope_id', 'year', 'target', 'actual', 'note', 'version']
const INSERT_TAIL = `on conflict (indicator_id, scope_id, year) do nothing returning id, indicator_id, scope_id, year`
const UPDATE_COLUMNS = ['id', 'target', 'actual', 'note', 'version']

/**
 * Writes the rows of one author at one time, each only if it is still as it was read: a stored
 * row is updated by its id where its version is still the one the write replaces, a new row is
 * inserted where no row of its cell is yet. One statement per chunk of each. A row that moved
 * since it was read (a concurrent first insert of the same cell, a version changed anyway) is
 * left out by these conditions, and the whole attempt is then run again as a lost race. Returns
 * the ids of the inserted rows by cell.
 */
export async function upsertCells(em: EntityManager, writes: CellWrite[], author: { updatedById: number | null; updatedAt: Date }): Promise<Map<CellKey, number>> {
  const shared = { updated_by_id: author.updatedById, updated_at: storedDate(em, author.updatedAt) }
  const updates = writes.filter((w) => w.id !== null)
  for (let start = 0; start < updates.length; start += CHUNK) {
    const chunk = updates.slice(start, start + CHUNK)
    const rows = chunk.map((w) => [w.id, w.target, w.actual, w.note, w.version])
    const written = await runBound(em, updateRows(em, 'indicator_value', { columns: UPDATE_COLUMNS, rows, shared }, 'indicator_value.version = w.version - 1'))
    if (written.length !== chunk.length) throw new LostRaceError()
  }

  const ids = new Map<CellKey, number>()
  // Concurrent inserters of overlapping new cells take them in one order: no deadlock between them.
  const inserts = writes.filter((w) => w.id === null).sort((a, b) => a.indicatorId - b.indicatorId || a.scopeId - b.scopeId || a.year - b.year)
  for (let start = 0; start < inserts.length; start += CHUNK) {
    const chunk = inserts.slice(start, start + CHUNK)
    const rows = chunk.map((w) => [w.indicatorId, w.municipalityId, w.organizationId, w.scopeId, w.year, w.target, w.actual, w.note, w.version])
    const written = await runBound(em, insertRows(em, 'indicator_value', { columns: INSERT_COLUMNS, rows, shared }, INSERT_TAIL))
    if (written.length !== chunk.length) throw new LostRaceError()
    for (const r of written) ids.set(cellKey(r.indicator_id as number, r.scope_id as number, r.year as number), r.id as number)
  }
  return ids
}

/** A row as the driver returns it (SQLite keeps datetimes as epoch milliseconds). */
function storedCellOf(r: Record<string, unknown>): StoredCell {
  return {
    id: r.id as number,
    target: r.target as number | null,
    actual: r.actual as number | null,
    note: r.note as string | null,
    version: r.version as number,
    updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at as number | string),
    ...('updated_by_name' in r ? { updatedByName: r.updated_by_name as string | null } : {}),
  }
}
