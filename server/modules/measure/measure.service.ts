import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { assertMunicipality } from '../../auth/access.js'
import { overdueYears, isScheduledIn } from '../../domain/overdue.js'
import { DomainError, badInput, notFound } from '../../errors.js'
import { decodeCursor, pageSize, toPage, type Page } from '../../graphql/connection.js'
import { diffFields, recordChange } from '../audit/audit.service.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { directionSubtreeIds } from '../direction/direction.service.js'
import { User } from '../user/user.entity.js'
import { parseDeadline } from './deadline-parser.js'
import { MeasureStatus } from './measure-status.entity.js'
import { Measure } from './measure.entity.js'
import type { MeasureFilter, MeasureStatusInput } from './measure.inputs.js'
import { parseResponsible } from './responsible-parser.js'

/** The parsed forms stored beside the verbatim deadline and responsible texts. */
export function parsedMeasureFields(deadlineText: string, responsibleText: string) {
  const schedule = parseDeadline(deadlineText)
  return { schedule, scheduleKind: schedule.kind, responsibleParties: parseResponsible(responsibleText) }
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
  for (const input of inputs) {
    const measure = byId.get(input.measureId)
    if (!measure) throw notFound('Мероприятие', input.measureId)
    assertMunicipality(actor, measure.roadmap.municipality.id)
    // A deadline may fall before the period («Сентябрь 2020 г.» in a 2021–2025 programme); its year must be closable.
    const { periodFrom, periodTo, baselineFrom } = measure.roadmap
    const firstYear = Math.min(baselineFrom ?? periodFrom, ...measure.schedule.years)
    if (input.year < firstYear || input.year > periodTo) throw badInput(`Год ${input.year} вне лет мероприятия (${firstYear}–${periodTo})`)
  }
  return em.transactional(async (tx) => {
    const existing = await tx.find(MeasureStatus, { measure: { $in: inputs.map((i) => i.measureId) } })
    const result: MeasureStatus[] = []
    for (const input of inputs) {
      let row = existing.find((s) => s.measure.id === input.measureId && s.year === input.year)
      if (input.expectedVersion != null && (row?.version ?? 0) !== input.expectedVersion)
        throw new DomainError('CONFLICT', `Статус мероприятия за ${input.year} год уже изменил другой пользователь`, {
          measureId: input.measureId, year: input.year, currentVersion: row?.version ?? 0, status: row?.status ?? null,
        })
      const before = row ? { status: row.status, note: row.note, evidence: row.evidence } : null
      if (!row) {
        row = tx.create(MeasureStatus, { measure: tx.getReference(Measure, input.measureId), year: input.year, status: input.status, updatedAt: new Date() })
      }
      row.status = input.status
      if (input.note !== undefined) row.note = input.note?.trim() || null
      if (input.evidence !== undefined) row.evidence = input.evidence?.trim() || null
      row.updatedAt = new Date()
      row.updatedBy = actor.userId ? tx.getReference(User, actor.userId) : null
      if (before) row.version += diffFields(before, { status: row.status, note: row.note, evidence: row.evidence }) ? 1 : 0
      await tx.flush()
      const after = { status: row.status, note: row.note, evidence: row.evidence }
      const diff = before ? diffFields(before, after) : { before: null, after }
      if (diff) recordChange(tx, actor, { entityType: 'MeasureStatus', entityId: row.id, action: before ? 'update' : 'create', before: diff.before, after: diff.after, year: input.year })
      result.push(row)
    }
    await tx.flush()
    return result
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
