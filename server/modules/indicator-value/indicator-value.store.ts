// The stored rows of a batch of cells, read and written as sets: one SELECT and one multi-row
// upsert per chunk, plain rows in and out. A paste of thousands of cells never hydrates an
// entity, so neither the identity map nor the unit of work's change sets are on its path.
import type { EntityManager } from '@mikro-orm/core'
import { insertRows, joinIntegerTuples, knexOf, runBound, storedDate } from '../audit/bound-query.js'
import { LostRaceError } from '../audit/versioned-write.js'

/** One statement reads or writes at most this many cells: large imports go in several. */
const CHUNK = 1000

export interface CellCoordinates {
  indicatorId: number
  scopeId: number
  year: number
}

/** What a stored row and a row to write both hold beside the cell's coordinates. */
interface CellFields extends CellCoordinates {
  municipalityId: number
  /** Null for the municipality's own row. */
  organizationId: number | null
  target: number | null
  actual: number | null
  note: string | null
  version: number
  updatedAt: Date
}

export interface StoredCell extends CellFields {
  id: number
  /** Read only when asked for (a conflict shows who wrote last). */
  updatedByName?: string | null
}

/** A row to write: its new fields and the version it gets, one above the one it replaces (1 for a new row). */
export interface CellWrite extends CellFields {
  updatedById: number | null
}

type CellKey = string
export const cellKey = (indicatorId: number, scopeId: number, year: number): CellKey => `${indicatorId}:${scopeId}:${year}`
const keyOf = (c: CellCoordinates): CellKey => cellKey(c.indicatorId, c.scopeId, c.year)

const COLUMNS = ['v.id', 'v.indicator_id', 'v.municipality_id', 'v.organization_id', 'v.scope_id', 'v.year', 'v.target', 'v.actual', 'v.note', 'v.version', 'v.updated_at']

/**
 * The stored rows of exactly these cells. `isForWrite` locks them until commit (PostgreSQL, in
 * id order, so two batches never wait for each other crosswise; SQLite has one writer anyway
 * and knex leaves the clause out there); `withAuthor` adds the name of who wrote each last.
 */
export async function readCells(
  em: EntityManager,
  cells: CellCoordinates[],
  { isForWrite = false, withAuthor = false } = {},
): Promise<Map<CellKey, StoredCell>> {
  const stored = new Map<CellKey, StoredCell>()
  for (let start = 0; start < cells.length; start += CHUNK) {
    const chunk = cells.slice(start, start + CHUNK)
    // The exact keys, matched on the unique index: a superset by column would lock rows nobody writes.
    const keys = joinIntegerTuples(em, 'k', ['indicator_id', 'scope_id', 'year'], chunk.map((c) => [c.indicatorId, c.scopeId, c.year]),
      'v.indicator_id = k.indicator_id and v.scope_id = k.scope_id and v.year = k.year')
    const query = knexOf(em)('indicator_value as v')
      .select(COLUMNS)
      .joinRaw(...keys)
      .orderBy('v.id')
    if (withAuthor) query.leftJoin('app_user as u', 'u.id', 'v.updated_by_id').select('u.name as updated_by_name')
    if (isForWrite) query.forUpdate('v')
    for (const r of await runBound(em, query)) {
      const cell = storedCellOf(r)
      stored.set(keyOf(cell), cell)
    }
  }
  return stored
}

const WRITE_COLUMNS = ['indicator_id', 'municipality_id', 'organization_id', 'scope_id', 'year', 'target', 'actual', 'note', 'version', 'updated_by_id', 'updated_at']
const UPSERT_TAIL = `on conflict (indicator_id, scope_id, year) do update set
  target = excluded.target, actual = excluded.actual, note = excluded.note, version = excluded.version,
  updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at
  where indicator_value.version = excluded.version - 1
  returning id, indicator_id, scope_id, year`

/**
 * Inserts the new rows and updates the stored ones in one statement per chunk, each only if its
 * version is still the one the write replaces (a new row: none yet). A row that moved since it was
 * read (a concurrent first insert of the same cell) is left out by the upsert's condition, and the
 * whole attempt is then run again as a lost race. Returns the ids of the written rows by cell.
 */
export async function upsertCells(em: EntityManager, writes: CellWrite[]): Promise<Map<CellKey, number>> {
  const ids = new Map<CellKey, number>()
  // Concurrent inserters of overlapping new cells take them in one order: no deadlock between them.
  const ordered = [...writes].sort((a, b) => a.indicatorId - b.indicatorId || a.scopeId - b.scopeId || a.year - b.year)
  for (let start = 0; start < ordered.length; start += CHUNK) {
    const chunk = ordered.slice(start, start + CHUNK)
    const rows = chunk.map((w) => ({
      indicator_id: w.indicatorId, municipality_id: w.municipalityId, organization_id: w.organizationId, scope_id: w.scopeId, year: w.year,
      target: w.target, actual: w.actual, note: w.note, version: w.version, updated_by_id: w.updatedById, updated_at: storedDate(em, w.updatedAt),
    }))
    const written = await runBound(em, insertRows(em, 'indicator_value', WRITE_COLUMNS, rows, UPSERT_TAIL))
    if (written.length !== chunk.length) throw new LostRaceError()
    for (const r of written) ids.set(cellKey(r.indicator_id as number, r.scope_id as number, r.year as number), r.id as number)
  }
  return ids
}

/** A row as the driver returns it (SQLite keeps datetimes as epoch milliseconds). */
function storedCellOf(r: Record<string, unknown>): StoredCell {
  return {
    id: r.id as number,
    indicatorId: r.indicator_id as number,
    municipalityId: r.municipality_id as number,
    organizationId: r.organization_id as number | null,
    scopeId: r.scope_id as number,
    year: r.year as number,
    target: r.target as number | null,
    actual: r.actual as number | null,
    note: r.note as string | null,
    version: r.version as number,
    updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at as number | string),
    ...('updated_by_name' in r ? { updatedByName: r.updated_by_name as string | null } : {}),
  }
}
