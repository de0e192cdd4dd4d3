import { describe, expect, it } from 'vitest'
import { readSourceText } from '../../seeds/source-files.js'
import { parseDeadline } from '../../server/modules/measure/deadline-parser.js'
import type { Schedule, ScheduleKind } from '../../server/modules/measure/schedule.js'


function distinctDeadlines(): string[] {
  const deadlines = ['measures-000.tsv', 'measures-001-003.tsv'].flatMap((file) => {
    const [header, ...lines] = readSourceText(file).split('\n').filter((l) => l.length > 0)
    const column = header.split('\t').indexOf('deadline')
    return lines.map((line) => line.split('\t')[column])
  })
  return [...new Set(deadlines)].sort()
}

type Expected = [text: string, kind: ScheduleKind, years: number[], months: number[], qualifier: string | null]

const Y21_24 = [2021, 2022, 2023, 2024]

// Every distinct deadline of measures-000.tsv and measures-001-003.tsv.
const DOCUMENT_DEADLINES: Expected[] = [
  ['1 раз в 3 года для каждой образовательной организации', 'PERMANENT', [], [], '1 раз в 3 года для каждой образовательной организации'],
  ['2021', 'ONCE', [2021], [], null],
  ['2021-2022', 'YEARS', [2021, 2022], [], null],
  ['2021-2023', 'YEARS', [2021, 2022, 2023], [], null],
  ['2021-2024', 'YEARS', Y21_24, [], null],
  ['2021-2024 (март-апрель)', 'YEARS', Y21_24, [3, 4], null],
  ['2021-2024 (один раз в четверть)', 'YEARS', Y21_24, [], 'один раз в четверть'],
  ['2021-2024 (по отдельном плану)', 'YEARS', Y21_24, [], 'по отдельном плану'],
  ['2022', 'ONCE', [2022], [], null],
  ['2022 2023', 'YEARS', [2022, 2023], [], null],
  ['2022 год', 'ONCE', [2022], [], null],
  ['2022, 2024', 'YEARS', [2022, 2024], [], null],
  ['2022-2023', 'YEARS', [2022, 2023], [], null],
  ['2022-2024', 'YEARS', [2022, 2023, 2024], [], null],
  ['2023', 'ONCE', [2023], [], null],
  ['2025', 'ONCE', [2025], [], null],
  ['Август-сентябрь 2021', 'ONCE', [2021], [8, 9], null],
  ['Апрель 2021 год', 'ONCE', [2021], [4], null],
  ['Апрель-июнь В течение учебного года', 'ANNUAL', [], [4, 5, 6], 'В течение учебного года'],
  ['В соответствии с графиком проведения', 'EVENT', [], [], 'В соответствии с графиком проведения'],
  ['Весь период', 'PERMANENT', [], [], null],
  ['Весь период (1 раз в год)', 'ANNUAL', [], [], '1 раз в год'],
  ['Весь период (по планам профориентационной работы ОО)', 'PERMANENT', [], [], 'по планам профориентационной работы ОО'],
  ['Декабрь 2020 г.', 'ONCE', [2020], [12], null],
  ['Декабрь 2020г.', 'ONCE', [2020], [12], null],
  ['Декабрь 2021', 'ONCE', [2021], [12], null],
  ['Декабрь Июнь', 'ANNUAL', [], [12, 6], null],
  ['Ежегодно', 'ANNUAL', [], [], null],
  ['Ежегодно (по отдельному плану)', 'ANNUAL', [], [], 'по отдельному плану'],
  ['Ежегодно (при наличии)', 'ANNUAL', [], [], 'при наличии'],
  ['Ежегодно в соответствии с графиком проведения', 'ANNUAL', [], [], 'в соответствии с графиком проведения'],
  ['Ежегодно, август', 'ANNUAL', [], [8], null],
  ['Май 2022', 'ONCE', [2022], [5], null],
  ['Май-август (предварительные данные) сентябрь', 'ANNUAL', [], [5, 6, 7, 8, 9], 'предварительные данные'],
  ['Март 2021 год', 'ONCE', [2021], [3], null],
  ['Март 2021 года', 'ONCE', [2021], [3], null],
  ['Ноябрь 2020г.', 'ONCE', [2020], [11], null],
  ['По итогам проведения', 'EVENT', [], [], 'По итогам проведения'],
  ['По итогам проведения оценочных процедур', 'EVENT', [], [], 'По итогам проведения оценочных процедур'],
  ['По итогам учебного года', 'EVENT', [], [], 'По итогам учебного года'],
  ['По итогам учебного года.', 'EVENT', [], [], 'По итогам учебного года'],
  ['По результатам четверти', 'EVENT', [], [], 'По результатам четверти'],
  ['Постоянно', 'PERMANENT', [], [], null],
  ['При необходимости', 'EVENT', [], [], 'При необходимости'],
  ['Сентябрь 2020 г.', 'ONCE', [2020], [9], null],
  ['Сентябрь 2020г.', 'ONCE', [2020], [9], null],
  ['Согласно графику', 'EVENT', [], [], 'Согласно графику'],
  ['Согласно плану', 'EVENT', [], [], 'Согласно плану'],
  ['Согласно плану - графику', 'EVENT', [], [], 'Согласно плану - графику'],
  ['Январь – февраль 2021 г.', 'ONCE', [2021], [1, 2], null],
]

// The document deadlines the parser cannot read. Keep it explicit so that none hides.
const EXPECTED_UNKNOWN: string[] = []

function schedule(kind: ScheduleKind, years: number[], months: number[], qualifier: string | null): Schedule {
  return {
    kind,
    yearFrom: years.length > 0 ? Math.min(...years) : null,
    yearTo: years.length > 0 ? Math.max(...years) : null,
    years,
    months,
    qualifier,
  }
}

describe('parseDeadline over the documents', () => {
  it('has an expectation for every distinct deadline of the measures tables', () => {
    expect(DOCUMENT_DEADLINES.map(([text]) => text).sort()).toEqual(distinctDeadlines())
  })

  it.each(DOCUMENT_DEADLINES)('reads «%s» as %s', (text, kind, years, months, qualifier) => {
    expect(parseDeadline(text)).toEqual(schedule(kind, years, months, qualifier))
  })

  it('leaves only the expected document deadlines UNKNOWN', () => {
    const unknown = distinctDeadlines().filter((text) => parseDeadline(text).kind === 'UNKNOWN')
    expect(unknown).toEqual(EXPECTED_UNKNOWN)
  })
})

describe('parseDeadline', () => {
  it('reads «Весь период» and «Постоянно» as the whole period', () => {
    expect(parseDeadline('Весь период')).toEqual(schedule('PERMANENT', [], [], null))
    expect(parseDeadline('Постоянно')).toEqual(schedule('PERMANENT', [], [], null))
    expect(parseDeadline('В течение всего периода')).toEqual(schedule('PERMANENT', [], [], null))
  })

  it('reads «Ежегодно, август» as every year in August', () => {
    expect(parseDeadline('Ежегодно, август')).toEqual(schedule('ANNUAL', [], [8], null))
  })

  it('reads months without a year («Декабрь Июнь») as every year in those months, in the order named', () => {
    expect(parseDeadline('Декабрь Июнь')).toEqual(schedule('ANNUAL', [], [12, 6], null))
  })

  it('reads «Весь период (1 раз в год)» as every year', () => {
    expect(parseDeadline('Весь период (1 раз в год)').kind).toBe('ANNUAL')
  })

  it('reads a single year as once in that year, with or without «год», «г.», «гг.»', () => {
    for (const text of ['2022', '2022 год', '2022 года', '2022г.', '2022 г.', '2022 гг.', ' 2022  г ']) {
      expect(parseDeadline(text)).toEqual(schedule('ONCE', [2022], [], null))
    }
  })

  it('reads a month of a year as once in that month: «Март 2021 года», «Декабрь 2020г.»', () => {
    expect(parseDeadline('Март 2021 года')).toEqual(schedule('ONCE', [2021], [3], null))
    expect(parseDeadline('Декабрь 2020г.')).toEqual(schedule('ONCE', [2020], [12], null))
    expect(parseDeadline('в мае 2023 г.')).toEqual(schedule('ONCE', [2023], [5], null))
  })

  it('reads «Август-сентябрь 2021» as once, in August and September', () => {
    expect(parseDeadline('Август-сентябрь 2021')).toEqual(schedule('ONCE', [2021], [8, 9], null))
  })

  it('reads month ranges with a hyphen, an en dash or an em dash, with any spacing', () => {
    for (const text of ['Январь-февраль 2021', 'Январь – февраль 2021 г.', 'январь—февраль 2021', 'ЯНВАРЬ -ФЕВРАЛЬ 2021']) {
      expect(parseDeadline(text)).toEqual(schedule('ONCE', [2021], [1, 2], null))
    }
  })

  it('expands a month range across the new year', () => {
    expect(parseDeadline('Ноябрь-февраль').months).toEqual([11, 12, 1, 2])
  })

  it('reads «2021-2024» as the years 2021 to 2024', () => {
    expect(parseDeadline('2021-2024')).toEqual(schedule('YEARS', [2021, 2022, 2023, 2024], [], null))
    expect(parseDeadline('2021 – 2024 гг.')).toEqual(schedule('YEARS', [2021, 2022, 2023, 2024], [], null))
  })

  it('keeps a remark in parentheses as the qualifier: «2021-2024 (по отдельном плану)»', () => {
    expect(parseDeadline('2021-2024 (по отдельном плану)')).toEqual(
      schedule('YEARS', [2021, 2022, 2023, 2024], [], 'по отдельном плану'),
    )
  })

  it('reads months in parentheses as the months of each year: «2021-2024 (март-апрель)»', () => {
    expect(parseDeadline('2021-2024 (март-апрель)')).toEqual(schedule('YEARS', [2021, 2022, 2023, 2024], [3, 4], null))
  })

  it('reads «2022, 2024» as a list of two years, not a range', () => {
    expect(parseDeadline('2022, 2024')).toEqual(schedule('YEARS', [2022, 2024], [], null))
    expect(parseDeadline('2022 и 2024 гг.')).toEqual(schedule('YEARS', [2022, 2024], [], null))
  })

  it('reads a school year «2020/2021 учебный год» as the years 2020 and 2021, keeping it as the qualifier', () => {
    expect(parseDeadline('2020/2021 учебный год')).toEqual(schedule('YEARS', [2020, 2021], [], '2020/2021 учебный год'))
    expect(parseDeadline('2021/22 уч. г.')).toEqual(schedule('YEARS', [2021, 2022], [], '2021/22 уч. г.'))
  })

  it('does not read «2020/2022» as a school year', () => {
    expect(parseDeadline('2020/2022').kind).toBe('UNKNOWN')
  })

  it('reads «По итогам учебного года», «По результатам четверти», «При необходимости» as events', () => {
    expect(parseDeadline('По итогам учебного года')).toEqual(schedule('EVENT', [], [], 'По итогам учебного года'))
    expect(parseDeadline('По результатам четверти')).toEqual(schedule('EVENT', [], [], 'По результатам четверти'))
    expect(parseDeadline('При необходимости')).toEqual(schedule('EVENT', [], [], 'При необходимости'))
  })

  it('drops the final full stop of an event: «По итогам учебного года.»', () => {
    expect(parseDeadline('По итогам учебного года.').qualifier).toBe('По итогам учебного года')
  })

  it('keeps a clause after «Ежегодно» as the qualifier', () => {
    expect(parseDeadline('Ежегодно в соответствии с графиком проведения')).toEqual(
      schedule('ANNUAL', [], [], 'в соответствии с графиком проведения'),
    )
  })

  it('reads a frequency of less than once a year as the whole period', () => {
    expect(parseDeadline('1 раз в 3 года для каждой образовательной организации').kind).toBe('PERMANENT')
  })

  it('reads a frequency of once a year or more often as every year', () => {
    expect(parseDeadline('Один раз в четверть')).toEqual(schedule('ANNUAL', [], [], 'Один раз в четверть'))
    expect(parseDeadline('Ежеквартально')).toEqual(schedule('ANNUAL', [], [], 'Ежеквартально'))
    expect(parseDeadline('В течение учебного года')).toEqual(schedule('ANNUAL', [], [], 'В течение учебного года'))
  })

  it('is case-insensitive and treats «ё» as «е»', () => {
    expect(parseDeadline('ЕЖЕГОДНО, АВГУСТ')).toEqual(schedule('ANNUAL', [], [8], null))
    expect(parseDeadline('весь период')).toEqual(schedule('PERMANENT', [], [], null))
  })

  it('tolerates line breaks and runs of spaces', () => {
    expect(parseDeadline('2021-2024\n(по отдельном   плану)')).toEqual(
      schedule('YEARS', [2021, 2022, 2023, 2024], [], 'по отдельном плану'),
    )
  })

  it('returns UNKNOWN for an empty text', () => {
    expect(parseDeadline('')).toEqual(schedule('UNKNOWN', [], [], null))
    expect(parseDeadline('   ')).toEqual(schedule('UNKNOWN', [], [], null))
  })

  it('returns UNKNOWN, not a guess, when a word is not understood', () => {
    for (const text of ['Когда-нибудь', '2021 примерно', 'Март 2021 или позже', 'Q3 2021']) {
      expect(parseDeadline(text)).toEqual(schedule('UNKNOWN', [], [], null))
    }
  })

  it('returns UNKNOWN for a backwards or implausible year range', () => {
    expect(parseDeadline('2024-2021').kind).toBe('UNKNOWN')
    expect(parseDeadline('1200').kind).toBe('UNKNOWN')
  })

  it('returns UNKNOWN when months belong to different years: «Декабрь 2020, июнь 2021»', () => {
    expect(parseDeadline('Декабрь 2020, июнь 2021').kind).toBe('UNKNOWN')
  })

  it('never throws, whatever the text', () => {
    for (const text of ['(', ')', '((2021)', '-', '2021-', '—', '/', '2021/', 'г.', '(март', 'ё']) {
      expect(() => parseDeadline(text)).not.toThrow()
    }
  })
})
