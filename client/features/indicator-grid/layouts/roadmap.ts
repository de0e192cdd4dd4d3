// The roadmap table: a direction's group row over its indicators, one scope (the municipality or
// an organisation) at a time, years × the value columns as columns. Which rows are shown (the
// scope's indicators, the search, folded directions), which columns (the toolbar's switches) and
// which stored value each cell is: all here.
import type { ColDef, ColGroupDef, ICellRendererParams } from 'ag-grid-community'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { baseColumnDef, valueColumnDef, type CellView } from '../buildColumnDefs.js'
import type { CellLocator, GridColumnDefs, GridLayout } from '../gridLayout.js'
import { LEFT_COLUMNS, parseColId, yearGroups, type ColumnVisibility, type TableLayout } from '../lib/columns.js'
import { indicatorMatcher } from '../lib/indicatorSearch.js'
import { buildRows, indicatorRowId, type DirectionInfo, type GridRow, type IndicatorInfo } from '../lib/rowModel.js'
import { VALUE_COLUMN_FIELDS } from '../lib/valueColumns.js'

/** Indicators as rows, years × value columns as columns, the values of one scope. */
export function roadmapLocator(organizationId: () => number | null): CellLocator {
  return {
    locate(row, colId) {
      if (row.kind !== 'indicator') return null
      const col = parseColId(colId)
      if (!col) return null
      return { indicator: row.indicator, cell: { indicatorId: row.indicator.id, organizationId: organizationId(), year: col.year }, field: col.field }
    },
    label(row, colId) {
      if (row.kind === 'group') {
        if (colId === 'code') return row.direction.code
        if (colId === 'name') return row.direction.title
        return ''
      }
      if (row.kind !== 'indicator') return ''
      const i = row.indicator
      if (colId === 'code') return i.code
      if (colId === 'name') return i.name
      if (colId === 'unit') return i.unit
      return ''
    },
    rowIdsOf(key) {
      const [indicatorId, org] = key.split(':')
      return org === String(organizationId() ?? 'm') ? [indicatorRowId(Number(indicatorId))] : []
    },
  }
}

type Params = ICellRendererParams<GridRow>

export function buildRoadmapColumnDefs(layout: TableLayout, view: CellView): GridColumnDefs {
  const left: ColDef<GridRow>[] = LEFT_COLUMNS.map((spec) => {
    const base = baseColumnDef(view, spec.colId)
    if (spec.kind === 'code')
      return { ...base, headerName: spec.header, pinned: 'left', width: 96, cellRenderer: (p: Params) => codeCell(p) }
    if (spec.kind === 'name')
      return {
        ...base, headerName: spec.header, pinned: 'left', width: 350, resizable: true,
        cellRenderer: (p: Params) => clampedText(p.value as string),
        // A direction's title spans the name and unit columns.
        colSpan: (p) => (p.data?.kind === 'group' ? 2 : 1),
      }
    return { ...base, headerName: spec.header, pinned: 'left', width: 64 }
  })

  const groups: ColGroupDef<GridRow>[] = yearGroups(layout).map((g) => ({
    headerName: g.header,
    groupId: `year-${g.year}`,
    headerClass: ['hdr-year', g.isBaseline ? 'hdr-baseline' : '', g.isLocked ? 'hdr-locked' : ''].filter(Boolean),
    headerTooltip: g.isBaseline ? 'Базовый год: только просмотр' : g.isLocked ? 'Год закрыт для изменений' : undefined,
    marryChildren: true,
    children: g.columns.map((c) => valueColumnDef(view, c.colId, c.field)),
  }))

  return [...left, ...groups]
}

export interface RoadmapLayoutDeps {
  roadmap: { allDirections: DirectionInfo[]; years: number[]; periodFrom: number; lockedYears: number[] }
  indicators: IndicatorInfo[]
  /** The scope whose values are loaded and shown: null for the municipality. */
  scope: () => number | null
}

export function createRoadmapLayout({ roadmap, indicators, scope }: RoadmapLayoutDeps) {
  /** The toolbar's column switches: every value column shown at first. */
  const show = reactive(Object.fromEntries(VALUE_COLUMN_FIELDS.map((f) => [f, true])) as ColumnVisibility)
  const table = computed<TableLayout>(() => ({
    years: roadmap.years, periodFrom: roadmap.periodFrom, lockedYears: roadmap.lockedYears, show: { ...show },
  }))

  /** An organisation's table holds the indicators kept per organisation: the same rows for every school. */
  const isMunicipality = computed(() => scope() === null)
  const scopeIndicators = computed(() => (isMunicipality.value ? indicators : indicators.filter((i) => i.level === 'ORGANIZATION')))
  const hiddenForScope = computed(() => indicators.length - scopeIndicators.value.length)
  /** The search box: indicators whose code or name holds every word, under their directions, all open. */
  const search = ref('')
  const matcher = computed(() => indicatorMatcher(search.value))
  const shownIndicators = computed(() => (matcher.value ? scopeIndicators.value.filter(matcher.value) : scopeIndicators.value))
  const collapsed = ref(new Set<number>())
  const buildShownRows = () => buildRows(roadmap.allDirections, shownIndicators.value, matcher.value ? new Set<number>() : collapsed.value)
  const rows = shallowRef(buildShownRows())
  watch([shownIndicators, collapsed], () => {
    rows.value = buildShownRows()
  })

  function toggleGroup(directionId: number) {
    const next = new Set(collapsed.value)
    if (next.has(directionId)) next.delete(directionId)
    else next.add(directionId)
    collapsed.value = next
  }
  function setAllCollapsed(isCollapsed: boolean) {
    collapsed.value = isCollapsed ? new Set(roadmap.allDirections.map((d) => d.id)) : new Set()
  }

  const layout: GridLayout = {
    tableId: 'roadmap',
    label: 'Таблица',
    rows,
    columns: computed(() => {
      const shown = table.value
      return (view: CellView) => buildRoadmapColumnDefs(shown, view)
    }),
    locator: roadmapLocator(scope),
    viewKey: computed(() => String(scope() ?? 'm')),
    noRowsText: 'Нет показателей для этого выбора',
    legendKeys: 'Enter/F2 — ввод, Ctrl+C/V — копировать/вставить (Ctrl+Shift+V — столбец за столбцом), Ctrl+Home/End и Ctrl+стрелки — к краю данных, Ctrl+D — заполнить вниз, Delete — очистить, Ctrl+Z/Y — отмена/повтор, Shift+F2 — примечание',
    toggleGroup,
  }
  return { layout, rows, table, show, search, matcher, shownIndicators, hiddenForScope, setAllCollapsed }
}

function codeCell(p: Params): HTMLElement {
  const row = p.data
  const span = document.createElement('span')
  span.className = 'code-cell'
  if (!row || row.kind === 'school') return span
  span.style.paddingLeft = `${row.depth * 12}px`
  if (row.kind === 'group') {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'group-toggle'
    button.tabIndex = -1
    button.textContent = row.isCollapsed ? '▸' : '▾'
    button.title = row.isCollapsed ? 'Развернуть' : 'Свернуть'
    button.setAttribute('aria-label', button.title)
    // The grid host toggles on the press: a click would land on a cell repainted by then.
    button.dataset.directionId = String(row.direction.id)
    span.append(button, document.createTextNode(row.direction.code))
  } else {
    span.textContent = row.indicator.code
  }
  return span
}

function clampedText(text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = 'clamp-2'
  span.textContent = text ?? ''
  return span
}
