// AG Grid's modules, registered by the one component that hosts a grid, so that AG Grid
// travels in the chunk of the pages that show one and not in the login page's main chunk.
// Only the features the tables use: AllCommunityModule brings filters, pagination, row
// selection, CSV export, the infinite row model and more, which made the chunk larger to load
// and gave every new grid their services to create. The core already holds the client-side row
// model, column groups, pinning, resizing, keyboard navigation, the overlay and function renderers.
import {
  CellStyleModule,
  ColumnApiModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
} from 'ag-grid-community'

ModuleRegistry.registerModules([
  // cellClass, getRowClass
  CellStyleModule,
  RowStyleModule,
  // editable cells with agTextCellEditor (readOnlyEdit: the grid asks, the store writes)
  TextEditorModule,
  // tooltipValueGetter, headerTooltip
  TooltipModule,
  // localeText (the empty table's line)
  LocaleModule,
  // getRowNode, getDisplayedRowAtIndex/Count; ensureIndexVisible/ColumnVisible; refreshCells; getAllDisplayedColumns
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  ColumnApiModule,
])
