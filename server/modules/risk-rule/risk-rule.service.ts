// Risk rules: created with their clauses, and evaluated for a year over the schools' facts.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { IndicatorLevel, RiskCombinator } from '../../domain/enums.js'
import { riskHits, riskWindow } from '../../domain/risk.js'
import { badInput } from '../../errors.js'
import { createAudited } from '../audit/audited-write.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { indicatorOrThrow } from '../indicator/indicator.service.js'
import { IndicatorValue, MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import { Organization } from '../organization/organization.entity.js'
import type { Roadmap } from '../roadmap/roadmap.entity.js'
import { RiskRuleClause } from './risk-rule-clause.entity.js'
import type { CreateRiskRuleInput } from './risk-rule.inputs.js'
import { RiskRule } from './risk-rule.entity.js'

export interface RiskFlagRow {
  organization: Organization
  rule: RiskRule
  indicator: Indicator | null
  years: { year: number; values: { clauseIndex: number; indicator: Indicator; value: number | null; trips: boolean }[] }[]
}

/** A new rule over the clauses' indicators, each within the caller's scope. */
export async function createRiskRule(em: EntityManager, actor: Actor, input: CreateRiskRuleInput): Promise<RiskRule> {
  const indicators: Indicator[] = []
  for (const clause of input.clauses) indicators.push(await indicatorOrThrow(em, actor, clause.indicatorId))
  if (!input.code.trim() || !input.title.trim()) throw badInput('Укажите код и название правила')
  if (input.clauses.length === 0) throw badInput('Укажите хотя бы одно условие правила')
  if (input.clauses.some((c) => !Number.isFinite(c.threshold))) throw badInput('Порог должен быть числом')
  const roadmapIds = new Set(indicators.map((i) => i.roadmap.id))
  if (roadmapIds.size !== 1) throw badInput('Условия правила должны относиться к показателям одной дорожной карты')
  if (indicators.some((i) => i.level !== IndicatorLevel.ORGANIZATION)) throw badInput('Правило риска читает показатели уровня организации')
  const windowYears = input.windowYears ?? 1
  const minYears = input.minYears ?? 1
  if (!Number.isInteger(windowYears) || windowYears < 1 || windowYears > 10) throw badInput('Окно правила — от 1 до 10 лет')
  if (!Number.isInteger(minYears) || minYears < 1 || minYears > windowYears) throw badInput(`Число лет, в которых выполняется условие, — от 1 до ${windowYears}`)
  const fields = {
    code: input.code.trim(),
    title: input.title.trim(),
    description: input.description?.trim() || input.title.trim(),
    combinator: input.combinator ?? RiskCombinator.OR,
    windowYears,
    minYears,
    windowIncludesCurrent: input.windowIncludesCurrent ?? true,
  }
  const rule = em.create(RiskRule, { ...fields, roadmap: indicators[0].roadmap })
  input.clauses.forEach((c, position) => em.create(RiskRuleClause, { rule, position, indicator: indicators[position], operator: c.operator, threshold: c.threshold }))
  const clauses = input.clauses.map((c) => ({ indicatorId: c.indicatorId, operator: c.operator, threshold: c.threshold }))
  return createAudited(em, actor, 'RiskRule', rule, { ...fields, clauses })
}

/**
 * Schools identified in `year` by the roadmap's rules, reading only the years of each rule's
 * window (never a later year). `visible` limits the schools to those the reader may see.
 */
export async function schoolsAtRisk(em: EntityManager, roadmap: Roadmap, year: number, visible: number[] | null): Promise<RiskFlagRow[]> {
  const rules = await em.find(RiskRule, { roadmap }, { populate: ['clauses'], orderBy: { id: 'asc' } })
  const indicatorIds = [...new Set(rules.flatMap((r) => r.clauses.getItems().flatMap((c) => (c.indicator ? [c.indicator.id] : []))))]
  const years = [...new Set(rules.flatMap((r) => riskWindow(r, year)))]
  if (indicatorIds.length === 0 || years.length === 0) return []
  const values = await em.find(IndicatorValue, { indicator: { $in: indicatorIds }, year: { $in: years }, scopeId: { $ne: MUNICIPALITY_SCOPE } })
  const facts = rules.map((r) => ({
    id: r.id,
    combinator: r.combinator,
    windowYears: r.windowYears,
    minYears: r.minYears,
    windowIncludesCurrent: r.windowIncludesCurrent,
    clauses: r.clauses.getItems().map((c) => ({ indicatorId: c.indicator?.id ?? null, operator: c.operator, threshold: c.threshold })),
  }))
  const schoolValues = values
    .filter((v) => !visible || visible.includes(v.scopeId))
    .map((v) => ({ organizationId: v.scopeId, indicatorId: v.indicator.id, year: v.year, actual: v.actual }))
  const hits = riskHits(facts, schoolValues, year)
  if (hits.length === 0) return []
  const [organizations, indicators] = await Promise.all([
    em.find(Organization, { id: { $in: [...new Set(hits.map((h) => h.organizationId))] } }),
    em.find(Indicator, { id: { $in: indicatorIds } }),
  ])
  return hits.map((h) => {
    const rule = rules.find((r) => r.id === h.ruleId)!
    const indicatorOf = (id: number | undefined) => indicators.find((i) => i.id === id)
    return {
      organization: organizations.find((o) => o.id === h.organizationId)!,
      rule,
      indicator: indicatorOf(rule.clauses.getItems()[0]?.indicator?.id) ?? null,
      years: h.years.map((y) => ({ year: y.year, values: y.values.map((v) => ({ ...v, indicator: indicatorOf(v.indicatorId)! })) })),
    }
  })
}
