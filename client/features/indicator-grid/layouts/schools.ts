// The schools table: one indicator (or a direction's organisation-level indicators) in one year,
// organisations as rows with the municipality's read-only row last, indicator × the value columns
// as columns. How its rows and columns map onto store cells, its column definitions, and the
// layout the workspace shell draws. The row and column model itself is pure, in lib/schoolsModel.ts.
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { computed, shallowRef } from 'vue'
import { RollupRule } from '../../../../server/domain/enums.js'
import { rollup } from '../../../../server/domain/rollup.js'
import { baseColumnDef, valueColumnDef, type CellView } from '../buildColumnDefs.js'
import type { CellLocator, GridColumnDefs, GridLayout } from '../gridLayout.js'
import type { FieldRef } from '../lib/cellChange.js'
import type { GridRow, IndicatorInfo } from '../lib/rowModel.js'
import {
  buildSchoolColumns, buildSchoolRows, MUNICIPALITY_ROW_ID, parseSchoolColId, schoolRowIdOfKey,
  type OrganizationInfo, type SchoolsColumnGroup, type SchoolsPick,
} from '../lib/schoolsModel.js'

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

export function buildSchoolColumnDefs(groups: SchoolsColumnGroup[], view: CellView): GridColumnDefs {
  const name: ColDef<GridRow> = { ...baseColumnDef(view, 'name'), headerName: 'Организация', pinned: 'left', width: 300, resizable: true }
  return [
    name,
    ...groups.map((g): ColGroupDef<GridRow> => ({
      headerName: `${g.indicator.code} ${g.indicator.name}${g.indicator.unit ? `, ${g.indicator.unit}` : ''}`,
      headerTooltip: `${g.indicator.code} ${g.indicator.name}`,
      groupId: `ind-${g.indicator.id}`,
      headerClass: ['hdr-year'],
      marryChildren: true,
      children: g.columns.map((c) => valueColumnDef(view, c.colId, c.field)),
    })),
  ]
}

export interface SchoolsLayoutDeps {
  organizations: OrganizationInfo[]
  indicators: IndicatorInfo[]
  /** A SCHOOL user sees its own organisation's row only; null for everyone else. */
  onlyOrganizationId: number | null
  year: () => number
  pick: () => SchoolsPick | null
  valueOf: (ref: FieldRef) => number | null
}

export function createSchoolsLayout(deps: SchoolsLayoutDeps): GridLayout {
  const indicatorById = new Map(deps.indicators.map((i) => [i.id, i]))
  const groups = computed(() => buildSchoolColumns(deps.indicators, deps.pick()))
  return {
    tableId: 'schools',
    label: 'Таблица по школам',
    rows: shallowRef(buildSchoolRows(deps.organizations, deps.onlyOrganizationId)),
    columns: computed(() => {
      const shown = groups.value
      return (view: CellView) => buildSchoolColumnDefs(shown, view)
    }),
    locator: schoolsLocator({
      year: deps.year,
      indicator: (id) => indicatorById.get(id),
      organizationIds: () => deps.organizations.map((o) => o.id),
      valueOf: deps.valueOf,
    }),
    gridKey: computed(() => String(deps.year())),
    noRowsText: 'Нет организаций',
    legendKeys: 'Строка «Муниципалитет» — только просмотр; в её Факте — свод школ по правилу показателя рядом с введённым значением, расхождение выделено. Ctrl+C/V — копировать/вставить, Ctrl+D — заполнить вниз, Delete — очистить, Ctrl+Z/Y — отмена/повтор, Shift+F2 — примечание',
  }
}
