// Persists the documents' data (seeds/) into an empty or partly seeded database. A municipality
// already present is left alone, so loading twice changes nothing.
import type { EntityManager } from '@mikro-orm/core'
import type { SeedDirection, SeedMunicipality, SeedRoadmap } from '../../../seeds/seed-types.js'
import { DirectionKind, GoodDirection, IndicatorLevel, OrganizationKind, RiskCombinator, RiskOperator, RollupRule, ValueType } from '../../domain/enums.js'
import { naturalScale } from '../../domain/value-rules.js'
import { Direction } from '../direction/direction.entity.js'
import { ExpectedResult } from '../direction/expected-result.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { IndicatorValue, MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { parsedMeasureFields } from '../measure/measure.service.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { RiskRuleClause } from '../risk-rule/risk-rule-clause.entity.js'
import { RiskRule } from '../risk-rule/risk-rule.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'

export interface SeedReport {
  created: string[]
  skipped: string[]
}

export async function seedMunicipalities(em: EntityManager, municipalities: SeedMunicipality[], isSynthetic = false): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }
  for (const seed of municipalities) {
    if (await em.count(Municipality, { name: seed.name })) {
      report.skipped.push(seed.name)
      continue
    }
    await em.transactional((tx) => persistMunicipality(tx, seed, isSynthetic))
    report.created.push(seed.name)
  }
  return report
}

async function persistMunicipality(em: EntityManager, seed: SeedMunicipality, isSynthetic: boolean): Promise<void> {
  const municipality = em.create(Municipality, { name: seed.name, region: seed.region, isSynthetic })
  const orgByName = new Map<string, Organization>()
  for (const o of seed.organizations) {
    const org = em.create(Organization, { municipality, name: o.name, shortName: o.shortName, kind: o.kind as OrganizationKind, aliases: o.aliases })
    for (const name of [o.name, o.shortName, ...o.aliases]) orgByName.set(name, org)
  }
  await em.flush() // values need the organisations' ids for their scopeId
  for (const r of seed.roadmaps) persistRoadmap(em, municipality, orgByName, r)
  await em.flush()
}

function persistRoadmap(em: EntityManager, municipality: Municipality, orgByName: Map<string, Organization>, seed: SeedRoadmap): void {
  const roadmap = em.create(Roadmap, {
    municipality,
    title: seed.title,
    periodFrom: seed.periodFrom,
    periodTo: seed.periodTo,
    isPeriodStated: seed.isPeriodStated ?? true,
    parts: seed.parts ?? [],
    baselineFrom: seed.baselineFrom,
    baselineTo: seed.baselineTo,
    approvalNumber: seed.approvalNumber,
    approvalDate: seed.approvalDate,
    approvalBody: seed.approvalBody,
    sourceDocument: seed.sourceDocument,
    lockedYears: [],
  })
  const counters = { direction: 0, measure: 0 }
  const indicatorByCode = new Map<string, Indicator>()
  const now = new Date()

  const walk = (d: SeedDirection, parent: Direction | null) => {
    const direction = em.create(Direction, {
      roadmap, parent, kind: d.kind as DirectionKind, code: d.code, title: d.title, parts: d.parts, position: ++counters.direction,
    })
    d.indicators.forEach((i, index) => {
      const indicator = em.create(Indicator, {
        roadmap, direction, code: i.code, name: i.name, unit: i.unit, valueType: i.valueType as ValueType, decimals: i.decimals,
        minValue: i.minValue !== undefined ? i.minValue : naturalScale(i.valueType).min,
        maxValue: i.maxValue !== undefined ? i.maxValue : naturalScale(i.valueType).max,
        goodDirection: i.goodDirection as GoodDirection, tolerance: i.tolerance ?? null, level: i.level as IndicatorLevel,
        rollup: i.rollup as RollupRule, formula: i.formula ?? null, numerator: i.numerator ?? null, denominator: i.denominator ?? null,
        source: i.source ?? null, periodicity: i.periodicity ?? null, notes: i.notes ?? null, position: index + 1,
      })
      indicatorByCode.set(i.code, indicator)
      for (const v of i.values) {
        const organization = v.organization === null ? null : orgByName.get(v.organization)
        if (organization === undefined) throw new Error(`Seed: организация «${v.organization}» не найдена в ${municipality.name}`)
        em.create(IndicatorValue, {
          indicator, municipality, organization, scopeId: organization ? organization.id : MUNICIPALITY_SCOPE,
          year: v.year, target: v.target ?? null, actual: v.actual ?? null, note: v.note ?? null, updatedAt: now,
        })
      }
    })
    // The documents tie no measure to an indicator explicitly; a measure works on the indicators
    // of its own direction until a specialist links them otherwise.
    const directionIndicators = [...indicatorByCode.values()].filter((i) => i.direction === direction)
    for (const m of d.measures) {
      const measure = em.create(Measure, {
        roadmap, direction, code: m.code, text: m.text, deadlineText: m.deadlineText, responsibleText: m.responsibleText,
        expectedResult: m.expectedResult ?? null, position: ++counters.measure, ...parsedMeasureFields(m.responsibleText),
        isIndicatorLinkInferred: directionIndicators.length > 0,
      })
      measure.indicators.set(directionIndicators)
    }
    for (const e of d.expectedResults) em.create(ExpectedResult, { direction, rowNo: e.rowNo, year: e.year, text: e.text })
    for (const child of d.children) walk(child, direction)
  }
  for (const d of seed.directions) walk(d, null)

  for (const r of seed.riskRules) {
    const rule = em.create(RiskRule, {
      roadmap, code: r.code, title: r.title, description: r.description, combinator: r.combinator as RiskCombinator,
      windowYears: r.windowYears, minYears: r.minYears, windowIncludesCurrent: r.windowIncludesCurrent,
    })
    r.clauses.forEach((c, position) => em.create(RiskRuleClause, {
      rule, position, indicator: c.indicatorCode ? indicatorByCode.get(c.indicatorCode) ?? null : null, operator: c.operator as RiskOperator, threshold: c.threshold,
    }))
  }
}
