// The dashboard's operations: progress of a roadmap for a year, and the roadmap's values in every
// scope (municipality and each organisation) for the trend and the school comparison.
import { gqlRequest } from './graphqlClient.js'
import type { ValueStatus } from './operations.js'

export interface StatusCounts {
  met: number
  notMet: number
  noData: number
  noTarget: number
  total: number
}

export interface IndicatorRef {
  id: number
  code: string
  name: string
  unit: string
}

export interface MeasureRef {
  id: number
  code: string
  text: string
  deadlineText: string
  responsibleText: string
  /** Its indicator links were placed by section at load; the document makes none. */
  isIndicatorLinkInferred: boolean
}

export interface IndicatorProgress {
  indicator: IndicatorRef
  status: ValueStatus
  target: number | null
  actual: number | null
  deviation: number | null
  achievement: number | null
  finalTarget: number | null
  lastActualYear: number | null
  requiredPace: number | null
  paceSoFar: number | null
  forecast: number | null
  forecastMisses: boolean
  isLagging: boolean
  rollup: { value: number | null; count: number; disagrees: boolean } | null
}

export type RiskOperator = 'GT' | 'GTE' | 'LT' | 'LTE'

export interface RiskRuleRef {
  id: number
  code: string
  title: string
  description: string
  combinator: 'OR' | 'AND'
  windowYears: number
  minYears: number
  windowIncludesCurrent: boolean
  clauses: { operator: RiskOperator; threshold: number; indicator: { id: number } | null }[]
}

/** A school identified by a rule, with every year of the window in which the rule held and each clause's value that year. */
export interface RiskFlag {
  organization: { id: number; shortName: string; name: string }
  rule: RiskRuleRef
  indicator: IndicatorRef | null
  years: { year: number; values: { clauseIndex: number; indicator: { id: number }; value: number | null; trips: boolean }[] }[]
}

export interface RoadmapProgress {
  year: number
  organizationId: number | null
  counts: StatusCounts
  directions: { direction: { id: number; code: string; title: string; kind: string; parentId: number | null }; counts: StatusCounts }[]
  indicators: IndicatorProgress[]
  laggingWithoutMeasure: IndicatorRef[]
  doneButLagging: { measure: MeasureRef; indicator: IndicatorRef }[]
  overdueMeasures: MeasureRef[]
  /** Measures with no date (permanent, on events) and no status for the year: not overdue, not reported either. */
  unreportedMeasures: MeasureRef[]
  schoolsAtRisk: RiskFlag[]
}

export interface ScopedValue {
  year: number
  target: number | null
  actual: number | null
  organization: { id: number; shortName: string } | null
}

export interface DashboardIndicator {
  id: number
  code: string
  name: string
  unit: string
  decimals: number
  valueType: string
  goodDirection: string
  level: string
  direction: { id: number }
  values: ScopedValue[]
}

export interface DashboardRoadmap {
  id: number
  title: string
  years: number[]
  periodFrom: number
  periodTo: number
  baselineFrom: number | null
  baselineTo: number | null
  municipality: { id: number; name: string; organizations: { id: number; name: string; shortName: string }[] }
  allDirections: { id: number; code: string; title: string; kind: string; parentId: number | null }[]
  indicators: DashboardIndicator[]
}

const INDICATOR_REF = 'id code name unit'
const MEASURE_REF = 'id code text deadlineText responsibleText isIndicatorLinkInferred'

export async function fetchProgress(roadmapId: number, year: number, organizationId: number | null): Promise<RoadmapProgress> {
  const data = await gqlRequest<{ progress: RoadmapProgress }>(
    `query Progress($r: Int!, $y: Int!, $o: Int) { progress(roadmapId: $r, year: $y, organizationId: $o) {
      year organizationId
      counts { met notMet noData noTarget total }
      directions { direction { id code title kind parentId } counts { met notMet noData noTarget total } }
      indicators { indicator { ${INDICATOR_REF} } status target actual deviation achievement finalTarget lastActualYear
        requiredPace paceSoFar forecast forecastMisses isLagging rollup { value count disagrees } }
      laggingWithoutMeasure { ${INDICATOR_REF} }
      doneButLagging { measure { ${MEASURE_REF} } indicator { ${INDICATOR_REF} } }
      overdueMeasures { ${MEASURE_REF} }
      unreportedMeasures { ${MEASURE_REF} }
      schoolsAtRisk { organization { id shortName name }
        rule { id code title description combinator windowYears minYears windowIncludesCurrent clauses { operator threshold indicator { id } } }
        indicator { ${INDICATOR_REF} } years { year values { clauseIndex indicator { id } value trips } } } } }`,
    { r: roadmapId, y: year, o: organizationId },
  )
  return data.progress
}

/** The roadmap with every value the caller may read (a SCHOOL user gets only its own). */
export async function fetchDashboardRoadmap(roadmapId: number): Promise<DashboardRoadmap> {
  const data = await gqlRequest<{ roadmap: DashboardRoadmap }>(
    `query DashboardRoadmap($id: Int!) { roadmap(id: $id) {
      id title years periodFrom periodTo baselineFrom baselineTo
      municipality { id name organizations { id name shortName } }
      allDirections { id code title kind parentId }
      indicators { id code name unit decimals valueType goodDirection level direction { id }
        values { year target actual organization { id shortName } } } } }`,
    { id: roadmapId },
  )
  return data.roadmap
}
