import type {
  RollupRule,
  SeedDirection,
  SeedIndicator,
  SeedMeasure,
  SeedMunicipality,
  SeedOrganization,
  SeedTextPart,
  SeedValue,
  ValueType,
} from './seed-types.js'
import { readSourceJson, readSourceTsv } from './source-files.js'

// 001: Балтийский городской округ, programme 2021-2025 for schools with non-objective results.

interface Programme {
  title: string
  approval: { number: string; date: string; body: string }
  period: { from: number; to: number }
  baseline: { from: number; to: number }
  schools: { name: string; shortName: string; aliases: string[] }[]
  programmeParts: SeedTextPart[]
}

type Row = Record<string, string>

const SOURCE_DOCUMENT = '001_3134f12542d0d45a.txt'
const TOTAL_ROW = 'ИТОГО'
const NO_DATA = '-'

// The document prints its indicator table in the programme's section 4, not under any of the
// four measure sections, so each target indicator goes to the section whose measures act on it.
const TARGET_DIRECTION: Record<string, string> = {
  '1': '4', // objectivity: 4.1 analysis of objectivity, 4.3 re-checking commissions
  '2': '2',
  '3': '2',
  '4': '2',
  '5': '3',
  '6': '3',
  '7': '3',
  '8': '3',
  '9': '3',
  '10': '1', // ВПР: 1.1 normative support and 1.2 analysis of ВПР
  '11': '2',
  '12': '4', // no measure addresses it; the outcome of management as a whole
}
const HISTORY_DIRECTION = '3'

// Shares of pupils or teachers roll up from school numerators and denominators; shares of schools
// and the population survey exist only at the municipality level.
const TARGET_ROLLUP: Record<string, RollupRule> = {
  '1': 'NONE',
  '2': 'NONE',
  '12': 'NONE',
}
const LOWER_IS_BETTER = new Set(['1'])
const INCREASE_MARK = /\s*\(увеличение\)$/

const EGE_INDICATORS: Record<string, { code: string; valueType: ValueType }> = {
  'Средний балл ЕГЭ по русскому языку': { code: 'И1', valueType: 'SCORE' },
  'Средний балл по математике (профильный уровень)': { code: 'И2', valueType: 'SCORE' },
  'Средний балл по математике (базовый уровень)': { code: 'И3', valueType: 'MARK' },
}

const OLYMPIAD_INDICATORS = [
  { code: 'И4', column: 'победители', name: 'Число победителей регионального этапа всероссийской олимпиады школьников' },
  { code: 'И5', column: 'призёры', name: 'Число призёров регионального этапа всероссийской олимпиады школьников' },
]

export interface RuCell {
  value?: number
  note?: string
}

/** «64,8» → 64.8, «0» → 0, «-» or empty → nothing (no data), other text → a note. */
export function parseRuCell(cell: string): RuCell {
  const text = cell.trim()
  if (text === '' || text === NO_DATA) return {}
  const normalized = text.replace(/\s/g, '').replace(',', '.')
  if (/^-?\d+(\.\d+)?$/.test(normalized)) return { value: Number(normalized) }
  return { note: text }
}

export function decimalsOf(cells: string[]): number {
  return Math.max(0, ...cells.map((cell) => cell.trim().split(',')[1]?.length ?? 0))
}

function yearsOf(period: { from: number; to: number }): number[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i)
}

function numberOrThrow(cell: string, where: string): number {
  const { value } = parseRuCell(cell)
  if (value === undefined) throw new Error(`doc-001: no number in ${where}: «${cell}»`)
  return value
}

function targetIndicator(row: Row, years: number[]): SeedIndicator {
  const no = row.no
  const cells = years.map((year) => row[String(year)])
  const isIncreaseMarked = INCREASE_MARK.test(row.indicator)
  return {
    code: no,
    name: row.indicator.replace(INCREASE_MARK, ''),
    unit: row.unit,
    valueType: 'PERCENT',
    decimals: decimalsOf(cells),
    goodDirection: LOWER_IS_BETTER.has(no) ? 'DOWN' : 'UP',
    level: 'MUNICIPALITY',
    rollup: TARGET_ROLLUP[no] ?? 'RATIO',
    notes: isIncreaseMarked ? 'В таблице показателей к наименованию приписано «(увеличение)».' : null,
    values: years.map((year, i) => ({ organization: null, year, target: numberOrThrow(cells[i], `row ${no}, ${year}`) })),
  }
}

function historyValue(organization: string | null, year: number, cell: string): SeedValue | null {
  const { value, note } = parseRuCell(cell)
  if (value !== undefined) return { organization, year, actual: value }
  if (note !== undefined) return { organization, year, note }
  return null
}

function egeIndicator(row: Row, years: number[]): SeedIndicator {
  const kind = EGE_INDICATORS[row.indicator]
  if (!kind) throw new Error(`doc-001: unknown ЕГЭ row «${row.indicator}»`)
  return {
    code: kind.code,
    name: row.indicator,
    unit: 'баллы',
    valueType: kind.valueType,
    decimals: 2,
    // An ЕГЭ average is on the 100-point scale; the base level is a 5-point mark (natural scale).
    ...(kind.valueType === 'SCORE' ? { minValue: 0, maxValue: 100 } : {}),
    goodDirection: 'UP',
    level: 'MUNICIPALITY',
    // A mean of school averages is not the municipal average without participant counts.
    rollup: 'NONE',
    notes: kind.valueType === 'MARK' ? 'Средняя отметка по пятибалльной шкале.' : null,
    values: years.map((year) => historyValue(null, year, row[String(year)])).filter((v): v is SeedValue => v !== null),
  }
}

function olympiadIndicator(
  spec: (typeof OLYMPIAD_INDICATORS)[number],
  rows: Row[],
  years: number[],
  schoolNames: Set<string>,
): SeedIndicator {
  const values = rows.flatMap((row) => {
    const organization = row.school === TOTAL_ROW ? null : row.school
    if (organization !== null && !schoolNames.has(organization)) {
      throw new Error(`doc-001: olympiad row for unknown school «${row.school}»`)
    }
    return years.map((year) => historyValue(organization, year, row[`${year} ${spec.column}`]))
  })
  return {
    code: spec.code,
    name: spec.name,
    unit: 'чел.',
    valueType: 'COUNT',
    decimals: 0,
    goodDirection: 'UP',
    level: 'ORGANIZATION',
    rollup: 'SUM',
    notes: '«-» в таблице документа — нет данных, не ноль.',
    values: values.filter((v): v is SeedValue => v !== null),
  }
}

function measureOf(row: Row): SeedMeasure {
  return {
    code: row.measure_no,
    text: row.measure_text,
    deadlineText: row.deadline,
    responsibleText: row.responsible,
    expectedResult: row.expected_result,
  }
}

function directionsOf(measureRows: Row[], indicatorsByDirection: Map<string, SeedIndicator[]>): SeedDirection[] {
  const codes = [...new Set(measureRows.map((row) => row.section_code))]
  return codes.map((code) => {
    const rows = measureRows.filter((row) => row.section_code === code)
    return {
      kind: 'DIRECTION',
      code,
      title: rows[0].section_title,
      // The document gives the sections only a heading; its goals and tasks are the programme's.
      parts: [],
      children: [],
      indicators: indicatorsByDirection.get(code) ?? [],
      measures: rows.map(measureOf),
      expectedResults: [],
    }
  })
}

function groupByDirection(entries: [string, SeedIndicator][]): Map<string, SeedIndicator[]> {
  const map = new Map<string, SeedIndicator[]>()
  for (const [direction, indicator] of entries) map.set(direction, [...(map.get(direction) ?? []), indicator])
  return map
}

function programme(): Programme {
  return readSourceJson<Programme>('doc-001-programme.json')
}

/** The programme's passport: its goals, tasks, expected results, stages … */
export function doc001ProgrammeParts(): SeedTextPart[] {
  return programme().programmeParts
}

export function doc001(): SeedMunicipality {
  const source = programme()
  const targetYears = yearsOf(source.period)
  const baselineYears = yearsOf(source.baseline)
  const organizations: SeedOrganization[] = source.schools.map((school) => ({ ...school, kind: 'SCHOOL' }))
  const schoolNames = new Set(organizations.map((org) => org.name))

  const targetRows = readSourceTsv('targets-001.tsv')
  const olympiadRows = readSourceTsv('history-olympiad-001.tsv')
  const indicators: [string, SeedIndicator][] = [
    ...targetRows.map((row): [string, SeedIndicator] => {
      const direction = TARGET_DIRECTION[row.no]
      if (!direction) throw new Error(`doc-001: no direction for target row ${row.no}`)
      return [direction, targetIndicator(row, targetYears)]
    }),
    ...readSourceTsv('history-ege-001.tsv').map((row): [string, SeedIndicator] => [
      HISTORY_DIRECTION,
      egeIndicator(row, baselineYears),
    ]),
    ...OLYMPIAD_INDICATORS.map((spec): [string, SeedIndicator] => [
      HISTORY_DIRECTION,
      olympiadIndicator(spec, olympiadRows, baselineYears, schoolNames),
    ]),
  ]
  const measureRows = readSourceTsv('measures-001-003.tsv').filter((row) => row.doc === '001')

  return {
    name: 'Балтийский городской округ',
    region: 'Калининградская область',
    organizations,
    roadmaps: [
      {
        sourceDocument: SOURCE_DOCUMENT,
        title: source.title,
        periodFrom: source.period.from,
        periodTo: source.period.to,
        parts: source.programmeParts,
        baselineFrom: source.baseline.from,
        baselineTo: source.baseline.to,
        approvalNumber: source.approval.number,
        approvalDate: source.approval.date,
        approvalBody: source.approval.body,
        directions: directionsOf(measureRows, groupByDirection(indicators)),
        riskRules: [],
      },
    ],
  }
}
