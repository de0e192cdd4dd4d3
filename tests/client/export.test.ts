import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildTableSnapshot } from '../../client/features/export/tableSnapshot.js'
import { toCsv } from '../../client/features/export/toCsv.js'
import { toXlsx } from '../../client/features/export/toXlsx.js'
import { buildRows } from '../../client/features/indicator-grid/lib/rowModel.js'
import { directions, indicators, makeStore, serverValue } from './fixtures.js'

function snapshot(show = { target: true, actual: true, deviation: true }) {
  const store = makeStore()
  store.mergeServerValues(10, [serverValue(2020, { actual: 62.5 }), serverValue(2021, { target: 64.8, actual: 65.3, deviation: 65.3 - 64.8 })])
  store.mergeServerValues(11, [serverValue(2021, { target: 1234 })])
  return buildTableSnapshot({
    title: 'Дорожная карта',
    subtitle: 'Муниципалитет',
    rows: buildRows(directions, indicators, new Set([2])),
    layout: { years: [2020, 2021], periodFrom: 2021, lockedYears: [], show },
    organizationId: null,
    valueOf: store.valueOf,
    deviationOf: store.deviationOf,
  })
}

describe('table snapshot', () => {
  it('holds the shown rows and columns with numbers as numbers and no data as empty', () => {
    const table = snapshot()
    expect(table.columns.map((c) => c.colId)).toEqual(['code', 'name', 'unit', 'y2020:actual', 'y2021:target', 'y2021:actual', 'y2021:deviation'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Кадры', null, null, null, null, null],
      ['11', 'Удельный вес педагогов с категорией', '%', 62.5, 64.8, 65.3, 0.5],
      ['2', 'Результаты', null, null, null, null, null],
    ])
  })
})

describe('toCsv', () => {
  it('writes ru-RU CSV: BOM, semicolons, decimal comma, year in the header', () => {
    const csv = toCsv(snapshot())
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('Код;Показатель;Ед.;2020 Факт;2021 План;2021 Факт;2021 Откл.')
    expect(lines[2]).toBe('11;Удельный вес педагогов с категорией;%;62,5;64,8;65,3;0,5')
  })
})

describe('toXlsx', () => {
  it('writes year groups over their columns, frozen panes and number formats, and reads back the numbers', async () => {
    const buffer = await toXlsx(snapshot())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 })
    expect(sheet.getCell('D3').value).toBe('2020')
    expect(sheet.getCell('E3').value).toBe('2021')
    expect(sheet.getCell('E4').value).toBe('План')
    expect(sheet.getCell('G4').value).toBe('Откл.')
    expect(sheet.getCell('B6').value).toBe('Удельный вес педагогов с категорией')
    expect(sheet.getCell('E6').value).toBe(64.8)
    expect(sheet.getCell('F6').value).toBe(65.3)
    expect(sheet.getCell('F6').numFmt).toBe('0.0')
    expect(sheet.getCell('G6').value).toBe(0.5)
    expect(sheet.getCell('G6').numFmt).toBe('+0.0;-0.0;0.0')
    expect(sheet.getCell('D5').value).toBeNull()
  })
})

describe('cells Excel would run as formulas', () => {
  // A name, code and unit as a user might type them, and a negative deviation beside them.
  function hostile() {
    const table = snapshot()
    table.rows[1] = { ...table.rows[1], cells: ['=1+1', '=HYPERLINK("http://evil.example";"Открыть")', '@SUM(A1)', -1.5, '+7 900', 65.3, -0.5] }
    return table
  }

  it('writes text cells with a leading apostrophe in the CSV, and negative numbers as numbers', () => {
    const lines = toCsv(hostile()).slice(1).split('\r\n')
    expect(lines[2]).toBe(`'=1+1;"'=HYPERLINK(""http://evil.example"";""Открыть"")";'@SUM(A1);-1,5;'+7 900;65,3;-0,5`)
  })

  it('writes them to the XLSX as text cells, not formulas', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await toXlsx(hostile()))
    const sheet = workbook.worksheets[0]
    for (const [address, text] of [['A6', '=1+1'], ['B6', '=HYPERLINK("http://evil.example";"Открыть")'], ['C6', '@SUM(A1)'], ['E6', '+7 900']]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String)
      expect(sheet.getCell(address).value).toBe(text)
    }
    expect(sheet.getCell('D6').type).toBe(ExcelJS.ValueType.Number)
    expect(sheet.getCell('D6').value).toBe(-1.5)
  })
})
