// A block of cell texts → tab-separated text that Excel and LibreOffice paste back as cells. Pure.

export function tsvFromRange(rows: string[][]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + (rows.length ? '\r\n' : '')
}

function quoteCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
