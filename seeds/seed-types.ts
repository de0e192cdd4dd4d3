// Plain data read from the five documents. No ORM here: the seed service persists it.

export type ValueType = 'PERCENT' | 'COUNT' | 'SCORE' | 'MARK' | 'BOOLEAN' | 'TEXT'
export type GoodDirection = 'UP' | 'DOWN' | 'HOLD'
export type IndicatorLevel = 'MUNICIPALITY' | 'ORGANIZATION'
export type RollupRule = 'SUM' | 'MEAN' | 'RATIO' | 'NONE'
export type DirectionKind = 'GROUP' | 'DIRECTION' | 'SECTION'
export type OrganizationKind = 'SCHOOL' | 'KINDERGARTEN' | 'OTHER'

export interface SeedOrganization {
  name: string
  shortName: string
  kind: OrganizationKind
  aliases: string[]
}

export interface SeedTextPart {
  key: string // goals, relevance, tasks, indicators, collection_methods, ...
  label: string // as printed: «Цели:»
  items: string[]
}

export interface SeedValue {
  organization: string | null // SeedOrganization.name, null = the municipality
  year: number
  target?: number | null
  actual?: number | null
  note?: string | null
}

export interface SeedIndicator {
  code: string
  name: string
  unit: string
  valueType: ValueType
  decimals: number
  /** The scale's bounds where the type's natural scale is not enough (ЕГЭ: 0–100). */
  minValue?: number | null
  maxValue?: number | null
  goodDirection: GoodDirection
  tolerance?: number | null
  level: IndicatorLevel
  rollup: RollupRule
  formula?: string | null
  numerator?: string | null
  denominator?: string | null
  source?: string | null
  periodicity?: string | null
  notes?: string | null
  values: SeedValue[]
}

export interface SeedMeasure {
  code: string
  text: string
  deadlineText: string
  responsibleText: string
  expectedResult?: string | null
}

export interface SeedExpectedResult {
  rowNo: number
  year: number
  text: string
}

export interface SeedDirection {
  kind: DirectionKind
  code: string
  title: string
  parts: SeedTextPart[]
  children: SeedDirection[]
  indicators: SeedIndicator[]
  measures: SeedMeasure[]
  expectedResults: SeedExpectedResult[]
}

export interface SeedRiskClause {
  indicatorCode: string | null // the SeedIndicator.code it reads
  operator: 'GTE' | 'GT' | 'LTE' | 'LT'
  threshold: number
}

export interface SeedRiskRule {
  code: string
  title: string
  description: string // verbatim from the document
  combinator: 'OR' | 'AND' // «и/или» | «и»
  clauses: SeedRiskClause[]
  windowYears: number // «из последних 3 учебных лет»
  minYears: number // «2 учебных года или более»
  windowIncludesCurrent: boolean // «включая учебный год проведения идентификации»
}

export interface SeedRoadmap {
  sourceDocument: string // file name in seed-docs, e.g. 000_500da1ccba1261cb.txt
  title: string
  periodFrom: number
  periodTo: number
  /** False when the document states no period and periodFrom–periodTo are only a working assumption. */
  isPeriodStated?: boolean
  /** The programme's own text parts (its passport: цели, задачи, ожидаемые результаты …). */
  parts?: SeedTextPart[]
  baselineFrom: number | null
  baselineTo: number | null
  approvalNumber: string | null
  approvalDate: string | null // ISO yyyy-mm-dd
  approvalBody: string | null
  directions: SeedDirection[] // top level, in document order
  riskRules: SeedRiskRule[]
}

export interface SeedMunicipality {
  name: string
  region: string
  organizations: SeedOrganization[]
  roadmaps: SeedRoadmap[]
}
