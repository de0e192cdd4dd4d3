// The table on paper: on print, every row is laid out and the shown columns are scaled to the width
// of an A4 landscape page (277 mm between the margins), so 2025 is not cut off.
import { beforeAll, describe, expect, it } from 'vitest'
import { baltiysk, createUser, newContext, openRoadmap, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

/** 277 mm in CSS pixels. */
const PAGE_WIDTH = Math.floor((277 / 25.4) * 96)

describe('printing the roadmap table', () => {
  it('fits every shown column, 2025 included, on the width of an A4 landscape page and prints every row', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    await page.emulateMedia({ media: 'print' })
    const edges = () => page.evaluate(() => {
      const grid = document.querySelector('.indicator-grid')!.getBoundingClientRect()
      const last = document.querySelector('.indicator-grid .ag-header-cell[col-id="y2025:deviation"]')!.getBoundingClientRect()
      return { left: grid.left, right: last.right, gridRight: grid.right }
    })
    await expect.poll(async () => {
      const e = await edges()
      return e.right - e.left
    }).toBeLessThanOrEqual(PAGE_WIDTH)
    const e = await edges()
    expect(e.right).toBeLessThanOrEqual(e.gridRight + 1)
    expect(e.right - e.left).toBeGreaterThan(PAGE_WIDTH * 0.9)
    // Every indicator is laid out, not only those scrolled into view.
    await expect.poll(() => page.evaluate(() => new Set([...document.querySelectorAll('.indicator-grid .ag-row[row-id^="i:"]')].map((r) => r.getAttribute('row-id'))).size))
      .toBe(data.indicators.length)
    expect(await page.locator('.toolbar').isVisible()).toBe(false)
    if (process.env.PRINT_SHOT) await page.pdf({ path: process.env.PRINT_SHOT, format: 'A4', landscape: true })

    await page.emulateMedia({ media: 'screen' })
    await expect.poll(() => page.evaluate(() => (document.querySelector('.indicator-grid') as HTMLElement).style.zoom)).toBe('')
    await context.close()
  })
})
