import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  apiLogin, expectCellText, baltiysk, cell, createUser, expectSaved, hasClass, indicatorByCode, newContext, openRoadmap,
  serverCell, signIn, typeInto, type Baltiysk, type Caller, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
let user: { login: string; password: string }
let api: Caller
let context: BrowserContext
let page: Page

beforeAll(async () => {
  data = await baltiysk()
  user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
  api = await apiLogin(user.login, user.password)
})
beforeEach(async () => {
  context = await newContext()
  page = await context.newPage()
  await signIn(page, user.login, user.password)
  await openRoadmap(page, data.roadmapId)
})
afterEach(async () => {
  await context?.close()
})

describe('editing the roadmap table', () => {
  it('saves a typed target and shows it after a reload', async () => {
    const indicator = indicatorByCode(data, '11') // percent, one decimal
    await typeInto(page, indicator.id, 'y2025:target', '66,4')
    await expect.poll(async () => (await serverCell(api, indicator.id, 2025))?.target, { timeout: 15_000 }).toBe(66.4)
    await expectSaved(page)
    await page.reload()
    await cell(page, indicator.id, 'y2025:target').waitFor()
    await expectCellText(page, indicator.id, 'y2025:target', '66,4')

    // Who changed it, from what to what.
    await cell(page, indicator.id, 'y2025:target').click()
    await page.click('[data-test=history]')
    const history = page.locator('[data-test=cell-history]')
    await expect.poll(() => history.textContent(), { timeout: 10_000 }).toContain('План: 65,9 → 66,4')
    expect(await history.textContent()).toContain('Тест SPECIALIST')
  })

  it('colours a fact by the server’s status once it is saved', async () => {
    const indicator = indicatorByCode(data, '5') // target 2021 = 58, higher is better
    await typeInto(page, indicator.id, 'y2021:actual', '57')
    await expect.poll(async () => (await serverCell(api, indicator.id, 2021))?.status, { timeout: 15_000 }).toBe('NOT_MET')
    await expect.poll(() => hasClass(cell(page, indicator.id, 'y2021:actual'), 'st-not-met')).toBe(true)
    await expectCellText(page, indicator.id, 'y2021:deviation', '−1')
  })

  it('refuses an invalid value on the cell and never sends it', async () => {
    const indicator = indicatorByCode(data, '6') // percent
    const before = await serverCell(api, indicator.id, 2023)
    await typeInto(page, indicator.id, 'y2023:target', '150')
    const target = cell(page, indicator.id, 'y2023:target')
    await expect.poll(() => hasClass(target, 'cell-invalid')).toBe(true)
    await expectCellText(page, indicator.id, 'y2023:target', '150')
    expect(await page.locator('[data-test=refusal]').textContent()).toContain('процент должен быть от 0 до 100')
    await typeInto(page, indicator.id, 'y2023:actual', 'abc')
    await expect.poll(() => hasClass(cell(page, indicator.id, 'y2023:actual'), 'cell-invalid')).toBe(true)
    await expectSaved(page)
    expect(await serverCell(api, indicator.id, 2023)).toEqual(before)
  })

  it('pastes a 3×4 block of tab-separated text as one batch and undoes it', async () => {
    // Only План shown: 2021…2024 targets are four neighbouring columns.
    await page.click('[data-test=show-actual]')
    await page.click('[data-test=show-deviation]')
    const rows = ['2', '3', '4'].map((code) => indicatorByCode(data, code))
    const years = [2021, 2022, 2023, 2024]
    const before = await Promise.all(rows.map((r) => Promise.all(years.map(async (y) => (await serverCell(api, r.id, y))?.target ?? null))))
    const block = [
      [91, 92, 93, 94],
      [81, 82, 83, 84],
      [71, 72, 73, 74],
    ]
    await page.evaluate((text) => navigator.clipboard.writeText(text), block.map((line) => line.join('\t')).join('\r\n') + '\r\n')
    await cell(page, rows[0].id, 'y2021:target').click()
    await page.keyboard.press('Control+V')
    await expect.poll(() => page.locator('[data-test=notice]').textContent()).toContain('Вставлено ячеек: 12')
    const onServer = () => Promise.all(rows.map((r) => Promise.all(years.map(async (y) => (await serverCell(api, r.id, y))?.target ?? null))))
    await expect.poll(onServer, { timeout: 15_000 }).toEqual(block)
    await expectSaved(page)
    await expectCellText(page, rows[2].id, 'y2024:target', '74')

    // Ctrl+Я on a Russian layout is the same physical key: matched by event.code.
    await page.keyboard.press('Control+KeyZ')
    await expect.poll(onServer, { timeout: 15_000 }).toEqual(before)
    await expectCellText(page, rows[0].id, 'y2021:target', String(before[0][0]))

    await page.click('[data-test=redo]')
    await expect.poll(onServer, { timeout: 15_000 }).toEqual(block)
  })

  it('copies the selected range as tab-separated text', async () => {
    const a = indicatorByCode(data, '7')
    const b = indicatorByCode(data, '8')
    await cell(page, a.id, 'y2021:target').click()
    await cell(page, b.id, 'y2022:target').click({ modifiers: ['Shift'] })
    await page.keyboard.press('Control+C')
    const text = await page.evaluate(() => navigator.clipboard.readText())
    // 2021 План, Факт, Откл., 2022 План for two rows; targets from the seed.
    expect(text).toBe('20\t\t\t23\r\n9\t\t\t10\r\n')
  })

  it('fills down with Ctrl+D and clears with Delete', async () => {
    const top = indicatorByCode(data, '7')
    const bottom = indicatorByCode(data, '8')
    await typeInto(page, top.id, 'y2024:actual', '31')
    await cell(page, top.id, 'y2024:actual').click()
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Control+KeyD')
    await expect.poll(async () => (await serverCell(api, bottom.id, 2024))?.actual, { timeout: 15_000 }).toBe(31)
    await page.keyboard.press('Delete')
    await expect.poll(async () => [(await serverCell(api, top.id, 2024))?.actual, (await serverCell(api, bottom.id, 2024))?.actual], { timeout: 15_000 }).toEqual([null, null])
  })

  it('moves like Excel: Enter commits and goes down, Tab goes right, Escape cancels', async () => {
    const a = indicatorByCode(data, '2')
    await cell(page, a.id, 'y2025:actual').click()
    await page.keyboard.type('55')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await cell(page, a.id, 'y2025:actual').textContent())?.trim()).toBe('')
    await expect.poll(() => page.locator('.ag-cell-inline-editing').count()).toBe(0)
    await cell(page, a.id, 'y2024:actual').click()
    await page.keyboard.press('F2')
    await page.keyboard.type('77')
    await page.keyboard.press('Tab')
    // Tab passes the read-only Откл. to the next cell that takes input.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('col-id'))
    expect(focused).toBe('y2025:target')
    await expect.poll(async () => (await serverCell(api, a.id, 2024))?.actual, { timeout: 15_000 }).toBe(77)
  })
})
