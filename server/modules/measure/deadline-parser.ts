// Reads a measure's verbatim deadline («срок исполнения») into a Schedule.
//
// Every word of the text must be accounted for; anything left over makes the result UNKNOWN,
// so a deadline is never guessed. Rules, in order of precedence:
// - «Весь период», «Постоянно» → PERMANENT; with a frequency, «Весь период (1 раз в год)» → ANNUAL.
// - «Ежегодно» → ANNUAL (months and qualifiers kept).
// - years → ONCE for one year («2022 год», «Март 2021 года», «Август-сентябрь 2021»), YEARS for a
//   range or list («2021-2024», «2022, 2024»); months then apply in each year named.
// - months without a year («Декабрь Июнь», «Ежегодно, август») → ANNUAL in those months.
// - a frequency alone: once a year or more often → ANNUAL, less often («1 раз в 3 года») → CYCLE.
// - a point of the school calendar («По итогам учебного года», «По результатам четверти») → ANNUAL,
//   due at the end of the school year or of each quarter (see SCHOOL_YEAR_END_MONTH).
// - an event or an outside plan («По итогам проведения», «При необходимости», «Согласно плану») → EVENT.
// School years: «2020/2021 учебный год» runs from September 2020 to August 2021, so it reads as
// YEARS 2020–2021 with the school year kept as the qualifier (the same years as «2020-2021»).
// Months are listed in the order the text names them, ranges expanded: «Декабрь Июнь» → [12, 6];
// each month or range named is one deadline, at the end of its last month: «Декабрь Июнь» is due twice a year.
import { SCHOOL_QUARTER_END_MONTHS, SCHOOL_YEAR_END_MONTH, type Schedule, type ScheduleKind } from './schedule.js'

type Frequency = 'YEARLY' | 'SUB_YEAR' | 'MULTI_YEAR'

interface Reading {
  years: number[]
  /** Separate year expressions: «2021-2024» is one, «2022, 2024» two. */
  yearExpressions: number
  months: number[]
  /** The months at whose end it is due: the last of each month or range named, or the school calendar's. */
  dueMonths: number[]
  /** Years per round of a MULTI_YEAR frequency. */
  everyYears: number
  isPermanent: boolean
  isAnnual: boolean
  isEvent: boolean
  frequency: Frequency | null
  qualifiers: string[]
}

interface Text {
  /** The text as printed, whitespace collapsed: qualifiers are cut from it. */
  clean: string
  /** The same text lowercased, «ё» → «е», dashes → «-»: same length, matched against. */
  lower: string
}

const MIN_YEAR = 1990
const MAX_YEAR = 2099
const MAX_RANGE_YEARS = 20

const MONTH_PATTERNS: readonly RegExp[] = [
  /^январ/,
  /^феврал/,
  /^март/,
  /^апрел/,
  /^ма[йяе]$/,
  /^июн/,
  /^июл/,
  /^август/,
  /^сентябр/,
  /^октябр/,
  /^ноябр/,
  /^декабр/,
]

const YEAR_WORD = String.raw`(?:\s*(?:годов|годы|года|год|гг\.?|г\.?)(?![а-я]))?`
const SCHOOL_YEAR_RE = new RegExp(
  String.raw`(\d{4})\s*\/\s*(\d{4}|\d{2})(?!\d)(?:\s*(?:учебн[а-я]*|уч\.)(?:\s*(?:год[а-я]*|г\.))?)?`,
  'y',
)
const YEAR_RANGE_RE = new RegExp(String.raw`(\d{4})\s*-\s*(\d{4})(?!\d)${YEAR_WORD}`, 'y')
const YEAR_RE = new RegExp(String.raw`(\d{4})(?!\d)${YEAR_WORD}`, 'y')
const WORD_RE = /[а-я]+/y
const RANGE_DASH_RE = /\s*-\s*/y
const MONTH_PREPOSITION_RE = /в\s+/y
const SEPARATOR_RE = /(?:[\s,;.]+|и(?![а-я]))/y
const PARENTHESES_RE = /\(([^()]*)\)/y
const PERMANENT_RE = /(?:весь период|в течение всего периода|постоянно)(?![а-я])/y
const ANNUAL_RE = /(?:ежегодно|каждый год)(?![а-я])/y
const FREQUENCY_RE =
  /(?:(\d+|один|одна|одного)\s+раз[а]?\s+в\s+(?:(\d+)\s+)?(год|года|лет|полугодие|четверть|квартал|месяц|неделю)|(ежеквартально|ежемесячно|еженедельно))(?![а-я])/y
// A phrase runs to the end of its clause: «по итогам учебного года», «согласно плану - графику».
const PHRASE_RE =
  /(?:по итогам|по результатам|по мере|по отдельн[а-я]*|по план[а-я]*|по график[а-я]*|при|согласно|в соответствии|в течение|в сроки|в период|в рамках)(?![а-я])[^,;(]*/y
// Phrases that name a point of the school calendar, not an event: due every year at that point.
const CALENDAR_PHRASES: readonly { re: RegExp; dueMonths: readonly number[]; frequency: Frequency }[] = [
  { re: /^в течение года$/, dueMonths: [12], frequency: 'YEARLY' },
  { re: /^(?:в течение|по итогам) учебного года$/, dueMonths: [SCHOOL_YEAR_END_MONTH], frequency: 'YEARLY' },
  { re: /^по (?:итогам|результатам) (?:каждой )?четверти$/, dueMonths: SCHOOL_QUARTER_END_MONTHS, frequency: 'SUB_YEAR' },
]
// The months a frequency of once per unit is due in: a school quarter ends at its break, a calendar
// quarter or half-year with its last month; a month or week is due every month, the finest a deadline gets here.
const DUE_MONTHS_OF_UNIT: Record<string, readonly number[]> = {
  четверть: SCHOOL_QUARTER_END_MONTHS,
  квартал: [3, 6, 9, 12],
  ежеквартально: [3, 6, 9, 12],
  полугодие: [6, 12],
  месяц: range(1, 12),
  неделю: range(1, 12),
  ежемесячно: range(1, 12),
  еженедельно: range(1, 12),
}

const readings = new Map<string, Schedule>()
const MAX_READINGS = 10_000

/** parseDeadline, remembered per text: a region's measures share a few hundred deadlines. The result is frozen, so it can be shared. */
export function scheduleOf(text: string): Schedule {
  let schedule = readings.get(text)
  if (schedule === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear()
    schedule = deepFreeze(parseDeadline(text))
    readings.set(text, schedule)
  }
  return schedule
}

function deepFreeze(schedule: Schedule): Schedule {
  Object.freeze(schedule.years)
  Object.freeze(schedule.months)
  Object.freeze(schedule.dueMonths)
  return Object.freeze(schedule)
}

export function parseDeadline(text: string): Schedule {
  const reading = readText(toText(text))
  return reading === null ? unknown() : toSchedule(reading)
}

function toText(text: string): Text {
  const clean = text.replace(/\s+/g, ' ').trim()
  // Lowercasing Cyrillic and swapping single characters keeps offsets aligned with `clean`.
  const lower = clean.toLowerCase().replace(/ё/g, 'е').replace(/[‐‑‒–—−]/g, '-')
  return { clean, lower }
}

function emptyReading(): Reading {
  return {
    years: [],
    yearExpressions: 0,
    months: [],
    dueMonths: [],
    everyYears: 1,
    isPermanent: false,
    isAnnual: false,
    isEvent: false,
    frequency: null,
    qualifiers: [],
  }
}

/** Reads the whole text, or returns null when some part of it is not understood. */
function readText(text: Text): Reading | null {
  const reading = emptyReading()
  let at = 0
  while (at < text.lower.length) {
    const next = readToken(text, at, reading)
    if (next === null) return null
    at = next
  }
  return reading
}

type TokenReader = (text: Text, at: number, reading: Reading) => number | null

const TOKEN_READERS: readonly TokenReader[] = [
  readSeparator,
  readParentheses,
  readSchoolYear,
  readYearRange,
  readYear,
  readMonths,
  readPermanent,
  readAnnual,
  readFrequency,
  readPhrase,
]

/** Reads one token at `at` into `reading`; returns where the next token starts. */
function readToken(text: Text, at: number, reading: Reading): number | null {
  for (const read of TOKEN_READERS) {
    const next = read(text, at, reading)
    if (next !== null) return next
  }
  return null
}

function matchAt(re: RegExp, text: Text, at: number): RegExpExecArray | null {
  re.lastIndex = at
  const match = re.exec(text.lower)
  return match !== null && match[0].length > 0 ? match : null
}

function end(match: RegExpExecArray): number {
  return match.index + match[0].length
}

function readSeparator(text: Text, at: number): number | null {
  const match = matchAt(SEPARATOR_RE, text, at)
  return match && end(match)
}

function readParentheses(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(PARENTHESES_RE, text, at)
  if (match === null) return null
  const innerStart = at + 1
  const inner = sliceText(text, innerStart, innerStart + match[1].length)
  const innerReading = readText(inner)
  if (innerReading !== null && isMonthsOnly(innerReading)) {
    addMonths(reading, innerReading.months)
  } else {
    // A remark in parentheses never makes a deadline unreadable: it is kept as a qualifier.
    addQualifier(reading, inner.clean)
    reading.frequency = innerReading?.frequency ?? reading.frequency
    reading.everyYears = Math.max(reading.everyYears, innerReading?.everyYears ?? 1)
  }
  addDueMonths(reading, innerReading?.dueMonths ?? [])
  return end(match)
}

function sliceText(text: Text, from: number, to: number): Text {
  return toText(text.clean.slice(from, to))
}

function isMonthsOnly(reading: Reading): boolean {
  return (
    reading.months.length > 0 &&
    reading.years.length === 0 &&
    !reading.isPermanent &&
    !reading.isAnnual &&
    !reading.isEvent &&
    reading.frequency === null &&
    reading.qualifiers.length === 0
  )
}

function readSchoolYear(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(SCHOOL_YEAR_RE, text, at)
  if (match === null) return null
  const from = Number(match[1])
  const to = match[2].length === 2 ? Math.floor(from / 100) * 100 + Number(match[2]) : Number(match[2])
  if (to !== from + 1 || !isPlausibleYear(from)) return null
  addYears(reading, [from, to])
  // Kept whole: the final dot of «уч. г.» is an abbreviation's, not a full stop.
  reading.qualifiers.push(text.clean.slice(at, end(match)).trim())
  return end(match)
}

function readYearRange(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(YEAR_RANGE_RE, text, at)
  if (match === null) return null
  const from = Number(match[1])
  const to = Number(match[2])
  if (!isPlausibleYear(from) || !isPlausibleYear(to) || to < from || to - from > MAX_RANGE_YEARS) return null
  addYears(reading, range(from, to))
  return end(match)
}

function readYear(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(YEAR_RE, text, at)
  if (match === null) return null
  const year = Number(match[1])
  if (!isPlausibleYear(year)) return null
  addYears(reading, [year])
  return end(match)
}

function isPlausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR
}

function addYears(reading: Reading, years: number[]): void {
  reading.years.push(...years)
  reading.yearExpressions += 1
}

/** «Август», «август-сентябрь», «Январь – февраль», «в мае». */
function readMonths(text: Text, at: number, reading: Reading): number | null {
  const preposition = matchAt(MONTH_PREPOSITION_RE, text, at)
  const first = readMonthWord(text, preposition === null ? at : end(preposition))
  if (first === null) return null
  const dash = matchAt(RANGE_DASH_RE, text, first.end)
  const last = dash && readMonthWord(text, end(dash))
  if (last === null) {
    addMonths(reading, [first.month])
    addDueMonths(reading, [first.month])
    return first.end
  }
  addMonths(reading, monthRange(first.month, last.month))
  addDueMonths(reading, [last.month])
  return last.end
}

function readMonthWord(text: Text, at: number): { month: number; end: number } | null {
  const match = matchAt(WORD_RE, text, at)
  if (match === null) return null
  const index = MONTH_PATTERNS.findIndex((pattern) => pattern.test(match[0]))
  return index < 0 ? null : { month: index + 1, end: end(match) }
}

/** Months from `first` to `last` inclusive, across the new year when `last` comes first. */
function monthRange(first: number, last: number): number[] {
  const length = ((last - first + 12) % 12) + 1
  return Array.from({ length }, (_, i) => ((first - 1 + i) % 12) + 1)
}

function addMonths(reading: Reading, months: number[]): void {
  for (const month of months) {
    if (!reading.months.includes(month)) reading.months.push(month)
  }
}

function addDueMonths(reading: Reading, months: readonly number[]): void {
  for (const month of months) {
    if (!reading.dueMonths.includes(month)) reading.dueMonths.push(month)
  }
}

function readPermanent(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(PERMANENT_RE, text, at)
  if (match === null) return null
  reading.isPermanent = true
  return end(match)
}

function readAnnual(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(ANNUAL_RE, text, at)
  if (match === null) return null
  reading.isAnnual = true
  return end(match)
}

/** «1 раз в 3 года для каждой образовательной организации»: the frequency and the rest of its clause. */
function readFrequency(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(FREQUENCY_RE, text, at)
  if (match === null) return null
  const clauseEnd = endOfClause(text, end(match))
  reading.frequency = toFrequency(match)
  if (reading.frequency === 'MULTI_YEAR') reading.everyYears = Number(match[2])
  addDueMonths(reading, DUE_MONTHS_OF_UNIT[match[3] ?? match[4]] ?? [])
  addQualifier(reading, text.clean.slice(at, clauseEnd))
  return clauseEnd
}

function toFrequency(match: RegExpExecArray): Frequency {
  const [, , interval, unit, adverb] = match
  if (adverb !== undefined) return 'SUB_YEAR'
  if (unit === 'год' || unit === 'года' || unit === 'лет') {
    return interval === undefined || Number(interval) === 1 ? 'YEARLY' : 'MULTI_YEAR'
  }
  return 'SUB_YEAR'
}

function endOfClause(text: Text, at: number): number {
  const rest = text.lower.slice(at).search(/[,;(]/)
  return rest < 0 ? text.lower.length : at + rest
}

function readPhrase(text: Text, at: number, reading: Reading): number | null {
  const match = matchAt(PHRASE_RE, text, at)
  if (match === null) return null
  const phrase = trimPunctuation(text.lower.slice(at, end(match))).replace(/\s+/g, ' ')
  const calendar = CALENDAR_PHRASES.find((p) => p.re.test(phrase))
  if (calendar) {
    reading.frequency = reading.frequency ?? calendar.frequency
    addDueMonths(reading, calendar.dueMonths)
  } else {
    reading.isEvent = true
  }
  addQualifier(reading, text.clean.slice(at, end(match)))
  return end(match)
}

function addQualifier(reading: Reading, qualifier: string): void {
  const trimmed = trimPunctuation(qualifier)
  if (trimmed.length > 0) reading.qualifiers.push(trimmed)
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s,;.-]+|[\s,;.-]+$/g, '')
}

function toSchedule(reading: Reading): Schedule {
  const kind = kindOf(reading)
  if (kind === 'UNKNOWN') return unknown()
  const years = [...new Set(reading.years)].sort((a, b) => a - b)
  const isDated = kind !== 'PERMANENT' && kind !== 'EVENT'
  return {
    kind,
    yearFrom: years.length > 0 ? years[0] : null,
    yearTo: years.length > 0 ? years[years.length - 1] : null,
    years,
    months: reading.months,
    dueMonths: !isDated ? [] : reading.dueMonths.length > 0 ? [...reading.dueMonths].sort((a, b) => a - b) : [12],
    everyYears: kind === 'CYCLE' ? reading.everyYears : 1,
    qualifier: reading.qualifiers.length > 0 ? reading.qualifiers.join('; ') : null,
  }
}

function kindOf(reading: Reading): ScheduleKind {
  // «Весь период (1 раз в год)», «Весь период (ежеквартально)»: a frequency over the whole period dates it.
  if (reading.isPermanent) return reading.frequency === null ? 'PERMANENT' : reading.frequency === 'MULTI_YEAR' ? 'CYCLE' : 'ANNUAL'
  if (reading.isAnnual) return 'ANNUAL'
  if (reading.years.length > 0) return kindOfYears(reading)
  if (reading.months.length > 0) return 'ANNUAL'
  if (reading.frequency !== null) return reading.frequency === 'MULTI_YEAR' ? 'CYCLE' : 'ANNUAL'
  if (reading.isEvent) return 'EVENT'
  return 'UNKNOWN'
}

function kindOfYears(reading: Reading): ScheduleKind {
  // «Декабрь 2020, июнь 2021»: which month goes with which year is lost in a flat schedule.
  if (reading.months.length > 0 && reading.yearExpressions > 1) return 'UNKNOWN'
  return reading.yearExpressions === 1 && reading.years.length === 1 ? 'ONCE' : 'YEARS'
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

function unknown(): Schedule {
  return { kind: 'UNKNOWN', yearFrom: null, yearTo: null, years: [], months: [], dueMonths: [], everyYears: 1, qualifier: null }
}
