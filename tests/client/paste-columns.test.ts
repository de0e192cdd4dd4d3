import { describe, expect, it } from 'vitest'
import { parseColId } from '../../client/features/indicator-grid/lib/columns.js'
import { pasteColumns } from '../../client/features/indicator-grid/lib/pasteColumns.js'

const all = ['y2021:target', 'y2021:actual', 'y2021:deviation', 'y2022:target', 'y2022:actual', 'y2022:deviation', 'y2023:target', 'y2023:actual', 'y2023:deviation']
const fieldOf = (colId: string) => parseColId(colId)?.field ?? null
const from = (colId: string, cols = all) => cols.slice(cols.indexOf(colId))

describe('pasteColumns', () => {
  it('spreads a row of yearly facts over Факт of consecutive years when План, Факт and Откл. are shown', () => {
    expect(pasteColumns(from('y2021:actual'), fieldOf, 3, false)).toEqual({ colIds: ['y2021:actual', 'y2022:actual', 'y2023:actual'], byKind: 'actual' })
    expect(pasteColumns(from('y2022:target'), fieldOf, 2, false)).toEqual({ colIds: ['y2022:target', 'y2023:target'], byKind: 'target' })
  })
  it('pastes column by column when asked (Ctrl+Shift+V), for one value, on Откл. or a label', () => {
    expect(pasteColumns(from('y2021:actual'), fieldOf, 3, true)).toEqual({ colIds: from('y2021:actual'), byKind: null })
    expect(pasteColumns(from('y2021:actual'), fieldOf, 1, false).byKind).toBeNull()
    expect(pasteColumns(from('y2021:deviation'), fieldOf, 3, false).byKind).toBeNull()
    expect(pasteColumns(['name', ...all], fieldOf, 3, false).byKind).toBeNull()
  })
  it('pastes column by column when the columns it reaches are of one kind (only План shown)', () => {
    const targets = all.filter((c) => c.endsWith(':target'))
    expect(pasteColumns(targets, fieldOf, 3, false)).toEqual({ colIds: targets, byKind: null })
  })
})
