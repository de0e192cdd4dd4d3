import type {
  GoodDirection,
  IndicatorLevel,
  RollupRule,
  SeedDirection,
  SeedIndicator,
  SeedMunicipality,
  SeedRiskClause,
  SeedRiskRule,
  SeedTextPart,
  ValueType,
} from './seed-types.js'
import { readSourceJson, readSourceTsv } from './source-files.js'

// 002: Омсукчанский городской округ, the regulation (Положение) of its МСОКО.

interface Regulation {
  title: string
  approval: { number: string; date: string; body: string }
  subsystems: { code: string; title: string; parts: SeedTextPart[] }[]
  ratios: Record<string, { numerator: string; denominator: string | null }>
  riskRules: ExtractedRule[]
}

/** A rule as extracted: the threshold over the rule's own indicator; window and clauses are read from its text. */
interface ExtractedRule {
  code: string
  title: string
  description: string
  indicatorCode: string
  operator: SeedRiskClause['operator']
  threshold: number
}

type Row = Record<string, string>

const SOURCE_DOCUMENT = '002_f27df71561c99712.txt'

// The regulation states no period of its own. The table needs years, so it gets the five years
// after its order of 28.12.2020, marked as not stated: the UI says so and the specialist sets them.
const PERIOD_FROM = 2021
const PERIOD_TO = 2025

const SCHEDULE = 'по ежегодному графику процедур оценки качества образования'
const PERIODICITY: Record<string, string> = { '1.2.2': 'ежегодно' }

const FLAGGED_WHEN_HIGH = new Set<SeedRiskClause['operator']>(['GT', 'GTE'])

export interface UnitSpec {
  unit: string
  valueType: ValueType
  decimals: number
}

/** Maps the table's unit column (and, for counts, what is counted) to a unit and value type. */
export function unitOf(tableUnit: string, name: string): UnitSpec {
  if (tableUnit.startsWith('yes/no')) return { unit: 'да/нет', valueType: 'BOOLEAN', decimals: 0 }
  if (tableUnit.startsWith('count') || tableUnit.startsWith('persons')) {
    const countsPeople = /^(количество|численность) (участник|учащ|обучающ|человек)/.test(name)
    return { unit: countsPeople ? 'чел.' : 'ед.', valueType: 'COUNT', decimals: 0 }
  }
  if (tableUnit.startsWith('%') && !tableUnit.includes('index')) return { unit: '%', valueType: 'PERCENT', decimals: 1 }
  // «перечень ОО, … менее 50 % от максимально возможного»: each school's rating as % of the maximum
  if (tableUnit.startsWith('list of ОО')) return { unit: '%', valueType: 'PERCENT', decimals: 1 }
  return { unit: '', valueType: 'TEXT', decimals: 0 }
}

export function levelOf(tableLevel: string): IndicatorLevel {
  return tableLevel.startsWith('school') || tableLevel.startsWith('per ДО') ? 'ORGANIZATION' : 'MUNICIPALITY'
}

export function rollupOf(level: IndicatorLevel, valueType: ValueType): RollupRule {
  if (level === 'MUNICIPALITY') return 'NONE'
  if (valueType === 'PERCENT') return 'RATIO'
  if (valueType === 'COUNT') return 'SUM'
  return 'NONE'
}

/** Lower is better where the table infers it or where a risk rule flags high values. */
export function goodDirectionOf(tableNotes: string, rules: ExtractedRule[]): GoodDirection {
  if (/\bDirection( of good)?: lower\b/.test(tableNotes)) return 'DOWN'
  return rules.some((rule) => FLAGGED_WHEN_HIGH.has(rule.operator)) ? 'DOWN' : 'UP'
}

export interface RiskWindow {
  windowYears: number
  minYears: number
  windowIncludesCurrent: boolean
}

const NUMBERS: Record<string, number> = { '2': 2, '3': 3, 'два': 2, 'трех': 3, 'трёх': 3 }

/** The window of years a criterion's text sets; a criterion without one reads the year of identification alone. */
export function riskWindowOf(description: string): RiskWindow {
  const includesCurrent = /включая учебный год проведения идентификации/.test(description)
  // «2 учебных года или более из последних 3 учебных лет», «не менее 2 учебных лет из последних 3 учебных лет»
  const some = /(?:не менее (\d|два) учебных лет|(\d|два) учебных года или более) из последних (\d|трех|трёх) учебных лет/.exec(description)
  if (some) return { minYears: NUMBERS[some[1] ?? some[2]], windowYears: NUMBERS[some[3]], windowIncludesCurrent: includesCurrent }
  // «за два учебных года, предшествующих учебному году идентификации»: both of them
  const every = /за (\d|два) учебных года, предшествующих/.exec(description)
  if (every) return { minYears: NUMBERS[every[1]], windowYears: NUMBERS[every[1]], windowIncludesCurrent: false }
  return { minYears: 1, windowYears: 1, windowIncludesCurrent: true }
}

/** «и/или отсутствуют обучающиеся, получившие оценку «5»»: the second clause of a criterion, as printed. */
export function absenceClauseOf(description: string): string | null {
  return /и\/или отсутствуют обучающиеся, получившие (.+?), (?:\d|не менее|за два)/.exec(description)?.[1] ?? null
}

/** The school indicator the absence clause reads: how many pupils got the result it names. */
export function absenceIndicatorOf(rule: ExtractedRule, direction: string): SeedIndicator | null {
  const absent = absenceClauseOf(rule.description)
  const procedure = /^процентная доля обучающихся, получивших (.+?) (?:оценку «2»|результат ниже)/.exec(rule.description)?.[1]
  if (!absent || !procedure) return null
  return {
    code: `${rule.indicatorCode}-5`,
    name: `численность обучающихся, получивших ${procedure.replace('по двум и более ', 'по ')} ${absent}`,
    unit: 'чел.',
    valueType: 'COUNT',
    decimals: 0,
    goodDirection: 'UP',
    level: 'ORGANIZATION',
    rollup: 'SUM',
    periodicity: SCHEDULE,
    notes: `Вторая часть критерия ${rule.code} направления ${direction}: «отсутствуют обучающиеся, получившие ${absent}». Документ не называет её отдельным показателем.`,
    values: [],
  }
}

export function riskRuleOf(rule: ExtractedRule): SeedRiskRule {
  const absence: SeedRiskClause[] = absenceClauseOf(rule.description) ? [{ indicatorCode: `${rule.indicatorCode}-5`, operator: 'LTE', threshold: 0 }] : []
  return {
    code: rule.code,
    title: rule.title,
    description: rule.description,
    combinator: 'OR',
    clauses: [{ indicatorCode: rule.indicatorCode, operator: rule.operator, threshold: rule.threshold }, ...absence],
    ...riskWindowOf(rule.description),
  }
}

/** What a user reads about the indicator: Russian, and only what the document says or what was assumed from it. */
function notesOf(row: Row, unit: UnitSpec, hasSource: boolean): string | null {
  const notes = [
    unit.valueType === 'PERCENT' && row.unit.includes('assumed') ? 'Единица «%» принята по слову «доля»; в документе не указана.' : '',
    hasSource ? 'Источники данных документ перечисляет для всей подсистемы, не для показателя.' : '',
  ]
  const text = notes.filter((note) => note.length > 0).join(' ')
  return text.length > 0 ? text : null
}

function sourceOf(parts: SeedTextPart[]): string | null {
  const sources = parts.find((part) => part.key === 'sources')?.items ?? []
  return sources.length > 0 ? sources.map((item) => item.replace(/[;.]$/, '')).join('; ') : null
}

function indicatorOf(row: Row, regulation: Regulation, source: string | null): SeedIndicator {
  const unit = unitOf(row.unit, row.name)
  const level = levelOf(row.level)
  const ratio = regulation.ratios[row.code]
  const rules = regulation.riskRules.filter((rule) => rule.indicatorCode === row.code)
  return {
    code: row.code,
    name: row.name,
    ...unit,
    goodDirection: goodDirectionOf(row.notes, rules),
    level,
    rollup: rollupOf(level, unit.valueType),
    formula: ratio?.denominator ? `${ratio.numerator} / ${ratio.denominator} × 100` : null,
    numerator: ratio?.numerator ?? null,
    denominator: ratio?.denominator ?? null,
    source,
    periodicity: PERIODICITY[row.code] ?? SCHEDULE,
    notes: notesOf(row, unit, source !== null),
    values: [],
  }
}

function subsystemCodeOrThrow(row: Row): string {
  const code = /^(\d\.\d)\. /.exec(row.direction)?.[1]
  if (!code) throw new Error(`doc-002: no subsystem code in «${row.direction}»`)
  return code
}

function directionOf(subsystem: Regulation['subsystems'][number], rows: Row[], regulation: Regulation): SeedDirection {
  const source = sourceOf(subsystem.parts)
  const indicators = rows.filter((row) => subsystemCodeOrThrow(row) === subsystem.code).flatMap((row) => {
    const rule = regulation.riskRules.find((r) => r.indicatorCode === row.code)
    const absence = rule ? absenceIndicatorOf(rule, subsystem.code) : null
    return absence ? [indicatorOf(row, regulation, source), absence] : [indicatorOf(row, regulation, source)]
  })
  return {
    kind: 'DIRECTION',
    code: subsystem.code,
    title: subsystem.title,
    parts: subsystem.parts,
    children: [],
    indicators,
    measures: [],
    expectedResults: [],
  }
}

export function doc002(): SeedMunicipality {
  const regulation = readSourceJson<Regulation>('doc-002-regulation.json')
  const rows = readSourceTsv('indicators-002.tsv')
  return {
    name: 'Омсукчанский городской округ',
    region: 'Магаданская область',
    organizations: [],
    roadmaps: [
      {
        sourceDocument: SOURCE_DOCUMENT,
        title: regulation.title,
        periodFrom: PERIOD_FROM,
        periodTo: PERIOD_TO,
        baselineFrom: null,
        baselineTo: null,
        approvalNumber: regulation.approval.number,
        approvalDate: regulation.approval.date,
        approvalBody: regulation.approval.body,
        directions: regulation.subsystems.map((subsystem) => directionOf(subsystem, rows, regulation)),
        isPeriodStated: false,
        riskRules: regulation.riskRules.map(riskRuleOf),
      },
    ],
  }
}
