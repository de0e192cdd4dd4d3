// XLSX of the table as shown: year column groups, frozen header and left columns, number formats
// per indicator. exceljs is loaded on demand: it is large and only the export needs it.
import { valueColumn } from '../indicator-grid/lib/valueColumns.js'
import type { TableSnapshot } from './tableSnapshot.js'

const HEADER_ROW = 3

export async function toXlsx(table: TableSnapshot): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Ориентир'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet('Дорожная карта', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW + 1 }],
  })

  sheet.getCell(1, 1).value = table.title
  sheet.getCell(1, 1).font = { bold: true, size: 12 }
  sheet.getCell(2, 1).value = table.subtitle
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555555' } }

  const headerFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEEF2F6' } }
  const border = { style: 'thin' as const, color: { argb: 'FFB8C2CC' } }
  const boxed = { top: border, left: border, bottom: border, right: border }

  // Two header rows: years over their value columns, the left columns merged down.
  table.columns.forEach((c, i) => {
    const col = i + 1
    if (c.kind !== 'value') {
      sheet.getCell(HEADER_ROW, col).value = c.header
      sheet.mergeCells(HEADER_ROW, col, HEADER_ROW + 1, col)
    } else {
      sheet.getCell(HEADER_ROW + 1, col).value = c.header
    }
  })
  let col = table.columns.findIndex((c) => c.kind === 'value') + 1
  for (const group of table.yearGroups) {
    sheet.getCell(HEADER_ROW, col).value = group.header
    if (group.columns.length > 1) sheet.mergeCells(HEADER_ROW, col, HEADER_ROW, col + group.columns.length - 1)
    col += group.columns.length
  }
  for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
    const row = sheet.getRow(r)
    for (let c = 1; c <= table.columns.length; c++) {
      const cell = row.getCell(c)
      cell.font = { bold: true }
      cell.fill = headerFill
      cell.border = boxed
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    }
  }

  table.rows.forEach((snapshotRow, i) => {
    const row = sheet.getRow(HEADER_ROW + 2 + i)
    snapshotRow.cells.forEach((value, j) => {
      const cell = row.getCell(j + 1)
      cell.value = value
      cell.border = boxed
      const spec = table.columns[j]
      if (spec.kind === 'value') {
        const digits = snapshotRow.decimals > 0 ? `0.${'0'.repeat(snapshotRow.decimals)}` : '0'
        cell.numFmt = valueColumn(spec.field).isSigned ? `+${digits};-${digits};${digits}` : digits
      } else if (spec.kind === 'name') {
        cell.alignment = { wrapText: true, vertical: 'top', indent: snapshotRow.kind === 'indicator' ? 1 : 0 }
      } else {
        cell.alignment = { vertical: 'top' }
      }
    })
    if (snapshotRow.kind === 'group') {
      row.font = { bold: true }
      for (let c = 1; c <= table.columns.length; c++)
        row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F8' } }
    }
  })

  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.kind === 'name' ? 60 : c.kind === 'code' ? 8 : c.kind === 'unit' ? 8 : 10
  })

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}
