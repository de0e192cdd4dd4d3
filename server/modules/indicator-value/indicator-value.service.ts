// The one way facts and targets are written: the web app, imports and API scripts all come
// here. One transaction, one version check per cell, one audit entry per changed cell.
import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { deviation, valueStatus } from '../../domain/progress.js'
import { checkValue } from '../../domain/value-rules.js'
import { writeProblem } from '../../domain/write-rules.js'
import { DomainError, badInput } from '../../errors.js'
import { diffFields, recordChange } from '../audit/audit.service.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { User } from '../user/user.entity.js'
import { IndicatorValue, MUNICIPALITY_SCOPE } from './indicator-value.entity.js'
import type { IndicatorValueInput } from './indicator-value.inputs.js'

export const MAX_BATCH = 5000

export interface CellProblem {
  index: number
  indicatorId: number
  organizationId: number | null
  year: number
  field: string | null
  message: string
}

type CellKey = string
export const cellKey = (indicatorId: number, scopeId: number, year: number): CellKey => `${indicatorId}:${scopeId}:${year}`
const VALUE_FIELDS = ['target', 'actual', 'note'] as const

/** Every reason a batch would be refused before any write: shape, access, years, value rules. */
export async function checkCells(em: EntityManager, inputs: IndicatorValueInput[], actor: Actor): Promise<{ problems: CellProblem[]; indicatorById: Map<number, Indicator> }> {
  const indicators = await em.find(Indicator, { id: { $in: unique(inputs.map((c) => c.indicatorId)) } }, { populate: ['roadmap'] })
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  const orgIds = unique(inputs.map((c) => c.organizationId).filter((id): id is number => id != null))
  const orgById = new Map((await em.find(Organization, { id: { $in: orgIds } })).map((o) => [o.id, o]))
  return { problems: validateCells(inputs, indicatorById, orgById, actor), indicatorById }
}

export async function saveIndicatorValues(em: EntityManager, inputs: IndicatorValueInput[], actor: Actor, maxBatch = MAX_BATCH): Promise<IndicatorValue[]> {
  if (inputs.length === 0) return []
  if (inputs.length > maxBatch) throw badInput(`Слишком много ячеек в одном пакете: ${inputs.length}, допускается до ${maxBatch}`)
  const { problems, indicatorById } = await checkCells(em, inputs, actor)
  if (problems.length > 0) throw invalidCells(problems)

  try {
    return await em.transactional((tx) => writeCells(tx, inputs, indicatorById, actor))
  } catch (err) {
    // Another writer got between our read and our write: report it as the conflict it is.
    if (err instanceof OptimisticLockError || err instanceof UniqueConstraintViolationException)
      throw await conflictOf(em.fork(), inputs, inputs.map((c) => c.expectedVersion ?? null), indicatorById)
    throw err
  }
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
    const problem = (message: string, field: string | null = null) =>
      problems.push({ index, indicatorId: cell.indicatorId, organizationId, year: cell.year, field, message })
    const indicator = indicatorById.get(cell.indicatorId)
    if (!indicator) return problem(`показатель ${cell.indicatorId} не найден`, 'indicatorId')
    const roadmap = indicator.roadmap
    const municipalityId = roadmap.municipality.id
    if (organizationId !== null) {
      const org = orgById.get(organizationId)
      if (!org) return problem(`организация ${organizationId} не найдена`, 'organizationId')
      if (org.municipality.id !== municipalityId) return problem('организация из другого муниципалитета', 'organizationId')
    }
    const key = cellKey(cell.indicatorId, organizationId ?? MUNICIPALITY_SCOPE, cell.year)
    if (seen.has(key)) return problem('ячейка указана в пакете дважды')
    seen.add(key)
    const firstYear = roadmap.baselineFrom ?? roadmap.periodFrom
    if (!Number.isInteger(cell.year) || cell.year < firstYear || cell.year > roadmap.periodTo)
      return problem(`год ${cell.year} вне лет дорожной карты (${firstYear}–${roadmap.periodTo})`, 'year')
    const denied = writeProblem(actor, {
      municipalityId, organizationId, year: cell.year, lockedYears: roadmap.lockedYears, periodFrom: roadmap.periodFrom, indicatorLevel: indicator.level, touchesTarget: cell.target !== undefined,
      setsTarget: cell.target !== undefined && cell.target !== null,
    })
    if (denied) return problem(denied, cell.target !== undefined ? 'target' : null)
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

function invalidCells(problems: CellProblem[]): DomainError {
  const first = problems[0]
  const more = problems.length > 1 ? ` (и ещё ${problems.length - 1})` : ''
  return badInput(
    `Пакет не записан: ячейка показателя ${first.indicatorId}, ${first.year} год — ${first.message}${more}`,
    { cells: problems },
  )
}

async function writeCells(
  em: EntityManager,
  inputs: IndicatorValueInput[],
  indicatorById: Map<number, Indicator>,
  actor: Actor,
): Promise<IndicatorValue[]> {
  const existing = await loadCells(em, inputs)
  const stale = inputs.filter((cell) => {
    if (cell.expectedVersion == null) return false
    const row = existing.get(cellKey(cell.indicatorId, cell.organizationId ?? MUNICIPALITY_SCOPE, cell.year))
    return (row?.version ?? 0) !== cell.expectedVersion
  })
  if (stale.length > 0) throw await conflictOf(em, stale, stale.map((c) => c.expectedVersion ?? null), indicatorById)

  const now = new Date()
  const written: { row: IndicatorValue; before: Snapshot | null; after: Snapshot }[] = []
  for (const cell of inputs) {
    const scopeId = cell.organizationId ?? MUNICIPALITY_SCOPE
    let row = existing.get(cellKey(cell.indicatorId, scopeId, cell.year))
    const before = row ? snapshot(row) : null
    if (!row) {
      const indicator = indicatorById.get(cell.indicatorId)!
      row = em.create(IndicatorValue, {
        indicator: em.getReference(Indicator, indicator.id),
        municipality: em.getReference(Municipality, indicator.roadmap.municipality.id),
        organization: cell.organizationId ? em.getReference(Organization, cell.organizationId) : null,
        scopeId,
        year: cell.year,
        target: null,
        actual: null,
        note: null,
        updatedAt: now,
      })
    }
    for (const field of VALUE_FIELDS) {
      const value = cell[field]
      if (value !== undefined) (row as unknown as Record<string, unknown>)[field] = field === 'note' ? normalizeNote(value as string | null) : value
    }
    const after = snapshot(row)
    if (before && !diffFields(before, after)) {
      written.push({ row, before, after })
      continue
    }
    row.updatedAt = now
    row.updatedBy = actor.userId ? em.getReference(User, actor.userId) : null
    written.push({ row, before, after })
  }
  await em.flush()

  for (const { row, before, after } of written) {
    const diff = before ? diffFields(before, after) : { before: null, after }
    if (!diff) continue
    recordChange(em, actor, {
      entityType: 'IndicatorValue',
      entityId: row.id,
      action: before ? 'update' : 'create',
      before: diff.before,
      after: diff.after,
      cell: { indicatorId: row.indicator.id, scopeId: row.scopeId, year: row.year },
    })
  }
  await em.flush()
  return written.map((w) => w.row)
}

type Snapshot = { target: number | null; actual: number | null; note: string | null }
const snapshot = (row: IndicatorValue): Snapshot => ({ target: row.target, actual: row.actual, note: row.note })
const normalizeNote = (note: string | null): string | null => (note === null || note.trim() === '' ? null : note.trim())

export async function loadCells(em: EntityManager, cells: IndicatorValueInput[]): Promise<Map<CellKey, IndicatorValue>> {
  const rows = await em.find(IndicatorValue, {
    indicator: { $in: unique(cells.map((c) => c.indicatorId)) },
    year: { $in: unique(cells.map((c) => c.year)) },
    scopeId: { $in: unique(cells.map((c) => c.organizationId ?? MUNICIPALITY_SCOPE)) },
  }, { populate: ['updatedBy'] })
  return new Map(rows.map((r) => [cellKey(r.indicator.id, r.scopeId, r.year), r]))
}

async function conflictOf(em: EntityManager, cells: IndicatorValueInput[], expected: (number | null)[], indicatorById: Map<number, Indicator>): Promise<DomainError> {
  const current = await loadCells(em, cells)
  const details = cells.map((cell, i) => {
    const row = current.get(cellKey(cell.indicatorId, cell.organizationId ?? MUNICIPALITY_SCOPE, cell.year))
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
      updatedBy: row?.updatedBy?.name ?? null,
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
