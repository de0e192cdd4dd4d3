// The roadmap's plan-vs-fact for a year as an XLSX workbook: one sheet per direction,
// Russian headers, cells coloured by status — for the department's annual analysis.
import { DirectionKind, ValueStatus } from '../../domain/enums.js'
import type { Direction } from '../direction/direction.entity.js'
import { subtreeIds } from '../direction/direction-tree.js'
import type { RoadmapProgress } from '../progress/progress.types.js'
import type { Roadmap } from '../roadmap/roadmap.entity.js'

export const STATUS_LABEL: Record<ValueStatus, string> = { MET: 'достигнут', NOT_MET: 'не достигнут', NO_DATA: 'нет данных', NO_TARGET: 'нет плана' }
const STATUS_FILL: Record<ValueStatus, string> = { MET: 'FFC6EFCE', NOT_MET: 'FFFFC7CE', NO_DATA: 'FFFFEB9C', NO_TARGET: 'FFEDEDED' }
const HEADERS = ['Код', 'Показатель', 'Ед.', 'План', 'Факт', 'Откл.', 'Достижение, %', 'Статус', 'Прогноз на последний год', 'Нужный темп в год']

export async function progressWorkbook(roadmap: Roadmap, scopeName: string, progress: RoadmapProgress, directions: Direction[]): Promise<Buffer> {
  // Loaded with the first workbook, not at start: importing exceljs takes about half a second.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Ориентир'
  const tree = directions.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null }))
  // Sheets per direction proper; a mechanism group is only a heading, a section stays with its direction.
  const sheetDirections = directions.filter((d) => d.kind === DirectionKind.DIRECTION || (d.kind !== DirectionKind.SECTION && !directions.some((c) => c.parent?.id === d.id)))
  const usedNames = new Set<string>()
  for (const direction of sheetDirections) {
    const ids = new Set(subtreeIds(tree, direction.id))
    const rows = progress.indicators.filter((p) => ids.has(p.indicator.direction.id))
    const sheet = workbook.addWorksheet(sheetName(direction, usedNames), { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] })
    sheet.addRow([`${roadmap.title}`])
    sheet.addRow([`Направление ${direction.code}. ${direction.title}`])
    sheet.addRow([`${scopeName}, ${progress.year} год`])
    const header = sheet.addRow(HEADERS)
    header.font = { bold: true }
    header.alignment = { wrapText: true, vertical: 'middle' }
    for (const p of rows) {
      const line = sheet.addRow([p.indicator.code, p.indicator.name, p.indicator.unit, p.target, p.actual, p.deviation, p.achievement, STATUS_LABEL[p.status], p.forecast, p.requiredPace])
      const format = p.indicator.decimals > 0 ? `0.${'0'.repeat(p.indicator.decimals)}` : '0'
      for (const col of [4, 5, 6, 9, 10]) line.getCell(col).numFmt = format
      line.getCell(7).numFmt = '0.0'
      line.getCell(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[p.status] } }
      line.getCell(2).alignment = { wrapText: true, vertical: 'top' }
    }
    if (rows.length === 0) sheet.addRow(['', 'Показателей нет'])
    sheet.columns.forEach((column, i) => { column.width = [8, 60, 8, 10, 10, 10, 14, 14, 14, 14][i] })
  }
  if (sheetDirections.length === 0) workbook.addWorksheet('Нет направлений')
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function sheetName(direction: Direction, used: Set<string>): string {
  // Excel: at most 31 characters, none of []:*?/\ and unique in the book.
  const base = `${direction.code} ${direction.title}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim()
  let name = base
  for (let n = 2; used.has(name); n++) name = `${base.slice(0, 27)} (${n})`
  used.add(name)
  return name
}
