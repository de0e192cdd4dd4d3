// An uploaded XLSX or CSV file as rows of cell texts.
import type { CellValue } from 'exceljs'
import { restoreFormulaText } from '../../domain/csv.js'
import { badInput } from '../../errors.js'
import { decodeText, type TextEncodingName } from './text-encoding.js'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export interface FileRows {
  rows: string[][]
  /** The encoding a text file was read in; null for XLSX. */
  encoding: TextEncodingName | null
}

/** The file's bytes from its base64 text; Node would skip letters that are not base64 and read garbage. */
export function decodeBase64OrThrow(text: string): Buffer {
  const compact = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw badInput('Содержимое файла (contentBase64) — не base64')
  return Buffer.from(compact, 'base64')
}

export async function readRows(fileName: string, bytes: Buffer): Promise<FileRows> {
  if (bytes.length === 0) throw badInput('Файл пуст')
  if (bytes.length > MAX_IMPORT_BYTES) throw badInput(`Файл больше ${MAX_IMPORT_BYTES / 1024 / 1024} МБ`)
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.xlsx')) return { rows: await xlsxRows(bytes), encoding: null }
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) {
    const { text, encoding } = decodeText(bytes)
    return { rows: csvRows(text), encoding }
  }
  throw badInput('Поддерживаются файлы .xlsx, .csv и .txt (текст с разделителями)')
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  // Loaded with the first XLSX, not at start: importing exceljs takes about half a second.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw badInput('Файл не читается как XLSX')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw badInput('В книге нет листов')
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value)
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('result' in value) return cellText(value.result as CellValue)
  if ('text' in value) return String(value.text)
  return ''
}

/**
 * CSV with «;», «,» or tab between fields (whichever the header uses), quotes as Excel writes them.
 * A text our export neutralised («'=1+1») reads back as it was stored.
 */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.split(/\r?\n/, 1)[0]
  const delimiter = ['\t', ';', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0]
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i++ }
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === delimiter) { row.push(restoreFormulaText(cell)); cell = '' }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      row.push(restoreFormulaText(cell)); rows.push(row); row = []; cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) { row.push(restoreFormulaText(cell)); rows.push(row) }
  return rows
}
