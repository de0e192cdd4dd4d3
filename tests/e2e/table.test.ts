import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiLogin, baltiysk, cell, createUser, expectCellText, indicatorByCode, newContext, openRoadmap, serverCell,
  signIn, typeInto, type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

describe('the roadmap table', () => {
  it('groups indicators under collapsible directions and shows year groups with baseline years', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const first = indicatorByCode(data, '10')
    const headers = await page.locator('.indicator-grid .ag-header-group-cell').allTextContents()
    expect(headers.map((h) => h.trim()).filter(Boolean)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'])
    // Baseline years hold Факт only, read-only.
    expect(await page.locator('.indicator-grid .ag-header-cell[col-id="y2018:target"]').count()).toBe(0)
    await expectCellText(page, indicatorByCode(data, 'И1').id, 'y2018:actual', '72,28')

    const groupRow = page.locator('.indicator-grid .ag-row.row-group').first()
    await groupRow.locator('.group-toggle').click()
    await expect.poll(() => cell(page, first.id, 'code').count()).toBe(0)
    // Keyboard: Enter on a direction row opens it again.
    await groupRow.locator('.ag-cell[col-id="code"]').click()
    await page.keyboard.press('Enter')
    await expect.poll(() => cell(page, first.id, 'code').count()).toBe(1)
    await context.close()
  })

  it('finds indicators by code or name in the search box, inside folded directions too', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const wanted = indicatorByCode(data, '11')
    const other = indicatorByCode(data, '12')
    const words = wanted.name.toUpperCase().split(/\s+/).slice(0, 3).join('  ')
    const matching = data.indicators.filter((i) => words.toLowerCase().split(/\s+/).filter(Boolean).every((w) => `${i.code} ${i.name}`.toLowerCase().includes(w)))
    await page.click('button[title="Свернуть все направления"]')
    await expect.poll(() => cell(page, wanted.id, 'code').count()).toBe(0)

    await page.fill('[data-test=search]', words)
    await expect.poll(() => cell(page, wanted.id, 'code').count()).toBe(1)
    expect(await cell(page, other.id, 'code').count()).toBe(0)
    expect(await page.locator('[data-test=search-count]').textContent()).toBe(`найдено: ${matching.length}`)
    expect(await page.locator('.indicator-grid .ag-row[row-id^="i:"]').count()).toBe(matching.length)

    await page.fill('[data-test=search]', '')
    // Folded again as before the search.
    await expect.poll(() => cell(page, wanted.id, 'code').count()).toBe(0)
    await context.close()
  })

  it('keeps column widths the person dragged across a reload', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    const header = (colId: string) => page.locator(`.indicator-grid .ag-header-cell[col-id="${colId}"]`)
    const widthOf = async (colId: string) => Math.round((await header(colId).boundingBox())!.width)
    async function drag(colId: string, dx: number) {
      const handle = (await header(colId).locator('.ag-header-cell-resize').boundingBox())!
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
      await page.mouse.down()
      await page.mouse.move(handle.x + handle.width / 2 + dx / 2, handle.y + handle.height / 2)
      await page.mouse.move(handle.x + handle.width / 2 + dx, handle.y + handle.height / 2)
      await page.mouse.up()
    }
    const nameBefore = await widthOf('name')
    const valueBefore = await widthOf('y2021:actual')
    await drag('name', -120)
    await drag('y2021:actual', 40)
    await expect.poll(() => widthOf('name')).toBe(nameBefore - 120)
    await expect.poll(() => widthOf('y2021:actual')).toBe(valueBefore + 40)

    await page.reload()
    await header('name').waitFor()
    expect(await widthOf('name')).toBe(nameBefore - 120)
    expect(await widthOf('y2021:actual')).toBe(valueBefore + 40)
    await context.close()
  })

  it('switches the scope to one school and saves the school’s value there', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const school = data.organizations.find((o) => o.shortName === 'СОШ №5')!
    const prizes = indicatorByCode(data, 'И5')
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await openRoadmap(page, data.roadmapId)
    await page.selectOption('[data-test=scope]', String(school.id))
    await page.waitForURL(new RegExp(`org=${school.id}`))
    // A school's table holds the indicators kept per organisation only.
    await expect.poll(() => cell(page, indicatorByCode(data, '11').id, 'code').count()).toBe(0)
    await typeInto(page, prizes.id, 'y2022:actual', '3')
    await expect.poll(async () => (await serverCell(api, prizes.id, 2022, school.id))?.actual, { timeout: 15_000 }).toBe(3)
    expect((await serverCell(api, prizes.id, 2022, null))?.actual ?? null).toBeNull()
    await context.close()
  })
})
