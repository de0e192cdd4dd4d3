// The schools table over the grid's store: how its rows (organisations) and columns
// (indicator × План/Факт/Откл.) map onto store cells, and its column definitions.
// The row and column model itself is pure, in lib/schoolsModel.ts.
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { baseColumnDef, valueColumnDef, type CellView } from './buildColumnDefs.js'
import type { CellLocator } from './cellView.js'
import type { GridRow, IndicatorInfo } from './lib/rowModel.js'
import { parseSchoolColId, schoolRowIdOfKey, type SchoolsColumnGroup } from './lib/schoolsModel.js'

/** Reads the year and the indicators through getters, so one locator serves every choice. */
export function schoolsLocator(deps: { year: () => number; indicator: (id: number) => IndicatorInfo | undefined }): CellLocator {
  return {
    locate(row, colId) {
      if (row.kind !== 'school') return null
      const col = parseSchoolColId(colId)
      const indicator = col ? deps.indicator(col.indicatorId) : undefined
      if (!col || !indicator) return null
      return { indicator, cell: { indicatorId: indicator.id, organizationId: row.organizationId, year: deps.year() }, field: col.field }
    },
    label(row, colId) {
      return row.kind === 'school' && colId === 'name' ? row.name : ''
    },
    isReadOnlyRow: (row) => row.kind === 'school' && row.organizationId === null,
    rowIdOf: (key) => schoolRowIdOfKey(key, deps.year()),
  }
}

export function buildSchoolColumnDefs(groups: SchoolsColumnGroup[], view: CellView): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const name: ColDef<GridRow> = { ...baseColumnDef(view, 'name'), headerName: 'Организация', pinned: 'left', width: 300, resizable: true }
  return [
    name,
    ...groups.map((g): ColGroupDef<GridRow> => ({
      headerName: `${g.indicator.code} ${g.indicator.name}${g.indicator.unit ? `, ${g.indicator.unit}` : ''}`,
      headerTooltip: `${g.indicator.code} ${g.indicator.name}`,
      groupId: `ind-${g.indicator.id}`,
      headerClass: ['hdr-year'],
      marryChildren: true,
      children: g.columns.map((c) => valueColumnDef(view, c.colId, c.header, c.field)),
    })),
  ]
}
