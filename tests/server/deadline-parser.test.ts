import { describe, expect, it } from 'vitest'
import { readDocument, readSourceTsv } from '../../seeds/source-files.js'
import { parseDeadline, scheduleOf } from '../../server/modules/measure/deadline-parser.js'
import type { Schedule, ScheduleKind } from '../../server/modules/measure/schedule.js'

function measureRows(): { doc: '000' | '001' | '003'; deadline: string }[] {
  return [
    ...readSourceTsv('measures-000.tsv').map((r) => ({ doc: '000' as const, deadline: r.deadline })),
    ...readSourceTsv('measures-001-003.tsv').map((r) => ({ doc: r.doc as '001' | '003', deadline: r.deadline })),
  ]
}

function distinctDeadlines(): string[] {
  return [...new Set(measureRows().map((r) => r.deadline))].sort()
}

const collapse = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

const Y21_24 = [2021, 2022, 2023, 2024]
const QUARTERS = [3, 5, 10, 12]

type Expected = [text: string, kind: ScheduleKind, years: number[], months: number[], dueMonths: number[], everyYears: number, qualifier: string | null]

// Every distinct deadline of measures-000.tsv and measures-001-003.tsv (000, 001 and 003), read by
// hand from the documents: what kind of deadline it is, and the months at whose end it is due.
// By the school calendar: «по итогам учебного года» is due at the end of June, «четверть» at the
// ends of March, May, October and December.
//  text                                                    kind         years        months named       due months  every  qualifier
const DOCUMENT_DEADLINES: Expected[] = [
  ['1 раз в 3 года для каждой образовательной организации', 'CYCLE',     [],          [],                [12],       3,     '1 раз в 3 года для каждой образовательной организации'],
  ['2021',                                                  'ONCE',      [2021],      [],                [12],       1,     null],
  ['2021-2022',                                             'YEARS',     [2021, 2022], [],               [12],       1,     null],
  ['2021-2023',                                             'YEARS',     [2021, 2022, 2023], [],         [12],       1,     null],
  ['2021-2024',                                             'YEARS',     Y21_24,      [],                [12],       1,     null],
  ['2021-2024 (март-апрель)',                               'YEARS',     Y21_24,      [3, 4],            [4],        1,     null],
  ['2021-2024 (один раз в четверть)',                       'YEARS',     Y21_24,      [],                QUARTERS,   1,     'один раз в четверть'],
  ['2021-2024 (по отдельном плану)',                        'YEARS',     Y21_24,      [],                [12],       1,     'по отдельном плану'],
  ['2022',                                                  'ONCE',      [2022],      [],                [12],       1,     null],
  ['2022 2023',                                             'YEARS',     [2022, 2023], [],               [12],       1,     null],
  ['2022 год',                                              'ONCE',      [2022],      [],                [12],       1,     null],
  ['2022, 2024',                                            'YEARS',     [2022, 2024], [],               [12],       1,     null],
  ['2022-2023',                                             'YEARS',     [2022, 2023], [],               [12],       1,     null],
  ['2022-2024',                                             'YEARS',     [2022, 2023, 2024], [],         [12],       1,     null],
  ['2023',                                                  'ONCE',      [2023],      [],                [12],       1,     null],
  ['2025',                                                  'ONCE',      [2025],      [],                [12],       1,     null],
  ['Август-сентябрь 2021',                                  'ONCE',      [2021],      [8, 9],            [9],        1,     null],
  ['Апрель 2021 год',                                       'ONCE',      [2021],      [4],               [4],        1,     null],
  ['Апрель-июнь В течение учебного года',                   'ANNUAL',    [],          [4, 5, 6],         [6],        1,     'В течение учебного года'],
  ['В соответствии с графиком проведения',                  'EVENT',     [],          [],                [],         1,     'В соответствии с графиком проведения'],
  ['Весь период',                                           'PERMANENT', [],          [],                [],         1,     null],
  ['Весь период (1 раз в год)',                             'ANNUAL',    [],          [],                [12],       1,     '1 раз в год'],
  ['Весь период (по планам профориентационной работы ОО)',  'PERMANENT', [],          [],                [],         1,     'по планам профориентационной работы ОО'],
  ['Декабрь 2020 г.',                                       'ONCE',      [2020],      [12],              [12],       1,     null],
  ['Декабрь 2020г.',                                        'ONCE',      [2020],      [12],              [12],       1,     null],
  ['Декабрь 2021',                                          'ONCE',      [2021],      [12],              [12],       1,     null],
  ['Декабрь Июнь',                                          'ANNUAL',    [],          [12, 6],           [6, 12],    1,     null],
  ['Ежегодно',                                              'ANNUAL',    [],          [],                [12],       1,     null],
  ['Ежегодно (по отдельному плану)',                        'ANNUAL',    [],          [],                [12],       1,     'по отдельному плану'],
  ['Ежегодно (при наличии)',                                'ANNUAL',    [],          [],                [12],       1,     'при наличии'],
  ['Ежегодно в соответствии с графиком проведения',         'ANNUAL',    [],          [],                [12],       1,     'в соответствии с графиком проведения'],
  ['Ежегодно, август',                                      'ANNUAL',    [],          [8],               [8],        1,     null],
  ['Май 2022',                                              'ONCE',      [2022],      [5],               [5],        1,     null],
  ['Май-август (предварительные данные) сентябрь',          'ANNUAL',    [],          [5, 6, 7, 8, 9],   [8, 9],     1,     'предварительные данные'],
  ['Март 2021 год',                                         'ONCE',      [2021],      [3],               [3],        1,     null],
  ['Март 2021 года',                                        'ONCE',      [2021],      [3],               [3],        1,     null],
  ['Ноябрь 2020г.',                                         'ONCE',      [2020],      [11],              [11],       1,     null],
  ['По итогам проведения',                                  'EVENT',     [],          [],                [],         1,     'По итогам проведения'],
  ['По итогам проведения оценочных процедур',               'EVENT',     [],          [],                [],         1,     'По итогам проведения оценочных процедур'],
  ['По итогам учебного года',                               'ANNUAL',    [],          [],                [6],        1,     'По итогам учебного года'],
  ['По итогам учебного года.',                              'ANNUAL',    [],          [],                [6],        1,     'По итогам учебного года'],
  ['По результатам четверти',                               'ANNUAL',    [],          [],                QUARTERS,   1,     'По результатам четверти'],
  ['Постоянно',                                             'PERMANENT', [],          [],                [],         1,     null],
  ['При необходимости',                                     'EVENT',     [],          [],                [],         1,     'При необходимости'],
  ['Сентябрь 2020 г.',                                      'ONCE',      [2020],      [9],               [9],        1,     null],
  ['Сентябрь 2020г.',                                       'ONCE',      [2020],      [9],               [9],        1,     null],
  ['Согласно графику',                                      'EVENT',     [],          [],                [],         1,     'Согласно графику'],
  ['Согласно плану',                                        'EVENT',     [],          [],                [],         1,     'Согласно плану'],
  ['Согласно плану - графику',                              'EVENT',     [],          [],                [],         1,     'Согласно плану - графику'],
  ['Январь – февраль 2021 г.',                              'ONCE',      [2021],      [1, 2],            [2],        1,     null],
]

// The document deadlines the parser cannot read. Keep it explicit so that none hides.
const EXPECTED_UNKNOWN: string[] = []

function schedule(kind: ScheduleKind, years: number[], months: number[], qualifier: string | null, dueMonths: number[] = [], everyYears = 1): Schedule {
  return {
    kind,
    yearFrom: years.length > 0 ? Math.min(...years) : null,
    yearTo: years.length > 0 ? Math.max(...years) : null,
    years,
    months,
    dueMonths,
    everyYears,
    qualifier,
  }
}

/** The schedule without its due months: what the older tests below pin. */
function reading(kind: ScheduleKind, years: number[], months: number[], qualifier: string | null) {
  return { kind, yearFrom: years.length > 0 ? Math.min(...years) : null, yearTo: years.length > 0 ? Math.max(...years) : null, years, months, qualifier }
}

describe('parseDeadline over the documents', () => {
  it('has an expectation for every distinct deadline of the measures tables', () => {
    expect(DOCUMENT_DEADLINES.map(([text]) => text).sort()).toEqual(distinctDeadlines())
  })

  it('finds every one of those deadlines in the text of its document', () => {
    const documents = { '000': collapse(readDocument('000')), '001': collapse(readDocument('001')), '003': collapse(readDocument('003')) }
    for (const { doc, deadline } of measureRows()) expect(documents[doc], `${doc}: «${deadline}»`).toContain(collapse(deadline))
  })

  it.each(DOCUMENT_DEADLINES)('reads «%s» as %s', (text, kind, years, months, dueMonths, everyYears, qualifier) => {
    expect(parseDeadline(text)).toEqual(schedule(kind, years, months, qualifier, dueMonths, everyYears))
  })

  it('leaves only the expected document deadlines UNKNOWN', () => {
    const unknown = distinctDeadlines().filter((text) => parseDeadline(text).kind === 'UNKNOWN')
    expect(unknown).toEqual(EXPECTED_UNKNOWN)
  })
})

describe('parseDeadline', () => {
  it('reads «Весь период» and «Постоянно» as the whole period', () => {
    expect(parseDeadline('Весь период')).toMatchObject(reading('PERMANENT', [], [], null))
    expect(parseDeadline('Постоянно')).toMatchObject(reading('PERMANENT', [], [], null))
    expect(parseDeadline('В течение всего периода')).toMatchObject(reading('PERMANENT', [], [], null))
  })

  it('reads «Ежегодно, август» as every year in August', () => {
    expect(parseDeadline('Ежегодно, август')).toMatchObject(reading('ANNUAL', [], [8], null))
  })

  it('reads months without a year («Декабрь Июнь») as every year in those months, in the order named', () => {
    expect(parseDeadline('Декабрь Июнь')).toMatchObject(reading('ANNUAL', [], [12, 6], null))
  })

  it('reads «Весь период (1 раз в год)» as every year, and the whole period with a frequency within the year as due by it', () => {
    expect(parseDeadline('Весь период (1 раз в год)').kind).toBe('ANNUAL')
    expect(parseDeadline('Весь период (ежеквартально)')).toMatchObject({ kind: 'ANNUAL', dueMonths: [3, 6, 9, 12] })
  })

  it('reads a single year as once in that year, with or without «год», «г.», «гг.»', () => {
    for (const text of ['2022', '2022 год', '2022 года', '2022г.', '2022 г.', '2022 гг.', ' 2022  г ']) {
      expect(parseDeadline(text)).toMatchObject(reading('ONCE', [2022], [], null))
    }
  })

  it('reads a month of a year as once in that month: «Март 2021 года», «Декабрь 2020г.»', () => {
    expect(parseDeadline('Март 2021 года')).toMatchObject(reading('ONCE', [2021], [3], null))
    expect(parseDeadline('Декабрь 2020г.')).toMatchObject(reading('ONCE', [2020], [12], null))
    expect(parseDeadline('в мае 2023 г.')).toMatchObject(reading('ONCE', [2023], [5], null))
  })

  it('reads «Август-сентябрь 2021» as once, in August and September', () => {
    expect(parseDeadline('Август-сентябрь 2021')).toMatchObject(reading('ONCE', [2021], [8, 9], null))
  })

  it('reads month ranges with a hyphen, an en dash or an em dash, with any spacing', () => {
    for (const text of ['Январь-февраль 2021', 'Январь – февраль 2021 г.', 'январь—февраль 2021', 'ЯНВАРЬ -ФЕВРАЛЬ 2021']) {
      expect(parseDeadline(text)).toMatchObject(reading('ONCE', [2021], [1, 2], null))
    }
  })

  it('expands a month range across the new year', () => {
    expect(parseDeadline('Ноябрь-февраль').months).toEqual([11, 12, 1, 2])
  })

  it('reads «2021-2024» as the years 2021 to 2024', () => {
    expect(parseDeadline('2021-2024')).toMatchObject(reading('YEARS', [2021, 2022, 2023, 2024], [], null))
    expect(parseDeadline('2021 – 2024 гг.')).toMatchObject(reading('YEARS', [2021, 2022, 2023, 2024], [], null))
  })

  it('keeps a remark in parentheses as the qualifier: «2021-2024 (по отдельном плану)»', () => {
    expect(parseDeadline('2021-2024 (по отдельном плану)')).toMatchObject(
      reading('YEARS', [2021, 2022, 2023, 2024], [], 'по отдельном плану'),
    )
  })

  it('reads months in parentheses as the months of each year: «2021-2024 (март-апрель)»', () => {
    expect(parseDeadline('2021-2024 (март-апрель)')).toMatchObject(reading('YEARS', [2021, 2022, 2023, 2024], [3, 4], null))
  })

  it('reads «2022, 2024» as a list of two years, not a range', () => {
    expect(parseDeadline('2022, 2024')).toMatchObject(reading('YEARS', [2022, 2024], [], null))
    expect(parseDeadline('2022 и 2024 гг.')).toMatchObject(reading('YEARS', [2022, 2024], [], null))
  })

  it('reads a school year «2020/2021 учебный год» as the years 2020 and 2021, keeping it as the qualifier', () => {
    expect(parseDeadline('2020/2021 учебный год')).toMatchObject(reading('YEARS', [2020, 2021], [], '2020/2021 учебный год'))
    expect(parseDeadline('2021/22 уч. г.')).toMatchObject(reading('YEARS', [2021, 2022], [], '2021/22 уч. г.'))
  })

  it('does not read «2020/2022» as a school year', () => {
    expect(parseDeadline('2020/2022').kind).toBe('UNKNOWN')
  })

  it('reads «По итогам учебного года» as every year at the end of June, and «По результатам четверти» at the end of each quarter', () => {
    expect(parseDeadline('По итогам учебного года')).toEqual(schedule('ANNUAL', [], [], 'По итогам учебного года', [6]))
    expect(parseDeadline('По результатам четверти')).toEqual(schedule('ANNUAL', [], [], 'По результатам четверти', [3, 5, 10, 12]))
    expect(parseDeadline('по итогам каждой четверти')).toEqual(schedule('ANNUAL', [], [], 'по итогам каждой четверти', [3, 5, 10, 12]))
  })

  it('reads «При необходимости», «Согласно плану», «По итогам проведения» as events with no date', () => {
    expect(parseDeadline('При необходимости')).toEqual(schedule('EVENT', [], [], 'При необходимости'))
    expect(parseDeadline('Согласно плану')).toEqual(schedule('EVENT', [], [], 'Согласно плану'))
    expect(parseDeadline('По итогам проведения')).toEqual(schedule('EVENT', [], [], 'По итогам проведения'))
  })

  it('makes each month or range named one deadline, at the end of its last month', () => {
    expect(parseDeadline('Декабрь Июнь').dueMonths).toEqual([6, 12])
    expect(parseDeadline('Март 2021 года').dueMonths).toEqual([3])
    expect(parseDeadline('Январь – февраль 2021 г.').dueMonths).toEqual([2])
    expect(parseDeadline('2021-2024 (март-апрель)').dueMonths).toEqual([4])
    expect(parseDeadline('Май-август (предварительные данные) сентябрь').dueMonths).toEqual([8, 9])
  })

  it('is due at the end of December when the text names no time of year', () => {
    for (const text of ['2022', '2021-2024', 'Ежегодно', 'Весь период (1 раз в год)']) expect(parseDeadline(text).dueMonths).toEqual([12])
  })

  it('has no due month for what runs all the time or on events', () => {
    for (const text of ['Весь период', 'Постоянно', 'При необходимости', 'Согласно графику']) expect(parseDeadline(text).dueMonths).toEqual([])
  })

  it('turns a frequency within the year into its due months', () => {
    expect(parseDeadline('Один раз в четверть').dueMonths).toEqual([3, 5, 10, 12])
    expect(parseDeadline('Ежеквартально').dueMonths).toEqual([3, 6, 9, 12])
    expect(parseDeadline('1 раз в полугодие').dueMonths).toEqual([6, 12])
    expect(parseDeadline('Ежемесячно').dueMonths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(parseDeadline('В течение учебного года').dueMonths).toEqual([6])
    expect(parseDeadline('В течение года').dueMonths).toEqual([12])
  })

  it('drops the final full stop of an event: «По итогам учебного года.»', () => {
    expect(parseDeadline('По итогам учебного года.').qualifier).toBe('По итогам учебного года')
  })

  it('keeps a clause after «Ежегодно» as the qualifier', () => {
    expect(parseDeadline('Ежегодно в соответствии с графиком проведения')).toMatchObject(
      reading('ANNUAL', [], [], 'в соответствии с графиком проведения'),
    )
  })

  it('reads a frequency of less than once a year as a cycle of that many years, not as the whole period', () => {
    expect(parseDeadline('1 раз в 3 года для каждой образовательной организации')).toMatchObject({ kind: 'CYCLE', everyYears: 3, dueMonths: [12] })
    expect(parseDeadline('Один раз в 2 года')).toMatchObject({ kind: 'CYCLE', everyYears: 2 })
    expect(parseDeadline('Весь период (1 раз в 3 года)')).toMatchObject({ kind: 'CYCLE', everyYears: 3 })
  })

  it('reads a frequency of once a year or more often as every year', () => {
    expect(parseDeadline('Один раз в четверть')).toMatchObject(reading('ANNUAL', [], [], 'Один раз в четверть'))
    expect(parseDeadline('Ежеквартально')).toMatchObject(reading('ANNUAL', [], [], 'Ежеквартально'))
    expect(parseDeadline('В течение учебного года')).toMatchObject(reading('ANNUAL', [], [], 'В течение учебного года'))
  })

  it('is case-insensitive and treats «ё» as «е»', () => {
    expect(parseDeadline('ЕЖЕГОДНО, АВГУСТ')).toMatchObject(reading('ANNUAL', [], [8], null))
    expect(parseDeadline('весь период')).toMatchObject(reading('PERMANENT', [], [], null))
  })

  it('tolerates line breaks and runs of spaces', () => {
    expect(parseDeadline('2021-2024\n(по отдельном   плану)')).toMatchObject(
      reading('YEARS', [2021, 2022, 2023, 2024], [], 'по отдельном плану'),
    )
  })

  it('returns UNKNOWN for an empty text', () => {
    expect(parseDeadline('')).toMatchObject(reading('UNKNOWN', [], [], null))
    expect(parseDeadline('   ')).toMatchObject(reading('UNKNOWN', [], [], null))
  })

  it('returns UNKNOWN, not a guess, when a word is not understood', () => {
    for (const text of ['Когда-нибудь', '2021 примерно', 'Март 2021 или позже', 'Q3 2021']) {
      expect(parseDeadline(text)).toMatchObject(reading('UNKNOWN', [], [], null))
    }
  })

  it('returns UNKNOWN for a backwards or implausible year range', () => {
    expect(parseDeadline('2024-2021').kind).toBe('UNKNOWN')
    expect(parseDeadline('1200').kind).toBe('UNKNOWN')
  })

  it('returns UNKNOWN when months belong to different years: «Декабрь 2020, июнь 2021»', () => {
    expect(parseDeadline('Декабрь 2020, июнь 2021').kind).toBe('UNKNOWN')
  })

  it('remembers a reading per text, frozen so that no caller can change what others see', () => {
    const first = scheduleOf('Декабрь Июнь')
    expect(scheduleOf('Декабрь Июнь')).toBe(first)
    expect(first).toEqual(parseDeadline('Декабрь Июнь'))
    expect(Object.isFrozen(first) && Object.isFrozen(first.dueMonths)).toBe(true)
  })

  it('never throws, whatever the text', () => {
    for (const text of ['(', ')', '((2021)', '-', '2021-', '—', '/', '2021/', 'г.', '(март', 'ё']) {
      expect(() => parseDeadline(text)).not.toThrow()
    }
  })
})
