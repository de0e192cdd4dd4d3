// Plan-vs-fact of a roadmap for a year: loads the rows once and asks the pure domain modules.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { assertMunicipality, visibleOrganizationIds } from '../../auth/access.js'
import { IndicatorLevel, MeasureStatusKind, ValueStatus } from '../../domain/enums.js'
import { laggingReport } from '../../domain/lagging.js'
import { isScheduledIn, isUnreportedIn, overdueYears } from '../../domain/overdue.js'
import { achievement, countStatuses, deviation, valueStatus } from '../../domain/progress.js'
import { rollup } from '../../domain/rollup.js'
import { trend } from '../../domain/trend.js'
import { badInput, forbidden, notFound } from '../../errors.js'
import { Direction } from '../direction/direction.entity.js'
import { subtreeIds } from '../direction/direction-tree.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { IndicatorValue, MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import { MeasureStatus } from '../measure/measure-status.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { organizationOfMunicipalityOrThrow } from '../organization/organization.service.js'
import { schoolsAtRisk } from '../risk-rule/risk-rule.service.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import type { IndicatorProgress, RoadmapProgress } from './progress.types.js'

export async function roadmapProgress(
  em: EntityManager,
  actor: Actor,
  roadmapId: number,
  year: number,
  organizationId: number | null,
  today = new Date(),
): Promise<RoadmapProgress> {
  const roadmap = await em.findOne(Roadmap, { id: roadmapId })
  if (!roadmap) throw notFound('Дорожная карта', roadmapId)
  assertMunicipality(actor, roadmap.municipality.id)
  const visible = visibleOrganizationIds(actor)
  if (visible && organizationId !== null && !visible.includes(organizationId)) throw forbidden('Нет доступа к данным другой организации')
  if (organizationId !== null) await organizationOfMunicipalityOrThrow(em, roadmap.municipality.id, organizationId)
  const firstYear = roadmap.baselineFrom ?? roadmap.periodFrom
  if (year < firstYear || year > roadmap.periodTo) throw badInput(`Год ${year} вне лет дорожной карты (${firstYear}–${roadmap.periodTo})`)

  const [directions, indicators, measures] = await Promise.all([
    em.find(Direction, { roadmap }, { orderBy: { position: 'asc' } }),
    em.find(Indicator, { roadmap }, { orderBy: { position: 'asc' } }),
    em.find(Measure, { roadmap }, { orderBy: { position: 'asc' }, populate: ['indicators'] }),
  ])
  const [values, statuses] = await Promise.all([
    em.find(IndicatorValue, { indicator: { $in: indicators.map((i) => i.id) } }),
    em.find(MeasureStatus, { measure: { $in: measures.map((m) => m.id) } }),
  ])
  const scopeId = organizationId ?? MUNICIPALITY_SCOPE
  const byIndicator = new Map<number, IndicatorValue[]>()
  for (const v of values) {
    const list = byIndicator.get(v.indicator.id)
    if (list) list.push(v)
    else byIndicator.set(v.indicator.id, [v])
  }
  const valuesOf = (indicatorId: number, scope: number) => (byIndicator.get(indicatorId) ?? []).filter((v) => v.scopeId === scope)

  const progress: IndicatorProgress[] = indicators.map((indicator) => {
    const own = valuesOf(indicator.id, scopeId)
    const cell = own.find((v) => v.year === year)
    const facts = { target: cell?.target ?? null, actual: cell?.actual ?? null, goodDirection: indicator.goodDirection, tolerance: indicator.tolerance }
    const t = trend(own, roadmap.periodTo, indicator.goodDirection, { tolerance: indicator.tolerance, asOfYear: year })
    const status = valueStatus(facts)
    const schoolActuals = (byIndicator.get(indicator.id) ?? []).filter((v) => v.year === year && v.scopeId !== MUNICIPALITY_SCOPE).map((v) => v.actual)
    return {
      indicator,
      status,
      target: facts.target,
      actual: facts.actual,
      deviation: deviation(facts.target, facts.actual),
      achievement: achievement(facts),
      finalTarget: t.finalTarget,
      lastActualYear: t.lastActualYear,
      requiredPace: t.requiredPace,
      paceSoFar: t.paceSoFar,
      forecast: t.forecast,
      forecastMisses: t.forecastMisses,
      isLagging: status === ValueStatus.NOT_MET || t.forecastMisses,
      rollup: organizationId === null && indicator.level === IndicatorLevel.ORGANIZATION
        ? rollup(indicator.rollup, schoolActuals, facts.actual, indicator.decimals)
        : null,
    }
  })

  const tree = directions.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null }))
  const statusOf = new Map(progress.map((p) => [p.indicator.id, p.status]))
  const directionProgress = directions.map((direction) => {
    const ids = new Set(subtreeIds(tree, direction.id))
    return { direction, counts: countStatuses(indicators.filter((i) => ids.has(i.direction.id)).map((i) => statusOf.get(i.id)!)) }
  })

  const statusesOf = (measureId: number) => statuses.filter((s) => s.measure.id === measureId)
  const linked = measures.map((m) => ({
    measureId: m.id,
    indicatorIds: m.indicators.getItems().map((i) => i.id),
    status: statusesOf(m.id).find((s) => s.year === year)?.status ?? MeasureStatusKind.PLANNED,
    isScheduled: isScheduledIn(m.schedule, year, roadmap),
    isOverdue: overdueYears(m.schedule, statusesOf(m.id), roadmap, today).includes(year),
    isUnreported: isUnreportedIn(m.schedule, statusesOf(m.id), year, roadmap, today),
  }))
  const report = laggingReport(progress.map((p) => ({ indicatorId: p.indicator.id, status: p.status, forecastMisses: p.forecastMisses })), linked)
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  const measureById = new Map(measures.map((m) => [m.id, m]))

  return {
    year,
    organizationId,
    counts: countStatuses(progress.map((p) => p.status)),
    directions: directionProgress,
    indicators: progress,
    laggingWithoutMeasure: report.withoutActiveMeasure.map((id) => indicatorById.get(id)!),
    doneButLagging: report.doneButLagging.map(([measureId, indicatorId]) => ({ measure: measureById.get(measureId)!, indicator: indicatorById.get(indicatorId)! })),
    overdueMeasures: linked.filter((l) => l.isOverdue).map((l) => measureById.get(l.measureId)!),
    unreportedMeasures: linked.filter((l) => l.isUnreported).map((l) => measureById.get(l.measureId)!),
    schoolsAtRisk: await schoolsAtRisk(em, roadmap, year, visible),
  }
}
