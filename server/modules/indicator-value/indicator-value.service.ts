// The one way facts and targets are written: the web app, imports and API scripts all come
// here. One transaction, one version check per cell, one audit entry per changed cell.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { deviation, valueStatus } from '../../domain/progress.js'
import { checkValue } from '../../domain/value-rules.js'
import { accessProblem, cellStateProblem } from '../../domain/write-rules.js'
import { DomainError, badInput } from '../../errors.js'
import { diffFields, insertChanges, type Change } from '../audit/audit.service.js'
import { writeVersioned } from '../audit/versioned-write.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { MUNICIPALITY_SCOPE } from './indicator-value.entity.js'
import type { IndicatorValueInput } from './indicator-value.inputs.js'
import { IndicatorValueRow } from './indicator-value.row.js'
import { cellKey, readCells, upsertCells, type CellWrite, type StoredCell } from './indicator-value.store.js'

export { cellKey }

export const MAX_BATCH = 5000

export interface CellProblem {
  index: number
  indicatorId: number
  organizationId: number | null
  year: number
  field: string | null
  message: string
  /** FORBIDDEN when the writer may not touch the cell at all; BAD_USER_INPUT otherwise. */
  code: 'FORBIDDEN' | 'BAD_USER_INPUT'
}

type CellKey = string
const VALUE_FIELDS = ['target', 'actual', 'note'] as const

/** Every reason a batch would be refused before any write: shape, access, years, value rules. */
export async function checkCells(em: EntityManager, inputs: IndicatorValueInput[], actor: Actor): Promise<{ problems: CellProblem[]; indicatorById: Map<number, Indicator> }> {
  const indicators = await em.find(Indicator, { id: { $in: unique(inputs.map((c) => c.indicatorId)) } }, { populate: ['roadmap'] })
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  const orgIds = unique(inputs.map((c) => c.organizationId).filter((id): id is number => id != null))
  const orgById = new Map((await em.find(Organization, { id: { $in: orgIds } })).map((o) => [o.id, o]))
  return { problems: validateCells(inputs, indicatorById, orgById, actor), indicatorById }
}

export async function saveIndicatorValues(em: EntityManager, inputs: IndicatorValueInput[], actor: Actor, maxBatch = MAX_BATCH): Promise<IndicatorValueRow[]> {
  if (inputs.length === 0) return []
  if (inputs.length > maxBatch) throw badInput(`Слишком много ячеек в одном пакете: ${inputs.length}, допускается до ${maxBatch}`)
  const { problems, indicatorById } = await checkCells(em, inputs, actor)
  if (problems.length > 0) throw invalidCells(problems)

  // A fresh fork: the transaction's flush then has no entities of the checks to look over.
  return writeVersioned(
    em.fork(),
    (tx) => writeCells(tx, inputs, indicatorById, actor),
    () => conflictOf(em.fork(), inputs, inputs.map((c) => c.expectedVersion ?? null), indicatorById),
  )
}

function validateCells(
  inputs: IndicatorValueInput[],
  indicatorById: Map<number, Indicator>,
  orgById: Map<number, Organization>,
  actor: Actor,
): CellProblem[] {
  const problems: CellProblem[] = []
  const seen = new Set<CellKey>()
  inputs.forEach((cell, index) => {
    const organizationId = cell.organizationId ?? null
    const problem = (message: string, field: string | null = null, code: CellProblem['code'] = 'BAD_USER_INPUT') =>
      problems.push({ index, indicatorId: cell.indicatorId, organizationId, year: cell.year, field, message, code })
    const indicator = indicatorById.get(cell.indicatorId)
    if (!indicator) return problem(`показатель ${cell.indicatorId} не найден`, 'indicatorId')
    const roadmap = indicator.roadmap
    const municipalityId = roadmap.municipality.id
    if (organizationId !== null) {
      const org = orgById.get(organizationId)
      if (!org) return problem(`организация ${organizationId} не найдена`, 'organizationId')
      if (org.municipality.id !== municipalityId) return problem('организация из другого муниципалитета', 'organizationId')
    }
    const touchesTarget = cell.target !== undefined
    const denied = accessProblem(actor, { municipalityId, organizationId, touchesTarget })
    if (denied) return problem(denied, touchesTarget ? 'target' : null, 'FORBIDDEN')
    const key = cellKey(cell.indicatorId, organizationId ?? MUNICIPALITY_SCOPE, cell.year)
    if (seen.has(key)) return problem('ячейка указана в пакете дважды')
    seen.add(key)
    const firstYear = roadmap.baselineFrom ?? roadmap.periodFrom
    if (!Number.isInteger(cell.year) || cell.year < firstYear || cell.year > roadmap.periodTo)
      return problem(`год ${cell.year} вне лет дорожной карты (${firstYear}–${roadmap.periodTo})`, 'year')
    const closed = cellStateProblem({
      municipalityId, organizationId, year: cell.year, lockedYears: roadmap.lockedYears, periodFrom: roadmap.periodFrom,
      indicatorLevel: indicator.level, touchesTarget, setsTarget: cell.target != null,
    })
    if (closed) return problem(closed, cell.target != null && cell.year < roadmap.periodFrom ? 'target' : null)
    if (cell.expectedVersion != null && (!Number.isInteger(cell.expectedVersion) || cell.expectedVersion < 0))
      problem('версия должна быть целым неотрицательным числом', 'expectedVersion')
    for (const field of ['target', 'actual'] as const) {
      const value = cell[field]
      if (value == null) continue
      // A value with more places than the indicator stores is rounded, as the grid does.
      const checked = checkValue(value, indicator)
      if (checked.ok) cell[field] = checked.value
      else problem(`${field === 'target' ? 'план' : 'факт'} ${String(value).replace('.', ',')}: ${checked.message}`, field)
    }
    if (cell.note != null && cell.note.length > 2000) problem('примечание длиннее 2000 знаков', 'note')
  })
  return problems
}

function invalidCells(all: CellProblem[]): DomainError {
  // A cell the writer may not touch makes the whole batch a refusal of access, not a typo.
  const forbiddenCells = all.filter((p) => p.code === 'FORBIDDEN')
  const problems = forbiddenCells.length > 0 ? forbiddenCells : all
  const first = problems[0]
  const more = problems.length > 1 ? ` (и ещё ${problems.length - 1})` : ''
  if (forbiddenCells.length > 0)
    return new DomainError('FORBIDDEN', `Пакет не записан: нет прав на ячейку показателя ${first.indicatorId}, ${first.year} год — ${first.message}${more}`, { cells: problems })
  return badInput(
    `Пакет не записан: ячейка показателя ${first.indicatorId}, ${first.year} год — ${first.message}${more}`,
    { cells: problems },
  )
}

/**
 * The batch as sets: one locked read of its rows, the version checks and diffs in memory, one
 * guarded write of the changed rows and one insert of their audit entries. A cell whose fields
 * do not change is not written: its version and its «who and when» stay as they were.
 */
async function writeCells(
  em: EntityManager,
  inputs: IndicatorValueInput[],
  indicatorById: Map<number, Indicator>,
  actor: Actor,
): Promise<IndicatorValueRow[]> {
  const stored = await readCells(em, inputs.map(coordinatesOf), { isForWrite: true })
  const stale = inputs.filter((cell, i) => cell.expectedVersion != null && (stored[i]?.version ?? 0) !== cell.expectedVersion)
  if (stale.length > 0) throw await conflictOf(em, stale, stale.map((c) => c.expectedVersion ?? null), indicatorById)

  const now = new Date()
  const planned = inputs.map((cell, i) => planWrite(cell, stored[i], indicatorById.get(cell.indicatorId)!))
  const ids = await upsertCells(em, planned.flatMap((plan) => (plan ? [plan.write] : [])), { updatedById: actor.userId, updatedAt: now })

  const changes: Change[] = []
  const rows = inputs.map((cell, i) => {
    const indicator = indicatorById.get(cell.indicatorId)!
    const plan = planned[i]
    if (!plan) return rowOf(cell, stored[i]!, stored[i]!.id, stored[i]!.updatedAt, indicator)
    const { write, diff } = plan
    const id = write.id ?? ids.get(cellKey(write.indicatorId, write.scopeId, write.year))!
    changes.push({
      entityType: 'IndicatorValue', entityId: id, action: write.id === null ? 'create' : 'update', before: diff.before, after: diff.after,
      cell: { indicatorId: write.indicatorId, scopeId: write.scopeId, year: write.year },
    })
    return rowOf(cell, write, id, now, indicator)
  })
  await insertChanges(em, actor, changes, now)
  return rows
}

type Snapshot = { target: number | null; actual: number | null; note: string | null }
/** A changed cell's write and its audit diff. */
type Planned = { write: CellWrite; diff: { before: Partial<Snapshot> | null; after: Partial<Snapshot> } }
const EMPTY: Snapshot = { target: null, actual: null, note: null }

/** The cell's write over its stored row (if any), or null when none of its fields changes. */
function planWrite(cell: IndicatorValueInput, row: StoredCell | undefined, indicator: Indicator): Planned | null {
  const before: Snapshot | null = row ? { target: row.target, actual: row.actual, note: row.note } : null
  const after: Snapshot = { ...(before ?? EMPTY) }
  for (const field of VALUE_FIELDS) {
    const value = cell[field]
    if (value !== undefined) (after as Record<string, unknown>)[field] = field === 'note' ? normalizeNote(value as string | null) : value
  }
  const diff = before ? diffFields(before, after) : { before: null, after }
  if (!diff) return null
  const organizationId = cell.organizationId ?? null
  const write: CellWrite = {
    id: row?.id ?? null, indicatorId: cell.indicatorId, municipalityId: indicator.roadmap.municipality.id, organizationId,
    scopeId: organizationId ?? MUNICIPALITY_SCOPE, year: cell.year, target: after.target, actual: after.actual, note: after.note,
    version: (row?.version ?? 0) + 1,
  }
  return { write, diff }
}

const normalizeNote = (note: string | null): string | null => (note === null || note.trim() === '' ? null : note.trim())
const coordinatesOf = (cell: IndicatorValueInput) => ({ indicatorId: cell.indicatorId, scopeId: cell.organizationId ?? MUNICIPALITY_SCOPE, year: cell.year })

/** What the mutation answers for a cell, with its indicator's rule, so its status needs no lookup. */
function rowOf(cell: IndicatorValueInput, fields: StoredCell | CellWrite, id: number, updatedAt: Date, indicator: Indicator): IndicatorValueRow {
  return new IndicatorValueRow({
    id, year: cell.year, target: fields.target, actual: fields.actual, note: fields.note, version: fields.version, updatedAt,
    indicatorId: cell.indicatorId, organizationId: cell.organizationId ?? null, municipalityId: indicator.roadmap.municipality.id,
    rule: { goodDirection: indicator.goodDirection, tolerance: indicator.tolerance },
  })
}

/** The stored rows of these cells, as they are now, in their order (undefined where none is stored). */
export function loadCells(em: EntityManager, cells: IndicatorValueInput[]): Promise<(StoredCell | undefined)[]> {
  return readCells(em, cells.map(coordinatesOf))
}

async function conflictOf(em: EntityManager, cells: IndicatorValueInput[], expected: (number | null)[], indicatorById: Map<number, Indicator>): Promise<DomainError> {
  const current = await readCells(em, cells.map(coordinatesOf), { withAuthor: true })
  const details = cells.map((cell, i) => {
    const row = current[i]
    const indicator = indicatorById.get(cell.indicatorId)!
    const facts = { target: row?.target ?? null, actual: row?.actual ?? null, goodDirection: indicator.goodDirection, tolerance: indicator.tolerance }
    return {
      id: row?.id ?? null,
      status: valueStatus(facts),
      deviation: deviation(facts.target, facts.actual),
      indicatorId: cell.indicatorId,
      organizationId: cell.organizationId ?? null,
      year: cell.year,
      expectedVersion: expected[i],
      currentVersion: row?.version ?? 0,
      target: row?.target ?? null,
      actual: row?.actual ?? null,
      note: row?.note ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedByName ?? null,
    }
  })
  return new DomainError(
    'CONFLICT',
    `Пакет не записан: ${details.length === 1 ? 'ячейку' : `${details.length} ячеек`} уже изменил другой пользователь — обновите и выберите значение`,
    { cells: details },
  )
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
