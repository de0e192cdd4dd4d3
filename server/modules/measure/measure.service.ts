import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import type { MeasureStatusKind } from '../../domain/enums.js'
import { assertMunicipality } from '../../auth/access.js'
import { overdueYears, isScheduledIn } from '../../domain/overdue.js'
import { DomainError, badInput, notFound } from '../../errors.js'
import { decodeCursor, pageSize, toPage, type Page } from '../../graphql/connection.js'
import { diffFields, recordChange } from '../audit/audit.service.js'
import { FOR_WRITE, writeVersioned } from '../audit/versioned-write.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { directionSubtreeIds } from '../direction/direction.service.js'
import { User } from '../user/user.entity.js'
import { MeasureStatus } from './measure-status.entity.js'
import { Measure } from './measure.entity.js'
import type { MeasureFilter, MeasureStatusInput } from './measure.inputs.js'
import { parseResponsible } from './responsible-parser.js'

/** The parsed form stored beside the verbatim responsible text (the deadline's schedule is read from its text). */
export function parsedMeasureFields(responsibleText: string) {
  return { responsibleParties: parseResponsible(responsibleText) }
}

export async function queryMeasures(
  em: EntityManager,
  actor: Actor,
  filter: MeasureFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  today = new Date(),
): Promise<Page<Measure>> {
  const size = pageSize(first)
  const where: Record<string, unknown> = {}
  const roadmapWhere: Record<string, unknown> = {}
  if (actor.municipalityId !== null) roadmapWhere.municipality = actor.municipalityId
  if (filter.municipalityId != null) {
    if (actor.municipalityId !== null && filter.municipalityId !== actor.municipalityId) return toPage([], size, 0)
    roadmapWhere.municipality = filter.municipalityId
  }
  if (filter.roadmapId != null) roadmapWhere.id = filter.roadmapId
  if (Object.keys(roadmapWhere).length) where.roadmap = roadmapWhere
  if (filter.directionId != null) where.direction = { $in: await directionSubtreeIds(em, filter.directionId) }
  // Overdue depends on today and the per-year statuses, so it is computed here, not in SQL;
  // a region holds a few thousand measures, which is cheap to walk.
  const measures = await em.find(Measure, where as FilterQuery<Measure>, { orderBy: { id: 'asc' }, populate: ['roadmap'] })
  const statuses = await em.find(MeasureStatus, { measure: { $in: measures.map((m) => m.id) } })
  const byMeasure = new Map<number, MeasureStatus[]>()
  for (const s of statuses) byMeasure.set(s.measure.id, [...(byMeasure.get(s.measure.id) ?? []), s])
  const matching = measures.filter((m) => {
    const period = m.roadmap
    if (filter.year != null && !isScheduledIn(m.schedule, filter.year, period)) return false
    if (filter.overdue != null) {
      const years = overdueYears(m.schedule, byMeasure.get(m.id) ?? [], period, today)
      const isOverdue = filter.year != null ? years.includes(filter.year) : years.length > 0
      if (isOverdue !== filter.overdue) return false
    }
    return true
  })
  const afterId = decodeCursor(after)
  const rest = matching.filter((m) => m.id > afterId)
  return toPage(rest.slice(0, size + 1), size, matching.length)
}

export async function setMeasureStatuses(em: EntityManager, actor: Actor, inputs: MeasureStatusInput[]): Promise<MeasureStatus[]> {
  const measures = await em.find(Measure, { id: { $in: inputs.map((i) => i.measureId) } }, { populate: ['roadmap'] })
  const byId = new Map(measures.map((m) => [m.id, m]))
  const seen = new Set<StatusKey>()
  for (const input of inputs) {
    const measure = byId.get(input.measureId)
    if (!measure) throw notFound('Мероприятие', input.measureId)
    assertMunicipality(actor, measure.roadmap.municipality.id)
    // A deadline may fall before the period («Сентябрь 2020 г.» in a 2021–2025 programme); its year must be closable.
    const { periodFrom, periodTo, baselineFrom } = measure.roadmap
    const firstYear = Math.min(baselineFrom ?? periodFrom, ...measure.schedule.years)
    if (input.year < firstYear || input.year > periodTo) throw badInput(`Год ${input.year} вне лет мероприятия (${firstYear}–${periodTo})`)
    const key = statusKey(input.measureId, input.year)
    if (seen.has(key)) throw badInput(`Статус мероприятия ${input.measureId} за ${input.year} год указан в пакете дважды`, { measureId: input.measureId, year: input.year })
    seen.add(key)
    if (input.expectedVersion != null && input.expectedVersion < 0) throw badInput('Версия должна быть целым неотрицательным числом')
  }
  return writeVersioned(em, (tx) => writeStatuses(tx, actor, inputs), async () => {
    const rows = await loadStatuses(em.fork(), inputs)
    return statusConflict(inputs[0], rows.get(statusKey(inputs[0].measureId, inputs[0].year)))
  })
}

type StatusKey = string
const statusKey = (measureId: number, year: number): StatusKey => `${measureId}:${year}`
type StatusFields = { status: MeasureStatusKind; note: string | null; evidence: string | null }
const statusFields = (row: MeasureStatus): StatusFields => ({ status: row.status, note: row.note, evidence: row.evidence })

/** The stored statuses of these measure-years; `isForWrite` locks them for the transaction that replaces them. */
async function loadStatuses(em: EntityManager, inputs: MeasureStatusInput[], { isForWrite = false } = {}): Promise<Map<StatusKey, MeasureStatus>> {
  const where = { measure: { $in: inputs.map((i) => i.measureId) }, year: { $in: inputs.map((i) => i.year) } }
  const rows = isForWrite ? await em.find(MeasureStatus, where, FOR_WRITE) : await em.find(MeasureStatus, where, { populate: ['updatedBy'] })
  return new Map(rows.map((s) => [statusKey(s.measure.id, s.year), s]))
}

async function writeStatuses(tx: EntityManager, actor: Actor, inputs: MeasureStatusInput[]): Promise<MeasureStatus[]> {
  const existing = await loadStatuses(tx, inputs, { isForWrite: true })
  for (const input of inputs) {
    const row = existing.get(statusKey(input.measureId, input.year))
    if (input.expectedVersion == null || (row?.version ?? 0) === input.expectedVersion) continue
    if (row) await tx.populate(row, ['updatedBy'])
    throw statusConflict(input, row)
  }
  const now = new Date()
  const written: { row: MeasureStatus; before: StatusFields | null }[] = []
  for (const input of inputs) {
    let row = existing.get(statusKey(input.measureId, input.year))
    const before = row ? statusFields(row) : null
    row ??= tx.create(MeasureStatus, { measure: tx.getReference(Measure, input.measureId), year: input.year, status: input.status, updatedAt: now })
    row.status = input.status
    if (input.note !== undefined) row.note = input.note?.trim() || null
    if (input.evidence !== undefined) row.evidence = input.evidence?.trim() || null
    written.push({ row, before })
    // An unchanged status is no write: its version and its «who and when» stay as they were.
    if (before && !diffFields(before, statusFields(row))) continue
    row.updatedAt = now
    row.updatedBy = actor.userId ? tx.getReference(User, actor.userId) : null
  }
  await tx.flush()

  for (const { row, before } of written) {
    const after = statusFields(row)
    const diff = before ? diffFields(before, after) : { before: null, after }
    if (diff) recordChange(tx, actor, { entityType: 'MeasureStatus', entityId: row.id, action: before ? 'update' : 'create', before: diff.before, after: diff.after, year: row.year })
  }
  await tx.flush()
  return written.map((w) => w.row)
}

function statusConflict(input: MeasureStatusInput, row: MeasureStatus | undefined): DomainError {
  return new DomainError('CONFLICT', `Статус мероприятия за ${input.year} год уже изменил другой пользователь`, {
    measureId: input.measureId,
    year: input.year,
    expectedVersion: input.expectedVersion ?? null,
    currentVersion: row?.version ?? 0,
    status: row?.status ?? null,
    note: row?.note ?? null,
    evidence: row?.evidence ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy?.name ?? null,
  })
}

export async function setMeasureIndicators(em: EntityManager, actor: Actor, measure: Measure, indicatorIds: number[]): Promise<Measure> {
  const indicators = await em.find(Indicator, { id: { $in: indicatorIds }, roadmap: measure.roadmap })
  const missing = indicatorIds.filter((id) => !indicators.some((i) => i.id === id))
  if (missing.length) throw badInput(`Показатели ${missing.join(', ')} не найдены в дорожной карте мероприятия`)
  await measure.indicators.init()
  const before = measure.indicators.getItems().map((i) => i.id).sort((a, b) => a - b)
  measure.indicators.set(indicators)
  measure.isIndicatorLinkInferred = false // a person chose these links
  const after = indicators.map((i) => i.id).sort((a, b) => a - b)
  if (JSON.stringify(before) !== JSON.stringify(after))
    recordChange(em, actor, { entityType: 'Measure', entityId: measure.id, action: 'update', before: { indicatorIds: before }, after: { indicatorIds: after } })
  await em.flush()
  return measure
}
