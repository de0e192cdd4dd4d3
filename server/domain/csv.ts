// CSV lines that open safely in Excel, shared by the server's exports and the grid's CSV. Pure.
// A text cell that Excel would take for a formula is neutralised the OWASP way (a leading
// apostrophe); numbers stay numbers, so «-1,5» in a numeric column is still −1,5.

export type CsvDelimiter = ';' | ','
export type CsvValue = string | number | null | undefined

export const BOM = '\uFEFF'

export interface CsvFormat {
  delimiter: CsvDelimiter
  /** How a number is written: «64,8» for Excel in Russia, «64.8» for scripts. */
  formatNumber: (value: number) => string
}

// Excel, LibreOffice and Google Sheets start a formula (or a DDE call) at any of these; apostrophes
// before them are counted too, so that restoreFormulaText() gives back exactly what was written.
const FORMULA_START = /^'*[=+\-@\t\r]/
const NEUTRALISED = /^'+[=+\-@\t\r]/

export function csvLine(cells: CsvValue[], format: CsvFormat): string {
  return cells.map((cell) => csvField(cell, format)).join(format.delimiter) + '\r\n'
}

function csvField(value: CsvValue, format: CsvFormat): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? format.formatNumber(value) : neutraliseFormula(value)
  const needsQuotes = text.includes(format.delimiter) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}

/** «=1+1» → «'=1+1»: shown as text by a spreadsheet, never run. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The inverse of neutraliseFormula, for a CSV of ours that comes back as an import. */
export function restoreFormulaText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text
}
