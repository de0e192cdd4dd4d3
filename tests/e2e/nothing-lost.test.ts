// Nothing typed is lost: leaving with a refused (red) value asks, as leaving with an unsent one
// does; both are kept in the browser through a reload or a closed tab and offered back, to be
// restored (the value saved, the refused text red again) or discarded.
import type { Dialog, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, cell, createUser, expectCellText, hasClass, indicatorByCode, newContext, openRoadmap,
  serverCell, signIn, typeInto, type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

/** Every dialog the page opens, answered as the test says. */
function dialogs(page: Page, answer: (d: Dialog) => 'accept' | 'dismiss') {
  const seen: { type: string; message: string }[] = []
  page.on('dialog', (d) => {
    seen.push({ type: d.type(), message: d.message() })
    void (answer(d) === 'accept' ? d.accept() : d.dismiss())
  })
  return seen
}

const draftPanel = (page: Page) => page.locator('[data-test=drafts]')

describe('nothing typed is lost', () => {
  it('asks before leaving with a refused value, offers it back after a reload, restores it red and discards it', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const indicator = indicatorByCode(data, '6') // percent
    const before = await serverCell(api, indicator.id, 2023)
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const seen = dialogs(page, (d) => (d.type() === 'confirm' ? 'dismiss' : 'accept'))

    await typeInto(page, indicator.id, 'y2023:target', '150')
    await expect.poll(() => hasClass(cell(page, indicator.id, 'y2023:target'), 'cell-invalid')).toBe(true)

    // Leaving by a link asks; «Отмена» keeps the page and the red value.
    await page.getByRole('link', { name: 'Дорожные карты' }).click()
    await expect.poll(() => seen.map((d) => d.type)).toEqual(['confirm'])
    expect(seen[0].message).toContain('не принято таблицей: 1')
    await expectCellText(page, indicator.id, 'y2023:target', '150')
    expect(page.url()).toContain(`/roadmaps/${data.roadmapId}`)

    // A reload asks too (beforeunload), and the value is offered back on the new page.
    await page.reload()
    expect(seen.map((d) => d.type)).toEqual(['confirm', 'beforeunload'])
    await draftPanel(page).waitFor()
    expect(await draftPanel(page).textContent()).toContain('«150» — не принято: процент должен быть от 0 до 100')
    await cell(page, indicator.id, 'y2023:target').waitFor()
    expect(await hasClass(cell(page, indicator.id, 'y2023:target'), 'cell-invalid')).toBe(false)

    await page.click('[data-test=drafts-restore]')
    await expect.poll(() => hasClass(cell(page, indicator.id, 'y2023:target'), 'cell-invalid')).toBe(true)
    await expectCellText(page, indicator.id, 'y2023:target', '150')
    expect(await draftPanel(page).count()).toBe(0)

    // Restored but still refused: kept and offered again after the next reload, until discarded.
    await page.reload()
    await draftPanel(page).waitFor()
    await page.click('[data-test=drafts-discard]')
    expect(await draftPanel(page).count()).toBe(0)
    await page.reload()
    await cell(page, indicator.id, 'y2023:target').waitFor()
    expect(await draftPanel(page).count()).toBe(0)
    expect(await serverCell(api, indicator.id, 2023)).toEqual(before)
    await context.close()
  })

  it('keeps an unsent value through a reload and a closed tab, and saves it when restored', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const indicator = indicatorByCode(data, '11') // percent, one decimal
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const seen = dialogs(page, () => 'accept')
    // The server cannot be reached for saving: the value stays unsent.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('setValueColumns') ? route.abort('internetdisconnected') : route.continue())

    await typeInto(page, indicator.id, 'y2024:actual', '57,3')
    await expect.poll(() => page.locator('[data-test=save-status]').getAttribute('data-state'), { timeout: 15_000 }).toBe('failed')
    await page.reload()
    expect(seen.map((d) => d.type)).toEqual(['beforeunload'])
    await draftPanel(page).waitFor()
    expect(await draftPanel(page).textContent()).toContain('11 · муниципалитет · 2024 · Факт: 57,3')

    // The tab is closed without a choice; a new tab offers the value again.
    await page.close()
    const next = await context.newPage()
    await openRoadmap(next, data.roadmapId)
    await draftPanel(next).waitFor()
    await next.click('[data-test=drafts-restore]')
    await expect.poll(async () => (await serverCell(api, indicator.id, 2024))?.actual, { timeout: 15_000 }).toBe(57.3)
    await expectCellText(next, indicator.id, 'y2024:actual', '57,3')
    await expect.poll(() => next.locator('[data-test=save-status]').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved')
    await next.reload()
    await cell(next, indicator.id, 'y2024:actual').waitFor()
    expect(await draftPanel(next).count()).toBe(0)
    await context.close()
  })
})
