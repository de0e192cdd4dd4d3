import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiLogin, expectCellText, baltiysk, cell, createUser, expectSaved, hasClass, indicatorByCode, newContext, openRoadmap,
  serverCell, signIn, typeInto, type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

async function twoEditors(nameA: string, nameB: string) {
  const a = await createUser('SPECIALIST', { municipalityId: data.municipalityId }, nameA)
  const b = await createUser('SPECIALIST', { municipalityId: data.municipalityId }, nameB)
  const contextA = await newContext()
  const contextB = await newContext()
  const pageA = await contextA.newPage()
  const pageB = await contextB.newPage()
  await signIn(pageA, a.login, a.password)
  await signIn(pageB, b.login, b.password)
  // Both open the table before either edits: both hold the same version of the cell.
  await openRoadmap(pageA, data.roadmapId)
  await openRoadmap(pageB, data.roadmapId)
  return { pageA, pageB, api: await apiLogin(a.login, a.password), close: () => Promise.all([contextA.close(), contextB.close()]) }
}

describe('two people editing the same cell', () => {
  it('shows the second one the conflict with both values, and «keep mine» writes mine over theirs', async () => {
    const indicator = indicatorByCode(data, '6')
    const { pageA, pageB, api, close } = await twoEditors('Иванова Мария', 'Сидоров Олег')

    await typeInto(pageA, indicator.id, 'y2022:actual', '71')
    await expect.poll(async () => (await serverCell(api, indicator.id, 2022))?.actual, { timeout: 15_000 }).toBe(71)

    await typeInto(pageB, indicator.id, 'y2022:actual', '72')
    const panel = pageB.locator('[data-test=conflict-panel]')
    await panel.waitFor({ timeout: 15_000 })
    expect(await panel.locator('[data-test=conflict-mine]').textContent()).toBe('72')
    expect(await panel.locator('[data-test=conflict-theirs]').textContent()).toBe('71')
    expect(await panel.textContent()).toContain('Иванова Мария')
    await expect.poll(() => hasClass(cell(pageB, indicator.id, 'y2022:actual'), 'sv-conflict')).toBe(true)
    // Nothing typed is lost: the cell still shows what B typed, and the server kept A's value.
    await expectCellText(pageB, indicator.id, 'y2022:actual', '72')
    expect((await serverCell(api, indicator.id, 2022))?.actual).toBe(71)

    await panel.locator('[data-test=keep-mine]').click()
    await expect.poll(async () => (await serverCell(api, indicator.id, 2022))?.actual, { timeout: 15_000 }).toBe(72)
    await expectSaved(pageB)
    await panel.waitFor({ state: 'detached' })
    await close()
  })

  it('«take theirs» drops my value and shows theirs', async () => {
    const indicator = indicatorByCode(data, '6')
    const { pageA, pageB, api, close } = await twoEditors('Иванова Мария', 'Сидоров Олег')

    await typeInto(pageA, indicator.id, 'y2024:target', '86')
    await expect.poll(async () => (await serverCell(api, indicator.id, 2024))?.target, { timeout: 15_000 }).toBe(86)
    await typeInto(pageB, indicator.id, 'y2024:target', '87')
    const panel = pageB.locator('[data-test=conflict-panel]')
    await panel.waitFor({ timeout: 15_000 })
    await panel.locator('[data-test=take-theirs]').click()
    await panel.waitFor({ state: 'detached' })
    await expectCellText(pageB, indicator.id, 'y2024:target', '86')
    await expectSaved(pageB)
    expect((await serverCell(api, indicator.id, 2024))?.target).toBe(86)
    await close()
  })
})
