// Reads a table (rows of cell texts) in one of the layouts Ориентир accepts. Pure.
//  - flat: our CSV export, one row per value (Код показателя, Организация, Год, План, Факт, Примечание, Версия);
//  - matrix: the documents' roadmap table and our grid export — one row per indicator
//    (code and/or name, unit) and one column per year, or per year × План/Факт under a year row.
import { parseRuNumber, type ParsedNumber } from '../../domain/ru-number.js'

export type ImportField = 'target' | 'actual' | 'note'

export interface ImportCell {
  row: number // 1-based, as a spreadsheet shows it
  indicatorCode: string | null
  indicatorName: string | null
  organizationName: string | null // null: the municipality, or the scope chosen for a matrix file
  year: number
  field: ImportField
  value: number | string | null
  expectedVersion: number | null
}

export interface RowError {
  row: number
  message: string
}

export interface ParsedTable {
  layout: 'flat' | 'matrix'
  cells: ImportCell[]
  errors: RowError[]
}

const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase()
const isYear = (s: string | undefined): number | null => {
  const m = /^(\d{4})(\s*г(од)?\.?)?$/.exec((s ?? '').trim())
  const y = m ? Number(m[1]) : NaN
  return y >= 2000 && y <= 2100 ? y : null
}

/**
 * Reads one value's text for the indicator a row names (by code or name): the caller knows the
 * indicators, so «да»/«нет» and «12 чел.» read as they do in the grid.
 */
export type ValueReader = (text: string, indicator: { code: string | null; name: string | null }) => ParsedNumber

const readNumber: ValueReader = (text) => parseRuNumber(text)

export function readLayout(rows: string[][], defaultField: 'target' | 'actual' = 'target', readValue: ValueReader = readNumber): ParsedTable {
  const flatHeader = rows.findIndex((r) => r.some((c) => norm(c) === 'код показателя') && r.some((c) => norm(c) === 'год'))
  if (flatHeader >= 0) return readFlat(rows, flatHeader, readValue)
  return readMatrix(rows, defaultField, readValue)
}

function readFlat(rows: string[][], h: number, readValue: ValueReader): ParsedTable {
  const header = rows[h].map(norm)
  const col = (name: string) => header.indexOf(name)
  const at = { code: col('код показателя'), name: col('показатель'), org: col('организация'), year: col('год'), target: col('план'), actual: col('факт'), note: col('примечание'), version: col('версия') }
  const cells: ImportCell[] = []
  const errors: RowError[] = []
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i]
    if (r.every((c) => !c?.trim())) continue
    const row = i + 1
    const year = isYear(r[at.year])
    if (!year) {
      errors.push({ row, message: `год «${r[at.year] ?? ''}» не распознан` })
      continue
    }
    const version = at.version >= 0 && r[at.version]?.trim() ? Number(r[at.version]) : null
    const base = {
      row, indicatorCode: r[at.code]?.trim() || null, indicatorName: at.name >= 0 ? r[at.name]?.trim() || null : null,
      organizationName: at.org >= 0 ? r[at.org]?.trim() || null : null, year, expectedVersion: Number.isInteger(version) ? version : null,
    }
    // Our own export is a full snapshot of each row: an empty cell means «no value».
    for (const field of ['target', 'actual'] as const) {
      if (at[field] < 0) continue
      const parsed = readValue(r[at[field]] ?? '', { code: base.indicatorCode, name: base.indicatorName })
      if (!parsed.ok) errors.push({ row, message: `${field === 'target' ? 'План' : 'Факт'} «${r[at[field]]}»: ${parsed.message}` })
      else cells.push({ ...base, field, value: parsed.value })
    }
    if (at.note >= 0) cells.push({ ...base, field: 'note', value: r[at.note]?.trim() || null })
  }
  return { layout: 'flat', cells, errors }
}

function readMatrix(rows: string[][], defaultField: 'target' | 'actual', readValue: ValueReader): ParsedTable {
  const yearRow = rows.findIndex((r) => r.filter((c) => isYear(c)).length >= 1 && r.some((c) => /показател|^код$|^№/.test(norm(c))))
  const yearRowAbove = yearRow >= 0 ? yearRow : rows.findIndex((r) => r.filter((c) => isYear(c)).length >= 2)
  if (yearRowAbove < 0) return { layout: 'matrix', cells: [], errors: [{ row: 1, message: 'Не найдена строка заголовка с годами: ожидается таблица «показатель, единица, годы» или выгрузка Ориентира' }] }
  const sub = rows[yearRowAbove + 1]?.map(norm) ?? []
  const hasSubheader = sub.some((c) => c === 'план' || c === 'факт')
  const headerRows = [rows[yearRowAbove], hasSubheader ? rows[yearRowAbove + 1] : []]
  const labelOf = (j: number) => headerRows.map((r) => norm(r[j])).find((c) => c) ?? ''
  const width = Math.max(...rows.map((r) => r.length))
  let codeCol = -1
  let nameCol = -1
  const columns: { col: number; year: number; field: ImportField }[] = []
  let currentYear: number | null = null
  for (let j = 0; j < width; j++) {
    const year = isYear(rows[yearRowAbove][j])
    if (year) currentYear = year
    const label = labelOf(j)
    if (!year && !hasSubheader && (/^код/.test(label) || label === '№' || label === 'no' || label === '№ п/п')) codeCol = j
    else if (!year && /показател|наименование/.test(label) && nameCol < 0) nameCol = j
    if (hasSubheader) {
      if (/^код/.test(norm(rows[yearRowAbove][j])) || norm(rows[yearRowAbove][j]) === '№') codeCol = j
      if (/показател/.test(norm(rows[yearRowAbove][j])) && nameCol < 0) nameCol = j
      if (currentYear && (sub[j] === 'план' || sub[j] === 'факт')) columns.push({ col: j, year: currentYear, field: sub[j] === 'план' ? 'target' : 'actual' })
    } else if (year) columns.push({ col: j, year, field: defaultField })
  }
  if (nameCol < 0 && codeCol < 0) return { layout: 'matrix', cells: [], errors: [{ row: yearRowAbove + 1, message: 'Не найден столбец «Показатель» или «Код»' }] }
  const cells: ImportCell[] = []
  const errors: RowError[] = []
  for (let i = yearRowAbove + (hasSubheader ? 2 : 1); i < rows.length; i++) {
    const r = rows[i]
    const row = i + 1
    const code = codeCol >= 0 ? r[codeCol]?.trim() || null : null
    const name = nameCol >= 0 ? r[nameCol]?.trim() || null : null
    const filled = columns.filter((c) => (r[c.col] ?? '').trim() !== '')
    // Group rows (a direction's code and title) and blank rows carry no values.
    if (filled.length === 0) continue
    if (!code && !name) {
      errors.push({ row, message: 'нет кода и наименования показателя' })
      continue
    }
    for (const c of filled) {
      const parsed = readValue(r[c.col], { code, name })
      if (!parsed.ok) errors.push({ row, message: `${c.year}, ${c.field === 'target' ? 'план' : 'факт'} «${r[c.col]}»: ${parsed.message}` })
      // A dash in a document is «no data»: nothing to import, and nothing to clear either.
      else if (parsed.value !== null) cells.push({ row, indicatorCode: code, indicatorName: name, organizationName: null, year: c.year, field: c.field, value: parsed.value, expectedVersion: null })
    }
  }
  return { layout: 'matrix', cells, errors }
}
