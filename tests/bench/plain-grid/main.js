// The roadmap's rows in AG Grid alone: the app's column layout (3 pinned columns, then per year
// Факт for a baseline year and План/Факт/Откл. for a period year), its row heights and widths,
// group rows spanning name and unit — and nothing else: no store, no Vue, no cell classes.
// Data: JSON put into the page by tests/bench/grid-bench.mjs; ?w=&h= sizes the grid as the app's.
import { AllCommunityModule, ModuleRegistry, createGrid, themeQuartz } from 'ag-grid-community'

ModuleRegistry.registerModules([AllCommunityModule])

const data = JSON.parse(document.getElementById('bench-data').textContent)
const params = new URLSearchParams(location.search)
const host = document.getElementById('grid')
host.style.width = `${Number(params.get('w') ?? 1568)}px`
host.style.height = `${Number(params.get('h') ?? 740)}px`

const HEADERS = { target: 'План', actual: 'Факт', deviation: 'Откл.' }
const formats = new Map()
function format(value, decimals, signed) {
  if (value === null || value === undefined) return ''
  const key = `${decimals}:${signed}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: signed ? 'exceptZero' : 'auto' })
    formats.set(key, f)
  }
  return f.format(value)
}

const isGroup = (p) => p.data?.kind === 'group'
const columnDefs = [
  { colId: 'code', field: 'code', headerName: 'Код', pinned: 'left', width: 96 },
  { colId: 'name', field: 'name', headerName: 'Показатель', pinned: 'left', width: 350, colSpan: (p) => (isGroup(p) ? 2 : 1) },
  { colId: 'unit', field: 'unit', headerName: 'Ед.', pinned: 'left', width: 64 },
  ...data.years.map((year) => ({
    headerName: String(year),
    groupId: `year-${year}`,
    marryChildren: true,
    children: data.columns
      .filter((c) => c.year === year)
      .map((c) => ({
        colId: c.colId,
        headerName: HEADERS[c.field],
        width: c.field === 'deviation' ? 68 : 76,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.values?.[c.colId] ?? null,
        valueFormatter: (p) => format(p.value, p.data?.decimals ?? 0, c.field === 'deviation'),
      })),
  })),
]

createGrid(host, {
  theme: themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 13, headerFontSize: 12, spacing: 5, cellHorizontalPadding: 6 }),
  columnDefs,
  defaultColDef: { sortable: false, suppressMovable: true, suppressHeaderMenuButton: true },
  rowData: data.rows,
  getRowId: (p) => p.data.rowId,
  rowHeight: 40,
  headerHeight: 28,
  groupHeaderHeight: 28,
  animateRows: false,
})
