// What the dashboard shows, shaped from the progress and the roadmap's values. Pure.
import type { DashboardIndicator, IndicatorProgress, RiskFlag, RiskOperator, RiskRuleRef, RoadmapProgress, StatusCounts } from '../../../api/progressOperations.js'

interface Period {
  years: number[]
  periodFrom: number
  periodTo: number
}

/**
 * The year the dashboard opens on: the last year of the period that has a fact (in any scope),
 * else the current year kept within the period.
 */
export function defaultYear(roadmap: Period, indicators: Pick<DashboardIndicator, 'values'>[], today: Date): number {
  let last: number | null = null
  for (const indicator of indicators)
    for (const v of indicator.values)
      if (v.actual !== null && v.year >= roadmap.periodFrom && v.year <= roadmap.periodTo && (last === null || v.year > last)) last = v.year
  if (last !== null) return last
  return Math.min(roadmap.periodTo, Math.max(roadmap.periodFrom, today.getFullYear()))
}

export interface DirectionBar {
  directionId: number
  code: string
  title: string
  counts: StatusCounts
}

/**
 * One bar per direction that has indicators. Directions proper, not their groups (which only
 * add their children up) nor sub-sections (already inside their direction's counts); a roadmap
 * without that level shows whatever level holds indicators.
 */
export function directionBars(directions: RoadmapProgress['directions']): DirectionBar[] {
  const withIndicators = directions.filter((d) => d.counts.total > 0)
  const proper = withIndicators.filter((d) => d.direction.kind === 'DIRECTION')
  const ids = new Set(withIndicators.map((d) => d.direction.id))
  // Without directions proper, keep the topmost rows: a row whose parent is listed is counted there.
  const chosen = proper.length ? proper : withIndicators.filter((d) => d.direction.parentId === null || !ids.has(d.direction.parentId))
  return chosen.map((d) => ({ directionId: d.direction.id, code: d.direction.code, title: d.direction.title, counts: d.counts }))
}

export interface TrendPoint {
  year: number
  target: number | null
  actual: number | null
}

/**
 * Target and actual of one indicator for each year of the roadmap, in one scope (null: the
 * municipality), as known in `asOfYear`: facts of later years are left out, targets are the plan.
 */
export function trendPoints(indicator: Pick<DashboardIndicator, 'values'>, years: number[], organizationId: number | null, asOfYear: number): TrendPoint[] {
  const byYear = new Map(indicator.values.filter((v) => (v.organization?.id ?? null) === organizationId).map((v) => [v.year, v]))
  return years.map((year) => ({ year, target: byYear.get(year)?.target ?? null, actual: year <= asOfYear ? (byYear.get(year)?.actual ?? null) : null }))
}

export interface SchoolBar {
  organizationId: number
  name: string
  actual: number | null
  target: number | null
  isAtRisk: boolean
}

export interface SchoolComparison {
  schools: SchoolBar[]
  municipal: { actual: number | null; target: number | null; isRollup: boolean }
}

/**
 * Each organisation's value of one indicator for a year beside the municipality's. When the
 * municipality has no fact, the schools' roll-up stands in for it and says so.
 */
export function schoolComparison(
  indicator: Pick<DashboardIndicator, 'id' | 'values'>,
  year: number,
  organizations: { id: number; shortName: string; name: string }[],
  riskFlags: RiskFlag[],
  progress: IndicatorProgress | undefined,
): SchoolComparison {
  const ofYear = indicator.values.filter((v) => v.year === year)
  const atRisk = new Set(riskFlags.filter((f) => f.rule.clauses.some((c) => c.indicator?.id === indicator.id)).map((f) => f.organization.id))
  const schools = organizations.map((o) => {
    const v = ofYear.find((x) => x.organization?.id === o.id)
    return { organizationId: o.id, name: o.shortName || o.name, actual: v?.actual ?? null, target: v?.target ?? null, isAtRisk: atRisk.has(o.id) }
  })
  const own = ofYear.find((v) => v.organization === null)
  const rollup = progress?.rollup?.value ?? null
  const isRollup = (own?.actual ?? null) === null && rollup !== null
  return { schools, municipal: { actual: isRollup ? rollup : (own?.actual ?? null), target: own?.target ?? null, isRollup } }
}

/**
 * The indicator the trend opens on: a lagging one with the most facts in the scope (null: the
 * municipality), else the one with the most facts, else the first.
 */
export function defaultTrendIndicator(indicators: Pick<DashboardIndicator, 'id' | 'values'>[], progress: IndicatorProgress[], organizationId: number | null = null): number | null {
  const facts = (i: Pick<DashboardIndicator, 'values'>) => i.values.filter((v) => (v.organization?.id ?? null) === organizationId && v.actual !== null).length
  const lagging = new Set(progress.filter((p) => p.isLagging).map((p) => p.indicator.id))
  const best = (list: Pick<DashboardIndicator, 'id' | 'values'>[]) => list.reduce<(typeof list)[number] | null>((a, i) => (facts(i) > (a ? facts(a) : 0) ? i : a), null)
  return (best(indicators.filter((i) => lagging.has(i.id))) ?? best(indicators) ?? indicators[0])?.id ?? null
}

/** Indicators kept per organisation, the one with the most school facts in the year first. */
export function schoolIndicators<T extends Pick<DashboardIndicator, 'level' | 'values'>>(indicators: T[], year: number): { list: T[]; preferred: T | null } {
  const list = indicators.filter((i) => i.level === 'ORGANIZATION')
  const facts = (i: T) => i.values.filter((v) => v.year === year && v.organization !== null && v.actual !== null).length
  let preferred: T | null = list[0] ?? null
  for (const i of list) if (preferred && facts(i) > facts(preferred)) preferred = i
  return { list, preferred }
}

export const STATUS_NAMES: Record<IndicatorProgress['status'], string> = {
  MET: 'достигнут',
  NOT_MET: 'не достигнут',
  NO_DATA: 'нет факта',
  NO_TARGET: 'нет плана',
}

const OPERATORS: Record<RiskOperator, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤' }

/** «≥ 20» — the threshold of a risk rule's clause as the rule reads. */
export function ruleThreshold(clause: { operator: RiskOperator; threshold: number }, format: (n: number) => string): string {
  return `${OPERATORS[clause.operator]} ${format(clause.threshold)}`
}

/** «≥ 20 и/или ≤ 0» — a rule's clauses joined as the document joins them. */
export function ruleCondition(rule: Pick<RiskRuleRef, 'clauses' | 'combinator'>, format: (n: number, indicatorId: number | null) => string): string {
  return rule.clauses.map((c) => ruleThreshold(c, (n) => format(n, c.indicator?.id ?? null))).join(rule.combinator === 'OR' ? ' и/или ' : ' и ')
}

/** «2 года из 3, предшествующих году выявления» — the window of years a rule reads. */
export function ruleWindow(rule: Pick<RiskRuleRef, 'windowYears' | 'minYears' | 'windowIncludesCurrent'>): string {
  if (rule.windowYears === 1) return rule.windowIncludesCurrent ? 'в год выявления' : 'в год до выявления'
  const years = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'год' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'года' : 'лет')
  const which = rule.windowIncludesCurrent ? 'включая год выявления' : 'предшествующих году выявления'
  return rule.minYears === rule.windowYears
    ? `все ${rule.windowYears} ${years(rule.windowYears)}, ${which}`
    : `${rule.minYears} ${years(rule.minYears)} или более из ${rule.windowYears} последних, ${which}`
}

/** Done measures whose indicator still lags, one entry per indicator with its measures in order. */
export function groupDoneButLagging<I extends { id: number }, M extends { id: number }>(pairs: { indicator: I; measure: M }[]): { indicator: I; measures: M[] }[] {
  const groups = new Map<number, { indicator: I; measures: M[] }>()
  for (const { indicator, measure } of pairs) {
    const group = groups.get(indicator.id) ?? { indicator, measures: [] }
    if (!group.measures.some((m) => m.id === measure.id)) group.measures.push(measure)
    groups.set(indicator.id, group)
  }
  return [...groups.values()]
}
