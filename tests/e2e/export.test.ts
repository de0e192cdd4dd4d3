import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiLogin, baltiysk, createUser, indicatorByCode, newContext, ok, openRoadmap, serverCell, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
let dir: string
beforeAll(async () => {
  data = await baltiysk()
  dir = mkdtempSync(join(tmpdir(), 'orientir-e2e-export-'))
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
})

describe('export', () => {
  it('downloads the table as shown as XLSX with year groups and the right numbers', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const indicator = indicatorByCode(data, '12') // satisfaction, percent, targets 91…95
    const current = await serverCell(api, indicator.id, 2021)
    await ok('mutation($input:[IndicatorValueInput!]!){ setIndicatorValues(input:$input){ id } }', {
      input: [{ indicatorId: indicator.id, year: 2021, actual: 89, expectedVersion: current?.version ?? 0 }],
    }, api)

    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-xlsx]')])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const file = join(dir, 'roadmap.xlsx')
    await download.saveAs(file)
    await context.close()

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3 })
    // Header: years in row 3 over План/Факт/Откл. in row 4.
    const headerYears = sheet.getRow(3).values as unknown[]
    const headerFields = sheet.getRow(4).values as unknown[]
    const col2021 = headerYears.indexOf('2021')
    expect(headerFields.slice(col2021, col2021 + 3)).toEqual(['План', 'Факт', 'Откл.'])
    expect(headerYears.indexOf('2018')).toBeGreaterThan(0)

    let row: ExcelJS.Row | undefined
    sheet.eachRow((r) => {
      if (r.getCell(1).value === indicator.code && r.getCell(2).value === indicator.name) row = r
    })
    expect(row).toBeDefined()
    expect(row!.getCell(col2021).value).toBe(91)
    expect(row!.getCell(col2021 + 1).value).toBe(89)
    expect(row!.getCell(col2021 + 2).value).toBe(-2)
    expect(row!.getCell(col2021 + 1).numFmt).toBe('0')
    expect(row!.getCell(col2021 + 3).value).toBe(92)
  })

  it('downloads CSV for a Russian Excel', async () => {
    const context = await newContext()
    const page = await context.newPage()
    const user = await createUser('MANAGER', { municipalityId: data.municipalityId })
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    expect(await page.locator('[data-test=read-only]').textContent()).toBe('Только просмотр')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')])
    const file = join(dir, 'roadmap.csv')
    await download.saveAs(file)
    await context.close()
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(file, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain('Код;Показатель;Ед.;2018 Факт')
    expect(text).toContain('11;Удельный вес педагогических работников')
    expect(text).toContain(';64,8;')
  })
})
