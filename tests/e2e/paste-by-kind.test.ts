// Paste follows what the person copied: a row of yearly facts from Excel pasted on «2021 Факт»
// while План, Факт and Откл. are all shown fills Факт 2021–2025, and the notice says so;
// Ctrl+Shift+V pastes column by column as shown.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, cell, createUser, expectSaved, indicatorByCode, newContext, openRoadmap, serverCell, signIn,
  type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

const YEARS = [2021, 2022, 2023, 2024, 2025]

describe('paste by kind', () => {
  it('fills Факт of five years from a row of five facts, and pastes literally on Ctrl+Shift+V', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const facts = indicatorByCode(data, '1')
    const literal = indicatorByCode(data, '3')
    const cells = (id: number) => Promise.all(YEARS.map(async (y) => {
      const c = await serverCell(api, id, y)
      return [c?.target ?? null, c?.actual ?? null]
    }))
    const targetsBefore = (await cells(facts.id)).map(([t]) => t)
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)

    // As Excel puts one row of five cells on the clipboard.
    await page.evaluate(() => navigator.clipboard.writeText('11\t12\t13\t14\t15\r\n'))
    await cell(page, facts.id, 'y2021:actual').click()
    await page.keyboard.press('Control+V')
    await expect.poll(() => page.locator('[data-test=notice]').textContent()).toContain('Вставлено ячеек: 5')
    expect(await page.locator('[data-test=notice]').textContent()).toContain('в столбцы «Факт» 2021–2025 подряд')
    await expect.poll(() => cells(facts.id), { timeout: 15_000 }).toEqual(YEARS.map((_, i) => [targetsBefore[i], 11 + i]))
    await expectSaved(page)

    // Ctrl+Shift+V: the columns as shown, 2022 Факт then Откл., which takes no input (by kind, the
    // second value would have gone to 2023 Факт).
    const before = await cells(literal.id)
    await page.evaluate(() => navigator.clipboard.writeText('21\t22\r\n'))
    await cell(page, literal.id, 'y2022:actual').click()
    await page.keyboard.press('Control+Shift+V')
    await expect.poll(() => page.locator('[data-test=notice]').textContent()).toContain('Вставлено ячеек: 1')
    expect(await page.locator('[data-test=notice]').textContent()).toContain('не принято: 1')
    const expected = before.map((pair) => [...pair])
    expected[1][1] = 21
    await expect.poll(() => cells(literal.id), { timeout: 15_000 }).toEqual(expected)
    await context.close()
  })
})
