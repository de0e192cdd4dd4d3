import type {
  GoodDirection,
  IndicatorLevel,
  RollupRule,
  SeedDirection,
  SeedIndicator,
  SeedMunicipality,
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
  riskRules: SeedRiskRule[]
}

type Row = Record<string, string>

const SOURCE_DOCUMENT = '002_f27df71561c99712.txt'

// The regulation states no period of its own: it applies from the year after its order of
// 28.12.2020, over the five-year horizon the other roadmaps use.
const PERIOD_FROM = 2021
const PERIOD_TO = 2025

const SCHEDULE = 'по ежегодному графику процедур оценки качества образования'
const PERIODICITY: Record<string, string> = { '1.2.2': 'ежегодно' }

const CODE_BOILERPLATE = 'code assigned by researcher (document has no indicator codes/numbers).'
const FLAGGED_WHEN_HIGH = new Set<SeedRiskRule['operator']>(['GT', 'GTE'])

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
export function goodDirectionOf(tableNotes: string, rules: SeedRiskRule[]): GoodDirection {
  if (/\bDirection( of good)?: lower\b/.test(tableNotes)) return 'DOWN'
  return rules.some((rule) => FLAGGED_WHEN_HIGH.has(rule.operator)) ? 'DOWN' : 'UP'
}

function notesOf(row: Row, unit: UnitSpec, hasSource: boolean): string | null {
  const derivedFormula = row.formula_or_method.split('||')[0].trim()
  const notes = [
    row.notes.replace(CODE_BOILERPLATE, '').trim(),
    unit.valueType === 'PERCENT' && row.unit.includes('assumed') ? 'Единица «%» принята по слову «доля»; в документе не указана.' : '',
    derivedFormula.length > 20 ? `Расчёт по таблице: ${derivedFormula}` : '',
    hasSource ? 'Источники данных документ перечисляет для всей подсистемы, не для показателя.' : '',
  ]
  const text = notes
    .filter((note) => note.length > 0)
    .map((note) => (/[.!?]$/.test(note) ? note : `${note}.`))
    .join(' ')
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
  return {
    kind: 'DIRECTION',
    code: subsystem.code,
    title: subsystem.title,
    parts: subsystem.parts,
    children: [],
    indicators: rows.filter((row) => subsystemCodeOrThrow(row) === subsystem.code).map((row) => indicatorOf(row, regulation, source)),
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
        riskRules: regulation.riskRules,
      },
    ],
  }
}
