import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, errorCode, gql, ok, userWithRole, type Caller } from './client.js'
import { BALTIYSK, cell, roadmapOf } from './fixtures.js'

let a: Caller
let data: Awaited<ReturnType<typeof roadmapOf>>
let token: string
let code11: { id: number }

const IMPORT = `mutation($i:ImportValuesInput!){ importValues(input:$i){ layout encoding dryRun applied unchanged
  changes { row indicator { code } organization { shortName } year field oldValue newValue } errors { row message } } }`

const run = (caller: Caller, fileName: string, content: string | Buffer, dryRun: boolean, extra: object = {}) =>
  gql<any>(IMPORT, { i: { roadmapId: data.id, fileName, contentBase64: Buffer.from(content).toString('base64'), dryRun, ...extra } }, caller)

beforeAll(async () => {
  a = await admin()
  data = await roadmapOf(BALTIYSK, a)
  code11 = data.indicators.find((i) => i.code === '11')!
  token = (await ok<any>('mutation{ createApiToken(name:"import", role: BI){ token } }', {}, a)).createApiToken.token
})

async function exportCsv(query: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/export/values.csv?${query}`, { headers: { authorization: `Bearer ${token}` } })
  return await res.text()
}

describe('import of our own CSV export', () => {
  it('shows the edited cells in a dry run, writes nothing, then applies them as an import', async () => {
    const csv = await exportCsv(`roadmapId=${data.id}&years=2023&indicatorIds=${code11.id}`)
    const lines = csv.split('\r\n')
    const header = lines[0].replace(/^\uFEFF/, '').split(';')
    const row = lines.findIndex((l) => l.includes(';11;'))
    const cells = lines[row].split(';')
    cells[header.indexOf('План')] = '65,5'
    cells[header.indexOf('Факт')] = '60,1'
    lines[row] = cells.join(';')
    const edited = lines.join('\r\n')
    const before = await cell(a, code11.id, 2023)

    const dry = (await run(a, 'выгрузка.csv', edited, true)).data.importValues
    expect(dry).toMatchObject({ layout: 'flat', dryRun: true, applied: false, errors: [] })
    expect(dry.changes.map((c: any) => [c.row, c.indicator.code, c.year, c.field, c.oldValue, c.newValue])).toEqual([
      [row + 1, '11', 2023, 'target', '65.3', '65.5'],
      [row + 1, '11', 2023, 'actual', null, '60.1'],
    ])
    expect(await cell(a, code11.id, 2023)).toMatchObject({ version: before.version, target: 65.3 })

    const applied = (await run(a, 'выгрузка.csv', edited, false)).data.importValues
    expect(applied.applied).toBe(true)
    expect(await cell(a, code11.id, 2023)).toMatchObject({ target: 65.5, actual: 60.1, version: before.version + 1 })
    const { valueHistory } = await ok<any>('query($i:Int!){ valueHistory(indicatorId:$i, organizationId:null, year:2023){ source } }', { i: code11.id }, a)
    expect(valueHistory[0].source).toBe('IMPORT')

    const again = (await run(a, 'выгрузка.csv', edited, true)).data.importValues
    expect(again.errors[0].message).toMatch(/изменено после выгрузки/)

    // Put the printed target back: the seed tests compare it with the document.
    await ok('mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id } }', { i: [{ indicatorId: code11.id, year: 2023, target: 65.3, actual: null }] }, a)
  })
})

describe('import of a document table (indicator, unit, one column per year)', () => {
  it('reads targets by indicator name, skips «-», and reports only what differs', async () => {
    const table = [
      '№;Наименование показателя;Ед. изм.;2021;2022;2023;2024;2025',
      '1;Доля школ, показывающих необъективные результаты оценивания;%;0;0;0;0;0',
      '12;Уровень удовлетворенности населения доступностью и качеством общего образования по итогам опросов общественности;%;91;92;93;94;96',
      '5;Доля обучающихся, продемонстрировавших высокие результаты обучения по итогам учебного года, в общей численности обучающихся;%;58;-;;65;65',
    ].join('\n')
    const dry = (await run(a, 'таблица.csv', table, true)).data.importValues
    expect(dry.layout).toBe('matrix')
    expect(dry.errors).toEqual([])
    expect(dry.changes.map((c: any) => [c.indicator.code, c.year, c.field, c.oldValue, c.newValue])).toEqual([['12', 2025, 'target', '95', '96']])
  })

  it('reads an XLSX with a year row and План/Факт under it, for one school', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Таблица')
    sheet.addRow(['Код', 'Показатель', 'Ед.', 2021, '', 2022, ''])
    sheet.addRow(['', '', '', 'План', 'Факт', 'План', 'Факт'])
    const olympiad = data.indicators.find((i) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION')!
    sheet.addRow([olympiad.code, olympiad.name, 'чел.', null, 7, null, 8])
    const school = data.organizations[2]
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const dry = (await run(a, 'школа.xlsx', bytes, true, { organizationId: school.id })).data.importValues
    expect(dry.errors).toEqual([])
    expect(dry.changes.map((c: any) => [c.organization.shortName, c.year, c.field, c.newValue])).toEqual([
      [school.shortName, 2021, 'actual', '7'],
      [school.shortName, 2022, 'actual', '8'],
    ])
  })
})

describe('values read as the grid reads them', () => {
  it('takes «8 чел.» for a count in persons and «да»/«нет» for a yes/no indicator, and refuses a foreign unit', async () => {
    const olympiad = data.indicators.find((i) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION' && i.unit === 'чел.')!
    const school = data.organizations[1]
    const table = ['Код;Показатель;Ед.;2021;2022', `${olympiad.code};${olympiad.name};чел.;8 чел.;9 ед.`].join('\n')
    const res = (await run(a, 'школа.csv', table, true, { organizationId: school.id, yearsAreActuals: true })).data.importValues
    expect(res.changes.map((c: any) => [c.year, c.field, c.newValue])).toEqual([[2021, 'actual', '8']])
    expect(res.errors).toEqual([{ row: 2, message: expect.stringMatching(/^2022, факт «9 ед\.»: единица «ед\.» не совпадает с единицей показателя «чел\.»/) }])

    const { municipalities } = await ok<any>('{ municipalities { name roadmaps { id } } }', {}, a)
    const omsukchan = municipalities.find((m: { name: string }) => m.name.startsWith('Омсукчанский'))
    const roadmap = await ok<any>('query($id:Int!){ roadmap(id:$id){ indicators { code name valueType level } } }', { id: omsukchan.roadmaps[0].id }, a)
    const yesNo = roadmap.roadmap.indicators.filter((i: any) => i.valueType === 'BOOLEAN' && i.level === 'MUNICIPALITY').slice(0, 2)
    const yesNoTable = ['Код;Показатель;2024', `${yesNo[0].code};${yesNo[0].name};да`, `${yesNo[1].code};${yesNo[1].name};Нет`].join('\n')
    const input = { roadmapId: omsukchan.roadmaps[0].id, fileName: 'да-нет.csv', contentBase64: Buffer.from(yesNoTable).toString('base64'), dryRun: true, yearsAreActuals: true }
    const yes = (await gql<any>(IMPORT, { i: input }, a)).data.importValues
    expect(yes.errors).toEqual([])
    expect(yes.changes.map((c: any) => [c.indicator.code, c.newValue])).toEqual([[yesNo[0].code, '1'], [yesNo[1].code, '0']])
  })
})

describe('a text file in the encoding Excel saved it in', () => {
  it.each([
    ['targets-utf-8.csv', 'utf-8'],
    ['targets-utf-8-bom.csv', 'utf-8-bom'],
    ['targets-windows-1251.csv', 'windows-1251'],
    ['targets-utf-16le.txt', 'utf-16le'],
    ['targets-utf-16be.txt', 'utf-16be'],
  ])('reads %s as %s and says so in the dry run', async (fileName, encoding) => {
    const bytes = readFileSync(`tests/api/import-files/${fileName}`)
    const dry = (await run(a, fileName, bytes, true)).data.importValues
    expect(dry).toMatchObject({ layout: 'matrix', encoding, errors: [], unchanged: 2 })
    expect(dry.changes.map((c: any) => [c.indicator.code, c.year, c.field, c.oldValue, c.newValue])).toEqual([['12', 2025, 'target', '95', '96']])
  })

  it('reads our CSV export back after Excel saved it again in Windows-1251', async () => {
    const csv = await exportCsv(`roadmapId=${data.id}&years=2024&indicatorIds=${code11.id}`)
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    const header = lines[0].split(';')
    const row = lines.findIndex((l) => l.includes(';11;'))
    const cells = lines[row].split(';')
    const note = 'Ёмкость «кадрового резерва» — № 3'
    cells[header.indexOf('Примечание')] = note
    lines[row] = cells.join(';')
    const dry = (await run(a, 'выгрузка.csv', windows1251(lines.join('\r\n')), true)).data.importValues
    expect(dry).toMatchObject({ layout: 'flat', encoding: 'windows-1251', errors: [] })
    expect(dry.changes.map((c: any) => [c.indicator.code, c.year, c.field, c.newValue])).toEqual([['11', 2024, 'note', note]])
  })

  it('says nothing of an encoding for XLSX', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Таблица').addRow(['Код', 'Показатель', 2025])
    const dry = (await run(a, 'пусто.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), true)).data.importValues
    expect(dry.encoding).toBeNull()
  })
})

/** The Windows-1251 bytes of a text, as Excel in Russia saves a CSV (Node has no encoder for it). */
function windows1251(text: string): Buffer {
  const table = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))
  return Buffer.from([...text].map((ch) => {
    const byte = table.indexOf(ch)
    // Excel writes «?» for a character the code page lacks.
    return byte < 0 ? 0x3f : byte
  }))
}

describe('a file with errors', () => {
  it('lists every bad row and writes nothing, even the good rows', async () => {
    const table = [
      '№;Показатель;Ед.;2024',
      '12;Уровень удовлетворенности населения доступностью и качеством общего образования по итогам опросов общественности;%;97',
      '99;Несуществующий показатель;%;5',
      '11;Удельный вес педагогических работников общеобразовательных организаций, которым при прохождении аттестации присвоены первая или высшая квалификационные категории;%;сто',
      '2;Доля образовательных организаций, укомплектованных педагогическими кадрами в соответствии с требованиями основных образовательных программ;%;140',
    ].join('\n')
    const indicator12 = data.indicators.find((i) => i.code === '12')!
    const before = await cell(a, indicator12.id, 2024)
    const res = (await run(a, 'ошибки.csv', table, false)).data.importValues
    expect(res.applied).toBe(false)
    expect(res.errors.map((e: any) => e.row)).toEqual([3, 4, 5])
    expect(res.errors[0].message).toMatch(/не найден/)
    expect(res.errors[1].message).toMatch(/ожидается число/)
    expect(res.errors[2].message).toMatch(/от 0 до 100/)
    expect(await cell(a, indicator12.id, 2024)).toMatchObject({ version: before.version, target: before.target })
  })

  it('refuses a file that is not a table it knows, and a MANAGER altogether', async () => {
    const res = (await run(a, 'пусто.csv', 'просто текст', true)).data.importValues
    expect(res.errors[0].message).toMatch(/Не найдена строка заголовка/)
    expect(errorCode(await run(a, 'x.pdf', 'x', true))).toBe('BAD_USER_INPUT')
    const manager = await userWithRole('MANAGER', { municipalityId: data.municipalityId })
    expect(errorCode(await run(manager, 'x.csv', 'x', true))).toBe('FORBIDDEN')
  })
})

describe('GET /export/report.xlsx', () => {
  it('gives one sheet per direction with Russian headers, the numbers and status colours', async () => {
    const res = await fetch(`${baseUrl()}/export/report.xlsx?roadmapId=${data.id}&year=2021`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    expect(workbook.worksheets.map((s) => s.name.split(' ')[0])).toEqual(['1', '2', '3', '4'])
    const sheet = workbook.worksheets.find((s) => s.getRow(4).values && s.getColumn(1).values.includes('11'))!
    expect(sheet.getRow(4).values).toEqual([undefined, 'Код', 'Показатель', 'Ед.', 'План', 'Факт', 'Откл.', 'Достижение, %', 'Статус', 'Прогноз на последний год', 'Нужный темп в год'])
    const row = sheet.getColumn(1).values.indexOf('11')
    expect(sheet.getRow(row).getCell(4).value).toBe(64.8)
    expect((sheet.getRow(row).getCell(8).fill as any).fgColor.argb).toMatch(/^FF/)
  })

  it('answers 400 without a year', async () => {
    const res = await fetch(`${baseUrl()}/export/report.xlsx?roadmapId=${data.id}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(400)
  })
})
