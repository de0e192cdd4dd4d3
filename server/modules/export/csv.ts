// CSV as Excel in Russia reads it: UTF-8 with BOM, «;» between fields and a decimal comma.
// With «,» as the delimiter the decimal point stays a point, for scripts.

export type Delimiter = ';' | ','

export const BOM = '\uFEFF'

export function csvLine(cells: (string | number | null | undefined)[], delimiter: Delimiter): string {
  return cells.map((c) => csvCell(c, delimiter)).join(delimiter) + '\r\n'
}

function csvCell(value: string | number | null | undefined, delimiter: Delimiter): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? (delimiter === ';' ? String(value).replace('.', ',') : String(value)) : value
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}
