import { describe, expect, it } from 'vitest'
import type { MeasureRow, MeasureSchedule } from '../../client/api/measureOperations.js'
import { base64OfDataUrl, changesSummary, fileProblem, showValue } from '../../client/features/import/lib/importView.js'
import { directionSubtree, filterMeasures, responsibleParties, statusOf, statusYears } from '../../client/features/measures/lib/measureFilter.js'

const period = { periodFrom: 2021, periodTo: 2025 }
const schedule = (kind: MeasureSchedule['kind'], years: number[] = [], yearFrom: number | null = null, yearTo: number | null = null): MeasureSchedule => ({ kind, years, yearFrom, yearTo, months: [] })
let nextId = 1
const measure = (extra: Partial<MeasureRow>): MeasureRow => ({
  id: nextId++, code: '1', text: 'Мероприятие', deadlineText: '', responsibleText: '', responsibleParties: [], expectedResult: null,
  overdue: false, overdueYears: [], schedule: schedule('PERMANENT'), statuses: [], direction: { id: 1 }, ...extra,
})

describe('statusYears', () => {
  it('takes the years a once or multi-year measure names, up to the end of the period', () => {
    expect(statusYears(measure({ schedule: schedule('ONCE', [2022]) }), period)).toEqual([2022])
    expect(statusYears(measure({ schedule: schedule('YEARS', [2024, 2025, 2026]) }), period)).toEqual([2024, 2025])
  })

  it('lets a deadline before the period take a status for its year: «Сентябрь 2020 г.» in 2021–2025', () => {
    expect(statusYears(measure({ schedule: schedule('ONCE', [2020]) }), period)).toEqual([2020])
    expect(statusYears(measure({ schedule: schedule('YEARS', [], 2020, 2023) }), period)).toEqual([2020, 2021, 2022, 2023])
  })

  it('takes every year of the period for annual, cyclic, permanent, event and unparsed deadlines', () => {
    for (const kind of ['ANNUAL', 'CYCLE', 'PERMANENT', 'EVENT', 'UNKNOWN'] as const) expect(statusYears(measure({ schedule: schedule(kind) }), period)).toEqual([2021, 2022, 2023, 2024, 2025])
  })

  it('keeps a year that already has a status', () => {
    const m = measure({ schedule: schedule('ONCE', [2022]), statuses: [{ id: 1, year: 2024, status: 'DONE', note: null, version: 1 }] })
    expect(statusYears(m, period)).toEqual([2022, 2024])
    expect(statusOf(m, 2024)).toBe('DONE')
    expect(statusOf(m, 2022)).toBe('PLANNED')
  })
})

describe('filterMeasures', () => {
  const a = measure({ direction: { id: 10 }, responsibleParties: ['Управление образования'], schedule: schedule('ONCE', [2021]), overdue: true, overdueYears: [2021] })
  const b = measure({ direction: { id: 11 }, responsibleParties: ['Руководители ОО'], statuses: [{ id: 1, year: 2023, status: 'DONE', note: null, version: 1 }] })
  const c = measure({ direction: { id: 12 }, responsibleParties: ['Управление образования', 'ИМЦ'], schedule: schedule('ONCE', [2024]) })
  const all = [a, b, c]
  const none = { directionIds: null, party: null, status: null, year: null, isOverdueOnly: false }
  const ids = (list: MeasureRow[]) => list.map((m) => m.id)

  it('keeps everything without filters', () => {
    expect(ids(filterMeasures(all, none, period))).toEqual(ids(all))
  })

  it('filters by direction with its sub-sections, and by responsible party', () => {
    const tree = [{ id: 10, parentId: null }, { id: 11, parentId: 10 }, { id: 12, parentId: null }, { id: 13, parentId: 11 }]
    expect([...directionSubtree(tree, 10)].sort()).toEqual([10, 11, 13])
    expect(ids(filterMeasures(all, { ...none, directionIds: directionSubtree(tree, 10) }, period))).toEqual([a.id, b.id])
    expect(ids(filterMeasures(all, { ...none, party: 'Управление образования' }, period))).toEqual([a.id, c.id])
  })

  it('filters by year planned, by status in that year or in any, and by overdue', () => {
    expect(ids(filterMeasures(all, { ...none, year: 2024 }, period))).toEqual([b.id, c.id])
    expect(ids(filterMeasures(all, { ...none, status: 'DONE' }, period))).toEqual([b.id])
    expect(ids(filterMeasures(all, { ...none, status: 'DONE', year: 2022 }, period))).toEqual([])
    expect(ids(filterMeasures(all, { ...none, status: 'PLANNED', year: 2023 }, period))).toEqual([])
    expect(ids(filterMeasures(all, { ...none, isOverdueOnly: true }, period))).toEqual([a.id])
    expect(ids(filterMeasures(all, { ...none, isOverdueOnly: true, year: 2022 }, period))).toEqual([])
  })

  it('lists responsible parties once, alphabetically', () => {
    expect(responsibleParties(all)).toEqual(['ИМЦ', 'Руководители ОО', 'Управление образования'])
  })
})

describe('import view', () => {
  it('refuses files that are not .xlsx/.csv/.txt, empty, or too large for one request', () => {
    expect(fileProblem({ name: 'данные.XLSX', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'данные.csv', size: 10 })).toBeNull()
    // Excel saves «Юникод-текст» as .txt
    expect(fileProblem({ name: 'данные.txt', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'данные.pdf', size: 10 })).toMatch(/\.xlsx, \.csv или \.txt/)
    expect(fileProblem({ name: 'пусто.csv', size: 0 })).toMatch(/пуст/)
    expect(fileProblem({ name: 'большой.csv', size: 50 * 1024 * 1024 })).toMatch(/больше 20 МБ/)
  })

  it('shows the server’s values the Russian way, and an empty cell as «пусто»', () => {
    expect(showValue('65.3')).toBe('65,3')
    expect(showValue('1234.50')).toBe('1\u00a0234,50')
    expect(showValue('-2')).toBe('−2')
    expect(showValue(null)).toBe('пусто')
    expect(showValue('не проводился')).toBe('не проводился')
  })

  it('sums the changes up by field', () => {
    expect(changesSummary([{ field: 'target' }, { field: 'actual' }, { field: 'actual' }])).toBe('3 (план 1, факт 2)')
    expect(changesSummary([])).toBe('0')
  })

  it('takes the base64 payload out of a data URL', () => {
    expect(base64OfDataUrl('data:text/csv;base64,QUJD')).toBe('QUJD')
    expect(base64OfDataUrl('data:application/octet-stream;base64,')).toBe('')
  })
})
