// Schools flagged by the thresholds of the risk rules («зона риска», признаки необъективности). Pure.
import { RiskOperator } from './enums.js'

export interface RiskRuleFacts {
  id: number
  indicatorId: number | null
  operator: RiskOperator
  threshold: number
}

export interface SchoolValue {
  organizationId: number
  indicatorId: number
  actual: number | null
}

export interface RiskHit {
  ruleId: number
  organizationId: number
  indicatorId: number
  value: number
}

export function trips(operator: RiskOperator, value: number, threshold: number): boolean {
  switch (operator) {
    case RiskOperator.GTE: return value >= threshold
    case RiskOperator.GT: return value > threshold
    case RiskOperator.LTE: return value <= threshold
    case RiskOperator.LT: return value < threshold
  }
}

export function riskHits(rules: RiskRuleFacts[], values: SchoolValue[]): RiskHit[] {
  const hits: RiskHit[] = []
  for (const rule of rules) {
    if (rule.indicatorId === null) continue
    for (const v of values) {
      if (v.indicatorId === rule.indicatorId && v.actual !== null && trips(rule.operator, v.actual, rule.threshold))
        hits.push({ ruleId: rule.id, organizationId: v.organizationId, indicatorId: v.indicatorId, value: v.actual })
    }
  }
  return hits
}
