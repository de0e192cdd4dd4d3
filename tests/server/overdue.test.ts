import { describe, expect, it } from 'vitest'
import { MeasureStatusKind } from '../../server/domain/enums.js'
import { duePoints, isScheduledIn, overdueYears } from '../../server/domain/overdue.js'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'

const period = { periodFrom: 2021, periodTo: 2024 }
const day = (iso: string) => new Date(`${iso}T12:00:00Z`)

describe('duePoints', () => {
  it('puts a one-off month at the end of that month', () => {
    expect(duePoints(parseDeadline('Март 2021 года'), period)).toEqual([{ year: 2021, due: new Date(Date.UTC(2021, 3, 0, 23, 59, 59)) }])
  })

  it('makes every year of the period due for annual and whole-period measures, and none for events', () => {
    expect(duePoints(parseDeadline('Ежегодно, август'), period).map((p) => p.year)).toEqual([2021, 2022, 2023, 2024])
    expect(duePoints(parseDeadline('Весь период'), period).map((p) => p.year)).toEqual([2021, 2022, 2023, 2024])
    expect(duePoints(parseDeadline('При необходимости'), period)).toEqual([])
  })
})

describe('overdueYears', () => {
  it('is overdue once the deadline has passed and it is not done', () => {
    const schedule = parseDeadline('Март 2021 года')
    expect(overdueYears(schedule, [], period, day('2021-03-15'))).toEqual([])
    expect(overdueYears(schedule, [], period, day('2021-04-01'))).toEqual([2021])
    expect(overdueYears(schedule, [{ year: 2021, status: MeasureStatusKind.DONE }], period, day('2021-04-01'))).toEqual([])
  })

  it('counts each past year of an annual measure not done, a cancelled year excused', () => {
    const statuses = [{ year: 2021, status: MeasureStatusKind.DONE }, { year: 2022, status: MeasureStatusKind.CANCELLED }, { year: 2023, status: MeasureStatusKind.NOT_DONE }]
    expect(overdueYears(parseDeadline('Ежегодно, август'), statuses, period, day('2024-09-01'))).toEqual([2023, 2024])
  })

  it('never makes an event-driven measure overdue', () => {
    expect(overdueYears(parseDeadline('По итогам учебного года'), [], period, day('2030-01-01'))).toEqual([])
  })
})

describe('isScheduledIn', () => {
  it('knows the years a measure is planned for', () => {
    expect(isScheduledIn(parseDeadline('2022, 2024'), 2023, period)).toBe(false)
    expect(isScheduledIn(parseDeadline('2022, 2024'), 2024, period)).toBe(true)
    expect(isScheduledIn(parseDeadline('При необходимости'), 2022, period)).toBe(true)
  })
})
