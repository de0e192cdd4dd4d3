// Text a user typed that Excel would run as a formula, through every export of the server, on a
// small roadmap built here: names, codes, units and notes that start with = + - @.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, gql, ok, type Caller } from './client.js'

let a: Caller
let token: string
const ids: Record<string, number> = {}

const MUNICIPALITY = '=1+1 округ'
const SCHOOL = "@SUM(1+1)*cmd|' /C calc'!A0"
const INDICATOR = '=HYPERLINK("http://evil.example";"Подробнее")'
const NOTE = '-2+3; сверено с отчётом'

beforeAll(async () => {
  a = await admin()
  token = (await ok<any>('mutation{ createApiToken(name:"formulas", role: BI){ token } }', {}, a)).createApiToken.token
  ids.m = (await ok<any>('mutation($n:String!){ createMunicipality(name:$n, region:"Тест"){ id } }', { n: MUNICIPALITY }, a)).createMunicipality.id
  ids.r = (await ok<any>('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId: ids.m, title: '+Дорожная карта', periodFrom: 2021, periodTo: 2022 } }, a)).createRoadmap.id
  ids.d = (await ok<any>('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId: ids.r, code: '1', title: '-Кадры' } }, a)).createDirection.id
  ids.i = (await ok<any>('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', { i: { directionId: ids.d, code: '+1', name: INDICATOR, unit: '@', valueType: 'PERCENT', decimals: 1, goodDirection: 'UP', level: 'ORGANIZATION', rollup: 'MEAN' } }, a)).createIndicator.id
  ids.s = (await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId: ids.m, name: SCHOOL, shortName: '=Ш1' } }, a)).createOrganization.id
  await ok('mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id } }', {
    i: [
      { indicatorId: ids.i, year: 2021, target: 50, actual: 48.5, note: NOTE },
      { indicatorId: ids.i, organizationId: ids.s, year: 2021, target: 60, actual: 62, note: '=1+1' },
    ],
  }, a)
})

async function valuesCsv(query: string): Promise<Buffer> {
  const res = await fetch(`${baseUrl()}/export/values.csv?roadmapId=${ids.r}${query}`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

/** Rows of a CSV as Excel reads them: quoted fields may hold the delimiter and doubled quotes. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) {
    const cells: string[] = []
    const pattern = new RegExp(`("(?:[^"]|"")*"|[^${delimiter}]*)(?:${delimiter}|$)`, 'gy')
    for (let m = pattern.exec(line); m && m.index < line.length; m = pattern.exec(line)) cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1])
    rows.push(cells)
  }
  return rows
}

function byHeader(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
}

describe('GET /export/values.csv with text that starts a formula', () => {
  it('neutralises every such text cell with an apostrophe and leaves negative numbers numbers, in both variants', async () => {
    for (const [query, delimiter, deviation] of [['', ';', '-1,5'], ['&delimiter=,', ',', '-1.5']] as const) {
      const rows = byHeader(parseCsv((await valuesCsv(query)).toString('utf8'), delimiter))
      expect(rows).toHaveLength(2)
      const municipal = rows.find((r) => r['Организация'] === '')!
      expect(municipal).toMatchObject({
        Муниципалитет: `'${MUNICIPALITY}`, Направление: "'-Кадры", 'Код показателя': "'+1", Показатель: `'${INDICATOR}`, Единица: "'@",
        Отклонение: deviation, Примечание: `'${NOTE}`,
      })
      const school = rows.find((r) => r['Организация'] !== '')!
      expect(school).toMatchObject({ Организация: `'${SCHOOL}`, Примечание: "'=1+1", 'id организации': String(ids.s) })
    }
  })

  it('reads its own export back unchanged: the import takes the apostrophes off again', async () => {
    const csv = await valuesCsv('')
    const IMPORT = 'mutation($i:ImportValuesInput!){ importValues(input:$i){ layout encoding errors { row message } changes { field newValue } unchanged } }'
    const res = await gql<any>(IMPORT, { i: { roadmapId: ids.r, fileName: 'выгрузка.csv', contentBase64: csv.toString('base64'), dryRun: true } }, a)
    expect(res.data?.importValues).toEqual({ layout: 'flat', encoding: 'utf-8-bom', errors: [], changes: [], unchanged: 2 })
  })
})

describe('GET /export/report.xlsx with text that starts a formula', () => {
  it('writes such text as text cells, never as formulas', async () => {
    const res = await fetch(`${baseUrl()}/export/report.xlsx?roadmapId=${ids.r}&year=2021`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.worksheets[0]
    const texts: [string, string][] = [['A1', '+Дорожная карта'], ['A3', `${MUNICIPALITY}, 2021 год`], ['A5', '+1'], ['B5', INDICATOR], ['C5', '@']]
    for (const [address, text] of texts) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String)
      expect(sheet.getCell(address).value).toBe(text)
    }
    expect(sheet.getCell('F5').type).toBe(ExcelJS.ValueType.Number)
    expect(sheet.getCell('F5').value).toBe(-1.5)
  })
})
