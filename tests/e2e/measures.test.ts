import { beforeAll, describe, expect, it } from 'vitest'
import { apiLogin, baltiysk, baseUrl, createUser, newContext, ok, signIn, type Baltiysk, type Caller, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

const MEASURES = `query($f:MeasureFilter){ measures(filter:$f, first:500){ edges { node { id code overdue overdueYears statuses { year status note version } } } } }`
async function measureByCode(api: Caller, code: string) {
  const { measures } = await ok(MEASURES, { f: { roadmapId: data.roadmapId } }, api)
  return measures.edges.map((e: any) => e.node).find((m: any) => m.code === code)
}

describe('the measures page', () => {
  it('sets a measure’s status and note for a year, and the server holds them', async () => {
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(specialist.login, specialist.password)
    // «Постоянно»: planned every year of the period, never overdue by date.
    const before = await measureByCode(api, '2.4.')
    expect(before.overdueYears).toEqual([])

    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/measures?measure=${before.id}`)
    const row = page.locator(`[data-test=measure-row][data-measure-id="${before.id}"]`)
    await row.waitFor()
    expect(await row.locator('[data-test=overdue]').count()).toBe(0)

    // Filters: by responsible party and by year.
    await page.locator('[data-test=filter-year]').selectOption('2022')
    await page.locator('[data-test=filter-party]').selectOption('Руководители ОО')
    expect(await page.locator('[data-test=measures-count]').textContent()).toMatch(/Показано \d+ из \d+/)
    await row.waitFor()

    const cell = row.locator('[data-test=status-2022]')
    expect(await cell.getAttribute('data-status')).toBe('PLANNED')
    await cell.locator('select').selectOption({ label: 'Выполнено' })
    await expect.poll(() => cell.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved')
    await cell.locator('button[title="Добавить примечание"]').click()
    await cell.locator('input').fill('Приказ № 12 от 01.09.2022')
    await cell.locator('input').press('Enter')
    await expect.poll(async () => (await measureByCode(api, '2.4.')).statuses.find((s: any) => s.year === 2022)?.note, { timeout: 15_000 }).toBe('Приказ № 12 от 01.09.2022')

    const after = await measureByCode(api, '2.4.')
    expect(after.statuses.find((s: any) => s.year === 2022)).toMatchObject({ status: 'DONE', version: 2 })
    expect(after.overdueYears).toEqual([])
    expect(await cell.getAttribute('data-status')).toBe('DONE')
    await context.close()
  })

  it('closes a measure due before the period («Сентябрь 2020г.» in 2021–2025) with a status for 2020', async () => {
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(specialist.login, specialist.password)
    const before = await measureByCode(api, '1.1.')
    expect(before.overdueYears).toEqual([2020])

    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/measures?measure=${before.id}`)
    const row = page.locator(`[data-test=measure-row][data-measure-id="${before.id}"]`)
    await row.waitFor()
    expect(await row.locator('[data-test=overdue]').textContent()).toContain('2020')
    expect(await row.textContent()).not.toContain('не ставится')

    const cell = row.locator('[data-test=status-2020]')
    expect(await cell.getAttribute('data-status')).toBe('PLANNED')
    await cell.locator('select').selectOption({ label: 'Выполнено' })
    await expect.poll(() => cell.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved')
    await expect.poll(async () => (await measureByCode(api, '1.1.')).overdueYears, { timeout: 15_000 }).toEqual([])
    expect((await measureByCode(api, '1.1.')).statuses).toMatchObject([{ year: 2020, status: 'DONE' }])
    // The page reads the list again: the measure is no longer overdue there either.
    await expect.poll(() => row.locator('[data-test=overdue]').count()).toBe(0)
    await context.close()
  })

  it('shows statuses read-only to a manager', async () => {
    const manager = await createUser('MANAGER', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, manager.login, manager.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/measures`)
    await page.locator('[data-test=measure-row]').first().waitFor()
    expect(await page.locator('[data-test=measures-table] select').count()).toBe(0)
    expect(await page.locator('[data-test=measures-count]').textContent()).toContain('только просмотр')
    await context.close()
  })
})
