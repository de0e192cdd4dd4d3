// CSV for Excel with a Russian locale: «;» between cells, decimal comma, UTF-8 with a BOM so
// Cyrillic opens right; text cells that Excel would run as formulas are neutralised. Pure.
import { BOM, csvLine } from '../../../server/domain/csv.js'
import { formatRuNumber } from '../indicator-grid/lib/formatRuNumber.js'
import type { TableSnapshot } from './tableSnapshot.js'

export function toCsv(table: TableSnapshot): string {
  const header = table.columns.map((c) => (c.kind === 'value' ? `${c.year} ${c.header}` : c.header))
  const lines = [
    csvLine(header, { delimiter: ';', formatNumber: String }),
    ...table.rows.map((row) => csvLine(row.cells, { delimiter: ';', formatNumber: (n) => formatRuNumber(n, row.decimals, { plain: true }) })),
  ]
  return BOM + lines.join('')
}
