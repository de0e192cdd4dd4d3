// How the import page names and shows things. Pure.
import type { ImportChange, ImportEncoding, ImportResult } from '../../../api/importOperations.js'

/** The server takes the request as JSON up to 30 MB; base64 makes a file a third larger. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

export const FIELD_NAMES: Record<ImportChange['field'], string> = { target: 'План', actual: 'Факт', note: 'Примечание' }
export const LAYOUT_NAMES: Record<ImportResult['layout'], string> = {
  flat: 'выгрузка Ориентира (строка на значение)',
  matrix: 'таблица по годам (строка на показатель)',
}

/** Named as Excel's «Сохранить как» names them, so a user recognises what they chose. */
export const ENCODING_NAMES: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 с BOM («CSV UTF-8»)',
  'utf-16le': 'UTF-16 LE («Юникод-текст»)',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 («CSV (разделители — запятые)»)',
}

/** Why a file cannot be sent, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!/\.(xlsx|csv|txt|tsv)$/i.test(file.name)) return 'Нужен файл .xlsx, .csv или .txt'
  if (file.size === 0) return 'Файл пуст'
  if (file.size > MAX_FILE_BYTES) return `Файл больше ${formatBytes(MAX_FILE_BYTES)} — разделите его на части`
  return null
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} КБ`
  return `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`
}

/** A cell's value as the server reports it («65.3», null) shown the Russian way («65,3», «пусто»). */
export function showValue(value: string | null): string {
  if (value === null || value === '') return 'пусто'
  if (/^-?\d+(\.\d+)?$/.test(value)) {
    const decimals = value.split('.')[1]?.length ?? 0
    return Number(value).toLocaleString('ru-RU', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).replace('-', '−')
  }
  return value
}

/** «Изменений: 12 (план 4, факт 8)». */
export function changesSummary(changes: Pick<ImportChange, 'field'>[]): string {
  const byField = new Map<ImportChange['field'], number>()
  for (const c of changes) byField.set(c.field, (byField.get(c.field) ?? 0) + 1)
  const parts = (['target', 'actual', 'note'] as const).filter((f) => byField.get(f)).map((f) => `${FIELD_NAMES[f].toLowerCase()} ${byField.get(f)}`)
  return `${changes.length}${parts.length ? ` (${parts.join(', ')})` : ''}`
}

/** The base64 payload of a data: URL as FileReader.readAsDataURL gives it. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',')
  return comma >= 0 ? dataUrl.slice(comma + 1) : ''
}
