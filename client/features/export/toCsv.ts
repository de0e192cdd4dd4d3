// CSV for Excel with a Russian locale: «;» between cells, decimal comma, UTF-8 with a BOM so
// Cyrillic opens right. Pure.
import { formatRuNumber } from '../indicator-grid/lib/formatRuNumber.js'
import type { TableSnapshot } from './tableSnapshot.js'

export function toCsv(table: TableSnapshot): string {
  const header = table.columns.map((c) => (c.kind === 'value' ? `${c.year} ${c.header}` : c.header))
  const lines = [header, ...table.rows.map((row) => row.cells.map((cell) => (typeof cell === 'number' ? formatRuNumber(cell, row.decimals, { plain: true }) : (cell ?? ''))))]
  return '\uFEFF' + lines.map((line) => line.map(quote).join(';')).join('\r\n') + '\r\n'
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
