// A measure's deadline («срок»), parsed from the verbatim text the document prints.
// Pure data: no ORM, no GraphQL.

export type ScheduleKind =
  | 'ONCE' // one month or one year: «Март 2021 года», «2022 год», «Август-сентябрь 2021»
  | 'YEARS' // a range or list of years: «2021-2024», «2022, 2024»
  | 'ANNUAL' // every year at set times: «Ежегодно, август», «Декабрь Июнь», «По итогам учебного года»
  | 'CYCLE' // once every few years: «1 раз в 3 года для каждой образовательной организации»
  | 'PERMANENT' // all the time, never due by a date: «Весь период», «Постоянно»
  | 'EVENT' // on an event with no date of its own: «При необходимости», «Согласно плану - графику»
  | 'UNKNOWN' // the parser could not read it; the verbatim text is all there is

export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['ONCE', 'YEARS', 'ANNUAL', 'CYCLE', 'PERMANENT', 'EVENT', 'UNKNOWN']

/** The end of the school year: lessons end in May and the main ГИА period in June, so the year's results are in by 30 June. */
export const SCHOOL_YEAR_END_MONTH = 6
/** The ends of the school quarters: late October, December, March and late May (the autumn, winter, spring and summer breaks). */
export const SCHOOL_QUARTER_END_MONTHS: readonly number[] = [3, 5, 10, 12]

export interface Schedule {
  kind: ScheduleKind
  /** First and last calendar year covered, when the text names years. */
  yearFrom: number | null
  yearTo: number | null
  /** Every year named, for lists such as «2022, 2024»; otherwise the range expanded. */
  years: number[]
  /** Months 1..12 named in the text, in order; empty when none. */
  months: number[]
  /**
   * The months at whose end the measure is due, in each year it runs, ascending: the last month of
   * each month or range named («Декабрь Июнь» → 6 and 12, «март-апрель» → 4), the school calendar
   * for «по итогам учебного года» (6) and «по результатам четверти» (3, 5, 10, 12), 12 when the
   * text names no time of year. Empty for PERMANENT, EVENT and UNKNOWN: they are never due by a date.
   */
  dueMonths: number[]
  /** For CYCLE, the years one round takes («1 раз в 3 года» → 3); 1 for everything else. */
  everyYears: number
  /** The event for EVENT schedules, or a qualifier kept from the text («по отдельному плану»). */
  qualifier: string | null
}
