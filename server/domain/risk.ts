// Schools flagged by the risk rules («зона риска», признаки необъективности) as 002 writes them:
// a condition of one or more clauses joined by «и/или» or «и», that must hold in at least
// `minYears` of a window of `windowYears` years («2 учебных года или более из последних 3»). Pure.
import { RiskCombinator, RiskOperator } from './enums.js'

export interface RiskClauseFacts {
  indicatorId: number | null
  operator: RiskOperator
  threshold: number
}

export interface RiskRuleFacts {
  id: number
  combinator: RiskCombinator
  clauses: RiskClauseFacts[]
  windowYears: number
  minYears: number
  /** The window ends with the year of identification («включая учебный год проведения идентификации») or just before it («предшествующих году проведения идентификации»). */
  windowIncludesCurrent: boolean
}

export interface SchoolValue {
  organizationId: number
  indicatorId: number
  year: number
  actual: number | null
}

export interface RiskClauseValue {
  clauseIndex: number
  indicatorId: number
  value: number | null
  trips: boolean
}

/** One year of the window in which the rule's condition held, with every clause's value that year. */
export interface RiskYear {
  year: number
  values: RiskClauseValue[]
}

export interface RiskHit {
  ruleId: number
  organizationId: number
  years: RiskYear[]
}

export function trips(operator: RiskOperator, value: number, threshold: number): boolean {
  switch (operator) {
    case RiskOperator.GTE: return value >= threshold
    case RiskOperator.GT: return value > threshold
    case RiskOperator.LTE: return value <= threshold
    case RiskOperator.LT: return value < threshold
  }
}

/** The years a rule reads when schools are identified in `year`, oldest first. */
export function riskWindow(rule: Pick<RiskRuleFacts, 'windowYears' | 'windowIncludesCurrent'>, year: number): number[] {
  const last = rule.windowIncludesCurrent ? year : year - 1
  return Array.from({ length: rule.windowYears }, (_, i) => last - rule.windowYears + 1 + i)
}

function yearOf(rule: RiskRuleFacts, valueOf: (indicatorId: number) => number | null, year: number): RiskYear | null {
  const values: RiskClauseValue[] = []
  rule.clauses.forEach((clause, clauseIndex) => {
    if (clause.indicatorId === null) return
    const value = valueOf(clause.indicatorId)
    values.push({ clauseIndex, indicatorId: clause.indicatorId, value, trips: value !== null && trips(clause.operator, value, clause.threshold) })
  })
  // «и/или»: either clause is enough; «и»: every clause must hold, so one without an indicator or a value fails it
  const holds = rule.combinator === RiskCombinator.OR
    ? values.some((v) => v.trips)
    : values.length === rule.clauses.length && values.every((v) => v.trips)
  return holds ? { year, values } : null
}

/** Every school for which a rule holds in enough years of its window for identification in `year`. */
export function riskHits(rules: RiskRuleFacts[], values: SchoolValue[], year: number): RiskHit[] {
  const byCell = new Map<string, number | null>()
  const organizations = new Set<number>()
  for (const v of values) {
    byCell.set(`${v.organizationId}:${v.indicatorId}:${v.year}`, v.actual)
    organizations.add(v.organizationId)
  }
  const hits: RiskHit[] = []
  for (const rule of rules) {
    for (const organizationId of [...organizations].sort((a, b) => a - b)) {
      const years = riskWindow(rule, year)
        .map((y) => yearOf(rule, (indicatorId) => byCell.get(`${organizationId}:${indicatorId}:${y}`) ?? null, y))
        .filter((y): y is RiskYear => y !== null)
      if (years.length > 0 && years.length >= rule.minYears) hits.push({ ruleId: rule.id, organizationId, years })
    }
  }
  return hits
}
