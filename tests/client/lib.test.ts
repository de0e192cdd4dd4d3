import { describe, expect, it } from 'vitest'
import { cellKeyOf, invertBatch, rowKeyOf, toCellChanges } from '../../client/features/indicator-grid/lib/cellChange.js'
import { parseColId, refAt, shownColumns, valueColId, yearGroups } from '../../client/features/indicator-grid/lib/columns.js'
import { buildRows } from '../../client/features/indicator-grid/lib/rowModel.js'
import { validateInput } from '../../client/features/indicator-grid/lib/validateInput.js'
import { directions, indicators, ref } from './fixtures.js'

const percent1 = { valueType: 'PERCENT', decimals: 1, unit: '%' }
const count = { valueType: 'COUNT', decimals: 0, unit: 'чел.' }
const mark = { valueType: 'MARK', decimals: 2, unit: 'баллы' }

describe('validateInput (ru-RU parsing + the server’s value rules)', () => {
  it('accepts typed ru-RU numbers within the indicator’s rules', () => {
    expect(validateInput('64,8', percent1)).toEqual({ ok: true, value: 64.8 })
    expect(validateInput('1 234', count)).toEqual({ ok: true, value: 1234 })
    expect(validateInput('4,42', mark)).toEqual({ ok: true, value: 4.42 })
  })

  it('takes an empty cell as «no data»', () => {
    expect(validateInput('', percent1)).toEqual({ ok: true, value: null })
    expect(validateInput(null, percent1)).toEqual({ ok: true, value: null })
  })

  it('rejects a percent above 100 with the server’s Russian reason', () => {
    expect(validateInput('150', percent1)).toEqual({ ok: false, text: '150', message: 'процент должен быть от 0 до 100' })
  })

  it('takes more decimals than the indicator shows, and rounds what it cannot store with a notice', () => {
    expect(validateInput('64,85', percent1)).toEqual({ ok: true, value: 64.85 })
    expect(validateInput('57,3', { valueType: 'PERCENT', decimals: 0, unit: '%' })).toEqual({ ok: true, value: 57.3 })
    expect(validateInput('16,666666667', percent1)).toEqual({ ok: true, value: 16.67, rounding: '«16,666666667» округлено до 2 знаков после запятой: 16,67' })
    expect(validateInput('3,5', count)).toEqual({ ok: true, value: 4, rounding: '«3,5» округлено до целого: 4' })
  })

  it('reads «да»/«нет» for a yes/no indicator and the indicator’s unit after a number', () => {
    const yesNo = { valueType: 'BOOLEAN', decimals: 0, unit: 'да/нет' }
    expect(validateInput('да', yesNo)).toEqual({ ok: true, value: 1 })
    expect(validateInput('Нет', yesNo)).toEqual({ ok: true, value: 0 })
    expect(validateInput('может быть', yesNo)).toMatchObject({ ok: false, message: 'ожидается «да» или «нет»' })
    expect(validateInput('12 чел.', count)).toEqual({ ok: true, value: 12 })
    expect(validateInput('12 ед.', count)).toMatchObject({ ok: false, message: 'единица «ед.» не совпадает с единицей показателя «чел.»' })
  })

  it('rejects a negative count, a mark outside 1..5 and a number for a text indicator', () => {
    expect(validateInput('-1', count)).toMatchObject({ ok: false, message: 'количество не может быть отрицательным' })
    expect(validateInput('6', mark)).toMatchObject({ ok: false, message: 'отметка должна быть от 1 до 5' })
    expect(validateInput('1', { valueType: 'TEXT', decimals: 0, unit: '' })).toMatchObject({ ok: false })
  })

  it('rejects text that is not a number and keeps it to show on the cell', () => {
    expect(validateInput(' abc ', percent1)).toEqual({ ok: false, text: 'abc', message: expect.stringContaining('ожидается число') })
  })

  it('checks numbers the app already holds (undo, fill down) by the same rules', () => {
    expect(validateInput(65.3, percent1)).toEqual({ ok: true, value: 65.3 })
    expect(validateInput(101, percent1)).toMatchObject({ ok: false, text: '101' })
  })
})

describe('buildRows', () => {
  it('puts a group row before each direction’s indicators, nested directions deeper', () => {
    const rows = buildRows(directions, indicators, new Set())
    expect(rows.map((r) => (r.kind === 'group' ? `${r.depth}:d${r.direction.code}` : `${r.depth}:i${r.indicator.code}`))).toEqual([
      '0:d1', '1:i11', '0:d2', '1:i5', '1:iИ3', '1:d2.1', '2:iИ4',
    ])
  })

  it('leaves out directions with no indicators in their subtree', () => {
    const rows = buildRows(directions, indicators, new Set())
    expect(rows.some((r) => r.kind === 'group' && r.direction.id === 4)).toBe(false)
  })

  it('hides the whole subtree of a collapsed direction but keeps its group row', () => {
    const rows = buildRows(directions, indicators, new Set([2]))
    expect(rows.map((r) => r.rowId)).toEqual(['d:1', 'i:10', 'd:2'])
    expect(rows[2]).toMatchObject({ kind: 'group', isCollapsed: true, indicatorCount: 3 })
  })

  it('gathers indicators of an unknown direction under «Без направления»', () => {
    const rows = buildRows(directions, [{ ...indicators[0], directionId: 99 }], new Set())
    expect(rows[0]).toMatchObject({ kind: 'group', direction: { title: 'Без направления' } })
    expect(rows[1]).toMatchObject({ kind: 'indicator', rowId: 'i:10' })
  })

  it('shows only the indicators it is given (an organisation sees organisation-level ones)', () => {
    const rows = buildRows(directions, indicators.filter((i) => i.level === 'ORGANIZATION'), new Set())
    expect(rows.map((r) => r.rowId)).toEqual(['d:2', 'd:3', 'i:12'])
  })
})

describe('columns', () => {
  const layout = { years: [2020, 2021, 2022], periodFrom: 2021, lockedYears: [2022], show: { target: true, actual: true, deviation: true } }

  it('gives baseline years Факт only and period years План, Факт, Откл.', () => {
    expect(yearGroups(layout).map((g) => [g.header, g.columns.map((c) => c.header)])).toEqual([
      ['2020', ['Факт']],
      ['2021', ['План', 'Факт', 'Откл.']],
      ['2022 (закрыт)', ['План', 'Факт', 'Откл.']],
    ])
  })

  it('hides the fields switched off, and a year with nothing left', () => {
    const shown = shownColumns({ ...layout, show: { target: true, actual: false, deviation: false } })
    expect(shown.map((c) => c.colId)).toEqual(['code', 'name', 'unit', 'y2021:target', 'y2022:target'])
  })

  it('parses the column ids it writes', () => {
    expect(parseColId(valueColId(2023, 'deviation'))).toEqual({ year: 2023, field: 'deviation' })
    expect(parseColId('name')).toBeNull()
  })

  it('maps an indicator cell to its value and nothing else', () => {
    const [group, row] = buildRows(directions, indicators, new Set())
    expect(refAt(row, 'y2021:actual', 5)).toEqual({ indicatorId: 10, organizationId: 5, year: 2021, field: 'actual' })
    expect(refAt(row, 'y2021:deviation', null)).toBeNull()
    expect(refAt(row, 'name', null)).toBeNull()
    expect(refAt(group, 'y2021:actual', null)).toBeNull()
  })
})

describe('cellChange', () => {
  it('keys a value by indicator, scope and year', () => {
    expect(rowKeyOf(ref(10, 2021))).toBe('10:m:2021')
    expect(cellKeyOf(ref(10, 2021, 'target', 4))).toBe('10:4:2021:target')
  })

  it('inverts a batch: every cell back to where it was, last change first', () => {
    const batch = [
      { ref: ref(10, 2021), from: null, to: 5 },
      { ref: ref(10, 2022), from: 1, to: 2 },
    ]
    expect(invertBatch(batch)).toEqual([
      { ref: ref(10, 2022), from: 2, to: 1 },
      { ref: ref(10, 2021), from: 5, to: null },
    ])
    expect(toCellChanges(invertBatch(batch))).toEqual([
      { ref: ref(10, 2022), input: 1 },
      { ref: ref(10, 2021), input: null },
    ])
  })
})
