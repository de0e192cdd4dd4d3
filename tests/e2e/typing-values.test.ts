// What a specialist types, in the real table: 57,3 of an indicator whose targets print whole
// numbers is saved; Excel's 16,666666667 is rounded with a notice; an ЕГЭ average of 150 is
// refused on its cell; a yes/no indicator takes «да» and shows it.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  adminCaller, apiLogin, baltiysk, cell, createUser, expectCellText, hasClass, indicatorByCode, newContext, ok,
  openRoadmap, serverCell, signIn, typeInto, type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

describe('typing values', () => {
  it('saves 57,3, rounds 16,666666667 with a notice and refuses an ЕГЭ average of 150', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const whole = data.indicators.find((i) => i.decimals === 0 && i.level === 'MUNICIPALITY' && /^\d+$/.test(i.code))!
    const ege = indicatorByCode(data, 'И1')
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)

    await typeInto(page, whole.id, 'y2023:actual', '57,3')
    await expect.poll(async () => (await serverCell(api, whole.id, 2023))?.actual, { timeout: 15_000 }).toBe(57.3)
    await expectCellText(page, whole.id, 'y2023:actual', '57,3')

    await typeInto(page, whole.id, 'y2024:actual', '16,666666667')
    await expect(page.locator('[data-test=rounding]').textContent()).resolves.toContain('«16,666666667» округлено до 2 знаков после запятой: 16,67')
    await expect.poll(async () => (await serverCell(api, whole.id, 2024))?.actual, { timeout: 15_000 }).toBe(16.67)
    await expectCellText(page, whole.id, 'y2024:actual', '16,67')

    await typeInto(page, ege.id, 'y2022:actual', '150')
    await expect.poll(() => hasClass(cell(page, ege.id, 'y2022:actual'), 'cell-invalid')).toBe(true)
    expect(await page.locator('[data-test=refusal]').textContent()).toContain('балл должен быть от 0 до 100')
    expect((await serverCell(api, ege.id, 2022))?.actual ?? null).not.toBe(150)
    await context.close()
  })

  it('takes «да» for a yes/no indicator and shows it', async () => {
    const admin = await adminCaller()
    const { municipalities } = await ok('{ municipalities { id name roadmaps { id } } }', {}, admin)
    const omsukchan = municipalities.find((m: { name: string }) => m.name.startsWith('Омсукчанский'))
    const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ periodFrom indicators { id valueType level } } }', { id: omsukchan.roadmaps[0].id }, admin)
    const yesNo = roadmap.indicators.find((i: { valueType: string; level: string }) => i.valueType === 'BOOLEAN' && i.level === 'MUNICIPALITY')
    expect(yesNo).toBeDefined()
    const user = await createUser('SPECIALIST', { municipalityId: omsukchan.id })
    const api = await apiLogin(user.login, user.password)
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, omsukchan.roadmaps[0].id)
    const colId = `y${roadmap.periodFrom}:actual`
    // The grid renders only the rows in view: scroll down as a person would until the row is there.
    for (let i = 0; i < 60 && (await cell(page, yesNo.id, colId).count()) === 0; i++) {
      await page.evaluate(() => (document.querySelector('.indicator-grid .ag-grid-viewport') ?? document.querySelector('.indicator-grid .ag-body-viewport'))?.scrollBy(0, 400))
      await page.waitForTimeout(50)
    }
    // Playwright types Cyrillic as inserted text without key events, so open the editor with F2
    // first, as a person may too; on a Russian layout the first letter opens it as well.
    await cell(page, yesNo.id, colId).click()
    await page.keyboard.press('F2')
    await page.keyboard.type('да')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await serverCell(api, yesNo.id, roadmap.periodFrom))?.actual, { timeout: 15_000 }).toBe(1)
    await expectCellText(page, yesNo.id, colId, 'да')
    await context.close()
  })
})
