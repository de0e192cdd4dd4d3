import { describe, expect, it } from 'vitest'
import { edgeOfData, endOfData, nextEditableInColumn, nextEditableInRow, startOfData, type NavigableGrid } from '../../client/features/indicator-grid/lib/navigation.js'

// Rows: 0 a direction, 1–2 indicators, 3 a direction, 4–6 indicators. Columns: code, name,
// 2021 План/Факт/Откл., 2022 План/Факт/Откл.; Откл. never editable; row 5 is read-only.
const COLS = ['code', 'name', 'y2021:target', 'y2021:actual', 'y2021:deviation', 'y2022:target', 'y2022:actual', 'y2022:deviation']
const GROUPS = new Set([0, 3])
const values: Record<string, string> = {
  '1:y2021:actual': '5', '2:y2021:actual': '6', '4:y2021:actual': '', '6:y2021:actual': '7',
  '1:y2022:target': '1', '1:y2022:actual': '2',
}
const grid: NavigableGrid = {
  rowCount: 7,
  colIds: COLS,
  isEditable: (r, c) => !GROUPS.has(r) && r !== 5 && /^y\d+:(target|actual)$/.test(c),
  isDataRow: (r) => !GROUPS.has(r),
  isValueColumn: (c) => c.startsWith('y'),
  hasValue: (r, c) => (c === 'code' || c === 'name' ? !GROUPS.has(r) || c === 'code' : !!values[`${r}:${c}`]),
}
const at = (rowIndex: number, colId: string) => ({ rowIndex, colId })

describe('Enter and Tab move to the next cell that takes input', () => {
  it('Enter after the last indicator of a direction goes past the direction’s row to the next indicator', () => {
    expect(nextEditableInColumn(grid, at(2, 'y2021:actual'), 1)).toEqual(at(4, 'y2021:actual'))
  })
  it('Enter passes a read-only row and stays put at the end', () => {
    expect(nextEditableInColumn(grid, at(4, 'y2021:actual'), 1)).toEqual(at(6, 'y2021:actual'))
    expect(nextEditableInColumn(grid, at(6, 'y2021:actual'), 1)).toBeNull()
    expect(nextEditableInColumn(grid, at(4, 'y2021:actual'), -1)).toEqual(at(2, 'y2021:actual'))
  })
  it('Tab passes Откл. and goes on to the next row’s first input cell at the row’s end', () => {
    expect(nextEditableInRow(grid, at(1, 'y2021:actual'), 1)).toEqual(at(1, 'y2022:target'))
    expect(nextEditableInRow(grid, at(2, 'y2022:actual'), 1)).toEqual(at(4, 'y2021:target'))
    expect(nextEditableInRow(grid, at(1, 'y2022:target'), -1)).toEqual(at(1, 'y2021:actual'))
    expect(nextEditableInRow(grid, at(1, 'y2021:target'), -1)).toBeNull()
  })
})

describe('Ctrl+arrows, Ctrl+Home and Ctrl+End', () => {
  it('runs to the last filled cell of a run, passing direction rows', () => {
    expect(edgeOfData(grid, at(1, 'y2021:actual'), 1, 0)).toEqual(at(2, 'y2021:actual'))
  })
  it('from the end of a run jumps to the next filled cell, or to the edge when there is none', () => {
    expect(edgeOfData(grid, at(2, 'y2021:actual'), 1, 0)).toEqual(at(6, 'y2021:actual'))
    expect(edgeOfData(grid, at(6, 'y2021:actual'), 1, 0)).toEqual(at(6, 'y2021:actual'))
    expect(edgeOfData(grid, at(1, 'y2021:target'), 1, 0)).toEqual(at(6, 'y2021:target'))
    expect(edgeOfData(grid, at(1, 'y2022:actual'), 0, 1)).toEqual(at(1, 'y2022:deviation'))
    expect(edgeOfData(grid, at(1, 'y2022:actual'), 0, -1)).toEqual(at(1, 'y2022:target'))
  })
  it('goes to the first value of the first indicator and to the last column of the last one', () => {
    expect(startOfData(grid)).toEqual(at(1, 'y2021:target'))
    expect(endOfData(grid)).toEqual(at(6, 'y2022:deviation'))
  })
})
