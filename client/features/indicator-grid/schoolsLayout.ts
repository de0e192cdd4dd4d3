// The schools table over the grid's store: how its rows (organisations) and columns
// (indicator × План/Факт/Откл.) map onto store cells, and its column definitions.
// The row and column model itself is pure, in lib/schoolsModel.ts.
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { RollupRule } from '../../../server/domain/enums.js'
import { rollup } from '../../../server/domain/rollup.js'
import { baseColumnDef, valueColumnDef, type CellView } from './buildColumnDefs.js'
import type { CellLocator } from './cellView.js'
import type { FieldRef } from './lib/cellChange.js'
import type { GridRow, IndicatorInfo } from './lib/rowModel.js'
import { MUNICIPALITY_ROW_ID, parseSchoolColId, schoolRowIdOfKey, type SchoolsColumnGroup } from './lib/schoolsModel.js'

const ROLLUP_RULES = new Set<string>([RollupRule.SUM, RollupRule.MEAN, RollupRule.RATIO])

/**
 * Reads the year and the indicators through getters, so one locator serves every choice. The
 * municipality's Факт shows the schools' roll-up by the indicator's rule (the dashboard's
 * function), beside the value entered for the municipality.
 */
export function schoolsLocator(deps: {
  year: () => number
  indicator: (id: number) => IndicatorInfo | undefined
  organizationIds: () => number[]
  valueOf: (ref: FieldRef) => number | null
}): CellLocator {
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
    rowIdsOf(key) {
      const id = schoolRowIdOfKey(key, deps.year())
      // a school's value changes the municipality's roll-up too
      return id === null ? [] : id === MUNICIPALITY_ROW_ID ? [id] : [id, MUNICIPALITY_ROW_ID]
    },
    rollupOf(row, at) {
      if (row.kind !== 'school' || row.organizationId !== null || at.field !== 'actual' || !ROLLUP_RULES.has(at.indicator.rollup ?? '')) return null
      const { indicatorId, year } = at.cell
      const schools = deps.organizationIds().map((organizationId) => deps.valueOf({ indicatorId, organizationId, year, field: 'actual' }))
      const entered = deps.valueOf({ ...at.cell, field: 'actual' })
      return rollup(at.indicator.rollup as RollupRule, schools, entered, at.indicator.decimals)
    },
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
