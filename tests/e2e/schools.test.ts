import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, baseUrl, createUser, expectSaved, newContext, ok, serverCell, signIn, type Baltiysk, type Caller, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
let user: { login: string; password: string }
let api: Caller
let context: BrowserContext
let page: Page
let indicatorId: number

const YEAR = 2022
const schoolCell = (organizationId: number | null, colId: string) =>
  page.locator(`.indicator-grid .ag-row[row-id="s:${organizationId ?? 'm'}"] .ag-cell[col-id="${colId}"]`)

beforeAll(async () => {
  data = await baltiysk()
  user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
  api = await apiLogin(user.login, user.password)
  const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ indicators { id valueType level } } }', { id: data.roadmapId }, api)
  const count = roadmap.indicators.find((i: { valueType: string; level: string }) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION')
  if (!count) throw new Error('no COUNT organisation-level indicator')
  indicatorId = count.id
})
beforeEach(async () => {
  context = await newContext()
  page = await context.newPage()
  await signIn(page, user.login, user.password)
})
afterEach(async () => {
  await context?.close()
})

describe('the schools table', () => {
  it('types a fact, pastes a block down the Факт column and undoes the paste', async () => {
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/schools?indicator=${indicatorId}&year=${YEAR}`)
    await page.locator('.indicator-grid .ag-row[row-id^="s:"]').first().waitFor()
    // Schools as rows, the municipality last and read-only.
    expect(await page.locator('.indicator-grid .ag-row[row-id^="s:"]').count()).toBe(data.organizations.length + 1)
    const municipalityFact = schoolCell(null, `i${indicatorId}:actual`)
    await municipalityFact.waitFor()
    expect(await municipalityFact.getAttribute('class')).toContain('cell-readonly')

    const [first, second, third, fourth] = data.organizations
    const col = `i${indicatorId}:actual`
    const factOf = async (organizationId: number) => (await serverCell(api, indicatorId, YEAR, organizationId))?.actual ?? null

    await schoolCell(first.id, col).click()
    await page.keyboard.type('17')
    await page.keyboard.press('Enter')
    await expect.poll(() => factOf(first.id), { timeout: 15_000 }).toBe(17)
    await expectSaved(page)

    const targets = [second, third, fourth]
    const before = await Promise.all(targets.map((o) => factOf(o.id)))
    await page.evaluate((text) => navigator.clipboard.writeText(text), '21\r\n22\r\n23\r\n')
    await schoolCell(second.id, col).click()
    await page.keyboard.press('Control+V')
    await expect.poll(() => page.locator('[data-test=notice]').textContent()).toContain('Вставлено ячеек: 3')
    const onServer = () => Promise.all(targets.map((o) => factOf(o.id)))
    await expect.poll(onServer, { timeout: 15_000 }).toEqual([21, 22, 23])
    await expectSaved(page)

    await page.click('[data-test=undo]')
    await expect.poll(onServer, { timeout: 15_000 }).toEqual(before)
    await expectSaved(page)
    expect(await factOf(first.id)).toBe(17)
  })

  it('is linked from the roadmap header', async () => {
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.click('[data-test=nav-schools]')
    await page.locator('.indicator-grid .ag-row[row-id="s:m"]').waitFor()
    // A whole direction: its organisation-level indicators side by side; another year.
    const direction = await page.locator('[data-test=schools-pick] option[value^="d:"]').first().getAttribute('value')
    await page.selectOption('[data-test=schools-pick]', direction!)
    await page.selectOption('[data-test=schools-year]', '2023')
    await expect.poll(() => page.url()).toContain('year=2023')
    await expect.poll(() => page.url()).toContain(`direction=${direction!.slice(2)}`)
    await page.locator('.indicator-grid .ag-header-cell[col-id$=":actual"]').first().waitFor()
  })
})
