// A measure's deadline («срок»), parsed from the verbatim text the document prints.
// Pure data: no ORM, no GraphQL.

export type ScheduleKind =
  | 'ONCE' // one month or one year: «Март 2021 года», «2022 год», «Август-сентябрь 2021»
  | 'YEARS' // a range or list of years: «2021-2024», «2022, 2024»
  | 'ANNUAL' // every year, optionally in given months: «Ежегодно, август»
  | 'PERMANENT' // the whole period: «Весь период», «Постоянно»
  | 'EVENT' // on an event: «По итогам учебного года», «По результатам четверти», «При необходимости»
  | 'UNKNOWN' // the parser could not read it; the verbatim text is all there is

export interface Schedule {
  kind: ScheduleKind
  /** First and last calendar year covered, when the text names years. */
  yearFrom: number | null
  yearTo: number | null
  /** Every year named, for lists such as «2022, 2024»; otherwise the range expanded. */
  years: number[]
  /** Months 1..12 named in the text, in order; empty when none. */
  months: number[]
  /** The event for EVENT schedules, or a qualifier kept from the text («по отдельному плану»). */
  qualifier: string | null
}
