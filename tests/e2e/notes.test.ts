import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, cell, createUser, expectSaved, hasClass, indicatorByCode, newContext, ok, openRoadmap,
  signIn, type Baltiysk, type Caller, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
let user: { login: string; password: string }
let api: Caller
let context: BrowserContext
let page: Page

/** The note of one municipality-level value row as the server holds it now. */
async function serverNote(indicatorId: number, year: number): Promise<string | null | undefined> {
  const { indicatorValues } = await ok(
    `query($f:IndicatorValueFilter){ indicatorValues(filter:$f, first:10){ edges { node { note } } } }`,
    { f: { indicatorIds: [indicatorId], years: [year], municipalityLevel: true } },
    api,
  )
  return indicatorValues.edges[0]?.node?.note
}

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

describe('notes of values', () => {
  it('sets a note with Shift+F2, saves it, and undoes it', async () => {
    const indicator = indicatorByCode(data, '9')
    const before = await serverNote(indicator.id, 2024)
    await cell(page, indicator.id, 'y2024:actual').click()
    await page.keyboard.press('Shift+F2')
    const input = page.locator('[data-test=note-input]')
    await input.waitFor()
    await input.fill('не проводился')
    await input.press('Enter')
    await expect.poll(() => serverNote(indicator.id, 2024), { timeout: 15_000 }).toBe('не проводился')
    await expectSaved(page)
    await expect.poll(() => hasClass(cell(page, indicator.id, 'y2024:actual'), 'cell-note')).toBe(true)

    // Undo is the same as for a number: the note goes back to what it was.
    await page.click('[data-test=undo]')
    await expect.poll(() => serverNote(indicator.id, 2024), { timeout: 15_000 }).toBe(before ?? null)
    await expectSaved(page)

    // The audit trail has both the note and its removal.
    const { valueHistory } = await ok(
      `query($i:Int!,$y:Int!){ valueHistory(indicatorId:$i, organizationId:null, year:$y){ newValue } }`,
      { i: indicator.id, y: 2024 },
      api,
    )
    expect(JSON.stringify(valueHistory)).toContain('не проводился')
  })

  it('edits a note from the toolbar button and clears it', async () => {
    const indicator = indicatorByCode(data, '10')
    await cell(page, indicator.id, 'y2024:target').click()
    await page.click('[data-test=note]')
    await page.locator('[data-test=note-input]').fill('данные уточняются')
    await page.click('[data-test=note-save]')
    await expect.poll(() => serverNote(indicator.id, 2024), { timeout: 15_000 }).toBe('данные уточняются')
    await expectSaved(page)

    await cell(page, indicator.id, 'y2024:target').click()
    await page.click('[data-test=note]')
    await page.click('[data-test=note-clear]')
    await expect.poll(() => serverNote(indicator.id, 2024), { timeout: 15_000 }).toBe(null)
  })
})
