import { describe, expect, it } from 'vitest'
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { nextTick, shallowRef } from 'vue'
import { createCellView } from '../../client/features/indicator-grid/cellView.js'
import { useCellSelection } from '../../client/features/indicator-grid/composables/useCellSelection.js'
import { editableRef, type GridLayout } from '../../client/features/indicator-grid/gridLayout.js'
import { createRoadmapLayout } from '../../client/features/indicator-grid/layouts/roadmap.js'
import { createSchoolsLayout } from '../../client/features/indicator-grid/layouts/schools.js'
import { rowKeyOf } from '../../client/features/indicator-grid/lib/cellChange.js'
import type { GridRow } from '../../client/features/indicator-grid/lib/rowModel.js'
import { isComputed, VALUE_COLUMN_FIELDS, valueColumn } from '../../client/features/indicator-grid/lib/valueColumns.js'
import { directions, indicators, makeStore, roadmap } from './fixtures.js'

type Def = ColDef<GridRow> | ColGroupDef<GridRow>
const leaves = (defs: Def[]): ColDef<GridRow>[] => defs.flatMap((d) => ('children' in d ? leaves(d.children) : [d]))

function viewOf(layout: GridLayout, store = makeStore()) {
  return createCellView({ store, selection: useCellSelection(() => null), locator: layout.locator, currentYear: 2024 })
}
const colIds = (layout: GridLayout): string[] => leaves(layout.columns.value(viewOf(layout))).map((c) => c.colId ?? '')
const headers = (layout: GridLayout) => leaves(layout.columns.value(viewOf(layout))).map((c) => c.headerName)

function roadmapLayout(scope: number | null = null) {
  return createRoadmapLayout({ roadmap: { ...roadmap, allDirections: directions }, indicators, scope: () => scope })
}
const organizations = [
  { id: 1, name: 'МБОУ СОШ №1', shortName: 'СОШ №1' },
  { id: 2, name: 'МБОУ СОШ №2', shortName: null },
]
function schoolsLayout(pick: { kind: 'indicator'; indicatorId: number } | { kind: 'direction'; directionId: number } = { kind: 'indicator', indicatorId: 12 }) {
  const store = makeStore()
  return { store, layout: createSchoolsLayout({ organizations, indicators, onlyOrganizationId: null, year: () => 2023, pick: () => pick, valueOf: store.valueOf }) }
}

describe('the roadmap table’s layout', () => {
  it('shows directions over their indicators, and the label columns then years × План, Факт, Откл. (baseline years Факт only)', () => {
    const { layout } = roadmapLayout()
    expect(layout.rows.value.map((r) => r.rowId)).toEqual(['d:1', 'i:10', 'd:2', 'i:11', 'i:13', 'd:3', 'i:12'])
    expect(colIds(layout).slice(0, 9)).toEqual(['code', 'name', 'unit', 'y2019:actual', 'y2020:actual', 'y2021:target', 'y2021:actual', 'y2021:deviation', 'y2022:target'])
    expect(headers(layout).slice(0, 8)).toEqual(['Код', 'Показатель', 'Ед.', 'Факт', 'Факт', 'План', 'Факт', 'Откл.'])
    expect(colIds(layout)).toHaveLength(3 + 2 + 5 * 3)
  })

  it('keeps value cells right-aligned: the column type’s class beside the view’s', () => {
    const { layout } = roadmapLayout()
    const def = leaves(layout.columns.value(viewOf(layout))).find((c) => c.colId === 'y2021:actual')!
    const row = layout.rows.value.find((r) => r.kind === 'indicator')!
    const classesOf = def.cellClass as (p: unknown) => string[]
    expect(classesOf({ data: row, node: { rowIndex: 1 } })).toContain('ag-right-aligned-cell')
    expect(def.type).toBe('rightAligned')
  })

  it('keeps the same rows from one school to the next: only the municipality’s table holds more', async () => {
    const scopeRef = shallowRef<number | null>(null)
    const { layout } = createRoadmapLayout({ roadmap: { ...roadmap, allDirections: directions }, indicators, scope: () => scopeRef.value })
    const municipalityRows = layout.rows.value
    scopeRef.value = 1
    await nextTick()
    const schoolRows = layout.rows.value
    expect(schoolRows.map((r) => r.rowId)).toEqual(['d:2', 'd:3', 'i:12'])
    scopeRef.value = 2
    await nextTick()
    expect(layout.rows.value).toBe(schoolRows)
    scopeRef.value = null
    await nextTick()
    expect(layout.rows.value.map((r) => r.rowId)).toEqual(municipalityRows.map((r) => r.rowId))
  })

  it('follows the toolbar’s switches, the search and the folding of a direction', async () => {
    const { layout, show, search, setAllCollapsed } = roadmapLayout()
    show.deviation = false
    show.target = false
    expect(colIds(layout)).toEqual(['code', 'name', 'unit', ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `y${y}:actual`)])
    layout.toggleGroup!(2)
    await nextTick()
    expect(layout.rows.value.map((r) => r.rowId)).toEqual(['d:1', 'i:10', 'd:2'])
    setAllCollapsed(false)
    search.value = 'победителей'
    await nextTick()
    expect(layout.rows.value.map((r) => r.rowId)).toEqual(['d:2', 'd:3', 'i:12'])
  })

  it('lets a specialist type into План and Факт of open period years only: never Откл., a baseline or a closed year, a label', () => {
    const { layout } = roadmapLayout()
    const view = viewOf(layout)
    const row = layout.rows.value.find((r) => r.rowId === 'i:10')!
    const editable = colIds(layout).filter((colId) => view.isEditable(row, colId))
    expect(editable).toEqual(['y2021:target', 'y2021:actual', 'y2023:target', 'y2023:actual', 'y2024:target', 'y2024:actual', 'y2025:target', 'y2025:actual'])
    const group = layout.rows.value[0]
    expect(colIds(layout).filter((colId) => view.isEditable(group, colId))).toEqual([])
  })

  it('locates every value cell in the scope shown and back: the column id, the stored value, the grid row to repaint', () => {
    const scope = 5
    const { layout } = roadmapLayout(scope)
    const row = layout.rows.value.find((r) => r.kind === 'indicator')!
    for (const colId of colIds(layout)) {
      const at = layout.locator.locate(row, colId)
      if (!at) {
        expect(['code', 'name', 'unit']).toContain(colId)
        continue
      }
      expect(`y${at.cell.year}:${at.field}`).toBe(colId)
      expect(at.cell).toMatchObject({ indicatorId: 12, organizationId: scope })
      const ref = editableRef(layout.locator, row, colId)
      expect(ref === null).toBe(isComputed(valueColumn(at.field)))
      if (ref) expect(ref).toEqual({ ...at.cell, field: at.field })
      expect(layout.locator.rowIdsOf(rowKeyOf(at.cell))).toEqual([row.rowId])
    }
    expect(layout.locator.rowIdsOf('12:m:2021')).toEqual([])
    expect(layout.viewKey!.value).toBe('5')
  })
})

describe('the schools table’s layout', () => {
  it('shows the organisations then the municipality, and the indicator’s План, Факт, Откл.', () => {
    const { layout } = schoolsLayout()
    expect(layout.rows.value.map((r) => r.rowId)).toEqual(['s:1', 's:2', 's:m'])
    expect(colIds(layout)).toEqual(['name', 'i12:target', 'i12:actual', 'i12:deviation'])
    expect(headers(layout)).toEqual(['Организация', 'План', 'Факт', 'Откл.'])
    expect(layout.gridKey!.value).toBe('2023')
    expect(colIds(schoolsLayout({ kind: 'direction', directionId: 3 }).layout)).toEqual(['name', 'i12:target', 'i12:actual', 'i12:deviation'])
  })

  it('takes input in a school’s План and Факт, never in Откл. or the municipality’s row', () => {
    const { layout } = schoolsLayout()
    const view = viewOf(layout)
    const [school, , municipality] = layout.rows.value
    expect(colIds(layout).filter((colId) => view.isEditable(school, colId))).toEqual(['i12:target', 'i12:actual'])
    expect(colIds(layout).filter((colId) => view.isEditable(municipality, colId))).toEqual([])
  })

  it('locates a cell as the row’s organisation × the indicator × the year, and repaints the school and the municipality', () => {
    const { layout } = schoolsLayout()
    const [school, , municipality] = layout.rows.value
    const at = layout.locator.locate(school, 'i12:actual')!
    expect(at.cell).toEqual({ indicatorId: 12, organizationId: 1, year: 2023 })
    expect(editableRef(layout.locator, school, 'i12:actual')).toEqual({ indicatorId: 12, organizationId: 1, year: 2023, field: 'actual' })
    expect(editableRef(layout.locator, school, 'i12:deviation')).toBeNull()
    expect(layout.locator.rowIdsOf(rowKeyOf(at.cell))).toEqual(['s:1', 's:m'])
    expect(layout.locator.locate(municipality, 'i12:target')!.cell).toEqual({ indicatorId: 12, organizationId: null, year: 2023 })
    expect(layout.locator.label(school, 'name')).toBe('СОШ №1')
  })
})

describe('a computed column, declared once', () => {
  it('is read-only in every layout and shows its value computed from the row’s stored fields', () => {
    const computed = VALUE_COLUMN_FIELDS.filter((f) => isComputed(valueColumn(f)))
    expect(computed).toEqual(['deviation'])
    const { store, layout } = schoolsLayout()
    const view = viewOf(layout, store)
    const school = layout.rows.value[0]
    store.applyBatch([
      { ref: { indicatorId: 12, organizationId: 1, year: 2023, field: 'target' }, input: '10' },
      { ref: { indicatorId: 12, organizationId: 1, year: 2023, field: 'actual' }, input: '12' },
    ], 'edit')
    expect(view.text(school, 'i12:deviation')).toBe('+2')
    expect(view.flags(school, 'i12:deviation', 0)).toMatchObject({ isReadOnly: true, isComputed: true })
    expect(view.tooltip(school, 'i12:deviation')).toBe('Отклонение: Факт − План (вычисляется)')
    const roadmapRow = roadmapLayout().layout.rows.value.find((r) => r.kind === 'indicator')!
    for (const field of computed) expect(viewOf(roadmapLayout().layout).isEditable(roadmapRow, `y2023:${field}`)).toBe(false)
  })
})
