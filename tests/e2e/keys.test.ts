// The grid's keys: Enter and Tab skip what cannot be edited (a direction's row, Откл.), Ctrl+Home,
// Ctrl+End and Ctrl+arrows go to the edges of the data.
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, cell, createUser, indicatorByCode, newContext, openRoadmap, serverCell, signIn,
  type Baltiysk, type Caller, useBrowser,
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

/** The cell that has the keyboard focus: its row id and column id. */
const focused = (p: Page) => p.evaluate(() => {
  const el = document.activeElement?.closest('.ag-cell')
  return { rowId: el?.closest('.ag-row')?.getAttribute('row-id') ?? null, colId: el?.getAttribute('col-id') ?? null }
})

/** Row ids by displayed index, as the grid renders them (the top of the table). */
const renderedRows = (p: Page) => p.evaluate(() => {
  // A row is drawn once per pinned part of the grid: one entry per index.
  const byIndex = new Map<number, string>()
  for (const r of document.querySelectorAll('.indicator-grid .ag-row[row-id]')) byIndex.set(Number(r.getAttribute('row-index')), r.getAttribute('row-id')!)
  return [...byIndex].sort((a, b) => a[0] - b[0]).map(([index, id]) => ({ index, id }))
})

describe('the grid’s keys', () => {
  it('Enter after the last indicator of a direction goes past the direction’s row to its first indicator', async () => {
    const rows = await renderedRows(page)
    const i = rows.findIndex((r, k) => r.id.startsWith('i:') && rows[k + 1]?.id.startsWith('d:') && rows[k + 2]?.id.startsWith('i:'))
    expect(i).toBeGreaterThanOrEqual(0)
    const last = Number(rows[i].id.slice(2))
    // Typing replaces what the cell holds (F2 would edit it: earlier tests may have filled it).
    await cell(page, last, 'y2023:actual').click()
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toEqual({ rowId: rows[i + 2].id, colId: 'y2023:actual' })
    // The direction stays open: typing goes on in its first indicator.
    await page.keyboard.type('13')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await serverCell(api, last, 2023))?.actual, { timeout: 15_000 }).toBe(12)
    await expect.poll(async () => (await serverCell(api, Number(rows[i + 2].id.slice(2)), 2023))?.actual, { timeout: 15_000 }).toBe(13)
  })

  it('Tab passes Откл., with and without the editor open', async () => {
    const indicator = indicatorByCode(data, '9')
    await cell(page, indicator.id, 'y2023:actual').click()
    await page.keyboard.press('Tab')
    expect(await focused(page)).toEqual({ rowId: `i:${indicator.id}`, colId: 'y2024:target' })
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toEqual({ rowId: `i:${indicator.id}`, colId: 'y2023:actual' })
    await page.keyboard.type('41')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toEqual({ rowId: `i:${indicator.id}`, colId: 'y2024:target' })
    await expect.poll(async () => (await serverCell(api, indicator.id, 2023))?.actual, { timeout: 15_000 }).toBe(41)
  })

  it('Ctrl+Home, Ctrl+End and Ctrl+arrows go to the edges of the data', async () => {
    const rows = await renderedRows(page)
    const first = rows.find((r) => r.id.startsWith('i:'))!
    await cell(page, Number(first.id.slice(2)), 'name').click()
    await page.keyboard.press('Control+End')
    const end = await focused(page)
    expect(end.colId).toBe('y2025:deviation')
    expect(end.rowId).toMatch(/^i:/)
    await page.keyboard.press('Control+Home')
    // The first value column: 2018 Факт, a baseline year.
    expect(await focused(page)).toEqual({ rowId: first.id, colId: 'y2018:actual' })
    // Every indicator has a code: Ctrl+Down runs through them, past direction rows, to the last one.
    await page.keyboard.press('Control+ArrowLeft')
    await page.keyboard.press('Control+ArrowLeft')
    expect(await focused(page)).toEqual({ rowId: first.id, colId: 'code' })
    await page.keyboard.press('Control+ArrowDown')
    expect(await focused(page)).toEqual({ rowId: end.rowId, colId: 'code' })
    await page.keyboard.press('Control+ArrowUp')
    expect(await focused(page)).toEqual({ rowId: first.id, colId: 'code' })
    await page.keyboard.press('Control+Shift+ArrowRight')
    await expect.poll(() => page.locator('[data-test=selection-size]').textContent()).toContain('Выделено ячеек: 3')
  })
})
