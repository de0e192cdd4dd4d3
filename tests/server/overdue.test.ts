import { describe, expect, it } from 'vitest'
import { readSourceTsv } from '../../seeds/source-files.js'
import { MeasureStatusKind } from '../../server/domain/enums.js'
import { duePoints, dueYears, isScheduledIn, isUnreportedIn, overdueYears, type DuePoint, type YearStatus } from '../../server/domain/overdue.js'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'

const { DONE, CANCELLED, IN_PROGRESS, NOT_DONE, PLANNED } = MeasureStatusKind
const day = (iso: string) => new Date(`${iso}T12:00:00Z`)
const status = (year: number, s: MeasureStatusKind): YearStatus => ({ year, status: s })

// The roadmap periods of the documents (000: 2021–2024, 001: 2021–2025, 003: 2022–2025).
const PERIODS = { '000': { periodFrom: 2021, periodTo: 2024 }, '001': { periodFrom: 2021, periodTo: 2025 }, '003': { periodFrom: 2022, periodTo: 2025 } }
type Doc = keyof typeof PERIODS

/** A deadline as written below: its last day; «*» an interim one of its year; «за 2022–2024» the round a CYCLE deadline closes. */
function written(p: DuePoint): string {
  const round = p.metBy.length > 1 ? ` за ${p.metBy[0]}–${p.metBy.at(-1)}` : ''
  return `${p.due.toISOString().slice(0, 10)}${p.isInterim ? '*' : ''}${round}`
}

/** The same days in each of the years: each([2021, 2022], '06-30*', '12-31'). */
const each = (years: number[], ...days: string[]) => years.flatMap((y) => days.map((d) => `${y}-${d}`))
const Y21_24 = [2021, 2022, 2023, 2024]
const Y22_25 = [2022, 2023, 2024, 2025]
const QUARTER_ENDS = ['03-31*', '05-31*', '10-31*', '12-31']

// Every deadline of the three documents with measures, in its roadmap's period: the days by
// which the measure is due, worked out by hand from the document's words.
const DOCUMENT_DUE_DATES: [doc: Doc, text: string, due: string[]][] = [
  ['000', '2021', ['2021-12-31']],
  ['000', '2021-2022', each([2021, 2022], '12-31')],
  ['000', '2021-2023', each([2021, 2022, 2023], '12-31')],
  ['000', '2021-2024', each(Y21_24, '12-31')],
  ['000', '2021-2024 (март-апрель)', each(Y21_24, '04-30')],
  ['000', '2021-2024 (один раз в четверть)', each(Y21_24, ...QUARTER_ENDS)],
  ['000', '2021-2024 (по отдельном плану)', each(Y21_24, '12-31')],
  ['000', '2022', ['2022-12-31']],
  ['000', '2022 2023', ['2022-12-31', '2023-12-31']],
  ['000', '2022 год', ['2022-12-31']],
  ['000', '2022, 2024', ['2022-12-31', '2024-12-31']],
  ['000', '2022-2023', ['2022-12-31', '2023-12-31']],
  ['000', '2022-2024', ['2022-12-31', '2023-12-31', '2024-12-31']],
  ['000', '2023', ['2023-12-31']],
  ['000', 'Август-сентябрь 2021', ['2021-09-30']],
  ['000', 'Апрель 2021 год', ['2021-04-30']],
  ['000', 'Весь период', []],
  ['000', 'Весь период (1 раз в год)', each(Y21_24, '12-31')],
  ['000', 'Весь период (по планам профориентационной работы ОО)', []],
  ['000', 'Ежегодно', each(Y21_24, '12-31')],
  ['000', 'Ежегодно (по отдельному плану)', each(Y21_24, '12-31')],
  ['000', 'Ежегодно, август', each(Y21_24, '08-31')],
  ['000', 'Май-август (предварительные данные) сентябрь', each(Y21_24, '08-31*', '09-30')],
  ['000', 'Март 2021 год', ['2021-03-31']],
  ['000', 'Март 2021 года', ['2021-03-31']],
  ['000', 'По результатам четверти', each(Y21_24, ...QUARTER_ENDS)],
  ['000', 'Постоянно', []],
  ['000', 'При необходимости', []],
  ['001', 'Декабрь 2020 г.', ['2020-12-31']],
  ['001', 'Декабрь 2020г.', ['2020-12-31']],
  ['001', 'Ноябрь 2020г.', ['2020-11-30']],
  ['001', 'Постоянно', []],
  ['001', 'Сентябрь 2020 г.', ['2020-09-30']],
  ['001', 'Сентябрь 2020г.', ['2020-09-30']],
  ['001', 'Согласно графику', []],
  ['001', 'Согласно плану', []],
  ['001', 'Согласно плану - графику', []],
  ['001', 'Январь – февраль 2021 г.', ['2021-02-28']],
  ['003', '1 раз в 3 года для каждой образовательной организации', ['2024-12-31 за 2022–2024']],
  ['003', '2025', ['2025-12-31']],
  ['003', 'Апрель-июнь В течение учебного года', each(Y22_25, '06-30')],
  ['003', 'В соответствии с графиком проведения', []],
  ['003', 'Декабрь 2021', ['2021-12-31']],
  ['003', 'Декабрь Июнь', each(Y22_25, '06-30*', '12-31')],
  ['003', 'Ежегодно', each(Y22_25, '12-31')],
  ['003', 'Ежегодно (при наличии)', each(Y22_25, '12-31')],
  ['003', 'Ежегодно в соответствии с графиком проведения', each(Y22_25, '12-31')],
  ['003', 'Ежегодно, август', each(Y22_25, '08-31')],
  ['003', 'Май 2022', ['2022-05-31']],
  ['003', 'По итогам проведения', []],
  ['003', 'По итогам проведения оценочных процедур', []],
  ['003', 'По итогам учебного года', each(Y22_25, '06-30')],
  ['003', 'По итогам учебного года.', each(Y22_25, '06-30')],
  ['003', 'Постоянно', []],
]

function documentDeadlines(): string[] {
  const rows = [
    ...readSourceTsv('measures-000.tsv').map((r) => `000 ${r.deadline}`),
    ...readSourceTsv('measures-001-003.tsv').map((r) => `${r.doc} ${r.deadline}`),
  ]
  return [...new Set(rows)].sort()
}

describe('duePoints over the documents', () => {
  it('has the due dates of every distinct deadline of every document', () => {
    expect(DOCUMENT_DUE_DATES.map(([doc, text]) => `${doc} ${text}`).sort()).toEqual(documentDeadlines())
  })

  it.each(DOCUMENT_DUE_DATES)('%s «%s»', (doc, text, due) => {
    expect(duePoints(parseDeadline(text), PERIODS[doc]).map(written)).toEqual(due)
  })

  it('never makes 000’s «Весь период» and «Постоянно» measures overdue, however late and without any status', () => {
    const permanent = readSourceTsv('measures-000.tsv').filter((r) => /^(Весь период|Постоянно)/.test(r.deadline) && r.deadline !== 'Весь период (1 раз в год)')
    expect(permanent).toHaveLength(63)
    for (const r of permanent) expect(overdueYears(parseDeadline(r.deadline), [], PERIODS['000'], day('2030-01-01'))).toEqual([])
  })
})

describe('overdueYears', () => {
  const p000 = PERIODS['000']

  it('makes a one-off measure overdue the day after its month ends, until it is done', () => {
    const once = parseDeadline('Март 2021 года')
    expect(overdueYears(once, [], p000, day('2021-03-31'))).toEqual([])
    expect(overdueYears(once, [], p000, day('2021-04-01'))).toEqual([2021])
    expect(overdueYears(once, [status(2021, IN_PROGRESS)], p000, day('2021-04-01'))).toEqual([2021])
    expect(overdueYears(once, [status(2021, DONE)], p000, day('2021-04-01'))).toEqual([])
  })

  it('counts each past year of a multi-year measure not done, a cancelled year excused', () => {
    const years = parseDeadline('2022, 2024')
    expect(overdueYears(years, [], p000, day('2023-06-01'))).toEqual([2022])
    expect(overdueYears(years, [status(2022, CANCELLED)], p000, day('2025-01-01'))).toEqual([2024])
  })

  it('counts each past year of an annual measure not done, a cancelled year excused', () => {
    const statuses = [status(2021, DONE), status(2022, CANCELLED), status(2023, NOT_DONE)]
    expect(overdueYears(parseDeadline('Ежегодно, август'), statuses, p000, day('2024-09-01'))).toEqual([2023, 2024])
  })

  it('makes «Декабрь Июнь» overdue after June already, met then by «Выполняется» until December', () => {
    const twice = parseDeadline('Декабрь Июнь')
    const p003 = PERIODS['003']
    expect(overdueYears(twice, [], p003, day('2022-06-30'))).toEqual([])
    expect(overdueYears(twice, [], p003, day('2022-07-01'))).toEqual([2022])
    expect(overdueYears(twice, [status(2022, IN_PROGRESS)], p003, day('2022-07-01'))).toEqual([])
    expect(overdueYears(twice, [status(2022, IN_PROGRESS)], p003, day('2023-01-01'))).toEqual([2022])
    expect(overdueYears(twice, [status(2022, DONE)], p003, day('2023-01-01'))).toEqual([])
  })

  it('makes «По итогам учебного года» due at the end of each June', () => {
    const yearEnd = parseDeadline('По итогам учебного года')
    const p003 = PERIODS['003']
    expect(overdueYears(yearEnd, [], p003, day('2022-06-30'))).toEqual([])
    expect(overdueYears(yearEnd, [], p003, day('2022-07-01'))).toEqual([2022])
    expect(overdueYears(yearEnd, [status(2022, DONE)], p003, day('2023-07-01'))).toEqual([2023])
  })

  it('makes «По результатам четверти» due at the end of each quarter', () => {
    const quarter = parseDeadline('По результатам четверти')
    expect(overdueYears(quarter, [], p000, day('2021-03-31'))).toEqual([])
    expect(overdueYears(quarter, [], p000, day('2021-04-01'))).toEqual([2021])
    expect(overdueYears(quarter, [status(2021, IN_PROGRESS)], p000, day('2021-11-01'))).toEqual([])
    expect(overdueYears(quarter, [status(2021, IN_PROGRESS)], p000, day('2022-01-01'))).toEqual([2021])
  })

  it('makes «1 раз в 3 года» due once per round of three years, met by a status in any of them', () => {
    const cycle = parseDeadline('1 раз в 3 года для каждой образовательной организации')
    const p003 = PERIODS['003']
    expect(overdueYears(cycle, [], p003, day('2024-12-31'))).toEqual([])
    expect(overdueYears(cycle, [], p003, day('2025-01-01'))).toEqual([2024])
    expect(overdueYears(cycle, [status(2022, DONE)], p003, day('2030-01-01'))).toEqual([])
    expect(overdueYears(cycle, [status(2025, DONE)], p003, day('2030-01-01'))).toEqual([2024])
  })

  it('never makes a permanent or event-driven measure overdue', () => {
    for (const text of ['Весь период', 'Постоянно', 'По итогам проведения', 'При необходимости', 'Согласно плану - графику'])
      expect(overdueYears(parseDeadline(text), [], p000, day('2030-01-01'))).toEqual([])
  })

  it('lets a deadline before the period be met by a status for its year: 001 «Сентябрь 2020г.»', () => {
    const before = parseDeadline('Сентябрь 2020г.')
    expect(overdueYears(before, [], PERIODS['001'], day('2021-01-01'))).toEqual([2020])
    expect(overdueYears(before, [status(2020, DONE)], PERIODS['001'], day('2021-01-01'))).toEqual([])
  })
})

describe('dueYears', () => {
  it('gives each year with a deadline once, however many deadlines it holds', () => {
    expect(dueYears(parseDeadline('По результатам четверти'), PERIODS['000'])).toEqual(Y21_24)
    expect(dueYears(parseDeadline('1 раз в 3 года для каждой образовательной организации'), PERIODS['003'])).toEqual([2024])
  })
})

describe('isScheduledIn', () => {
  const period = PERIODS['000']

  it('knows the years a measure is planned for', () => {
    expect(isScheduledIn(parseDeadline('2022, 2024'), 2023, period)).toBe(false)
    expect(isScheduledIn(parseDeadline('2022, 2024'), 2024, period)).toBe(true)
  })

  it('plans measures without a date, and a cycle, in every year of the period', () => {
    for (const text of ['При необходимости', 'Весь период', '1 раз в 3 года для каждой образовательной организации']) {
      expect(isScheduledIn(parseDeadline(text), 2022, period)).toBe(true)
      expect(isScheduledIn(parseDeadline(text), 2025, period)).toBe(false)
    }
  })
})

describe('isUnreportedIn', () => {
  const period = PERIODS['000']

  it('lists a permanent measure without a status for a year that has begun, apart from overdue', () => {
    const permanent = parseDeadline('Постоянно')
    expect(isUnreportedIn(permanent, [], 2022, period, day('2022-03-01'))).toBe(true)
    expect(isUnreportedIn(permanent, [], 2022, period, day('2021-12-31'))).toBe(false)
    expect(isUnreportedIn(permanent, [status(2022, PLANNED)], 2022, period, day('2023-01-01'))).toBe(false)
    expect(isUnreportedIn(permanent, [status(2021, DONE)], 2022, period, day('2023-01-01'))).toBe(true)
  })

  it('does not list a dated measure: past its deadline it is overdue instead', () => {
    expect(isUnreportedIn(parseDeadline('Ежегодно'), [], 2022, period, day('2023-01-01'))).toBe(false)
  })
})
