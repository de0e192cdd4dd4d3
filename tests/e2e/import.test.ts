import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiLogin, baltiysk, baseUrl, createUser, indicatorByCode, newContext, ok, serverCell, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

describe('import of values', () => {
  it('imports an edited CSV export: the dry run lists the change, «Применить» writes it', async () => {
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(specialist.login, specialist.password)
    const indicator = indicatorByCode(data, '10') // ВПР, percent, targets 100
    const year = 2022
    const before = await serverCell(api, indicator.id, year)
    expect(before?.actual ?? null).toBeNull()

    // The BI export of the roadmap, as the dashboard's «CSV для BI» link gives it, with one fact typed in.
    const res = await fetch(`${baseUrl()}/export/values.csv?roadmapId=${data.roadmapId}`, { headers: { cookie: api.cookie } })
    expect(res.status).toBe(200)
    const lines = (await res.text()).split('\r\n')
    const header = lines[0].replace(/^\uFEFF/, '').split(';')
    const at = (name: string) => header.indexOf(name)
    const row = lines.findIndex((l) => {
      const c = l.split(';')
      return c[at('Код показателя')] === indicator.code && c[at('Год')] === String(year) && c[at('Организация')] === ''
    })
    expect(row).toBeGreaterThan(0)
    const cells = lines[row].split(';')
    cells[at('Факт')] = '96'
    lines[row] = cells.join(';')
    const file = Buffer.from(lines.join('\r\n'), 'utf8')

    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/import`)
    await page.setInputFiles('[data-test=import-file]', { name: 'выгрузка.csv', mimeType: 'text/csv', buffer: file })
    await expect.poll(() => page.locator('[data-test=import-file-name]').textContent()).toContain('выгрузка.csv')
    expect(await page.locator('[data-test=import-apply]').isDisabled()).toBe(true)

    await page.click('[data-test=import-check]')
    const dryRun = page.locator('[data-test=import-dry-run]')
    await dryRun.waitFor()
    const changes = page.locator('[data-test=import-change]')
    expect(await changes.count()).toBe(1)
    const change = (await changes.first().locator('td').allInnerTexts()).map((t) => t.trim())
    expect(change[1].startsWith(`${indicator.code} ${indicator.name.slice(0, 40)}`)).toBe(true)
    expect([change[0], ...change.slice(2)]).toEqual([String(row + 1), 'Балтийский городской округ', String(year), 'Факт', 'пусто', '→', '96'])
    expect(await page.locator('[data-test=import-error-row]').allInnerTexts()).toEqual([])
    expect(await page.locator('[data-test=errors-count]').textContent()).toBe('0')
    // A dry run writes nothing.
    expect(await serverCell(api, indicator.id, year)).toEqual(before)

    await page.click('[data-test=import-apply]')
    await page.locator('[data-test=import-applied]').waitFor()
    expect(await page.locator('[data-test=import-applied]').textContent()).toContain('Изменено ячеек: 1')
    const after = await serverCell(api, indicator.id, year)
    expect(after).toMatchObject({ actual: 96, version: (before?.version ?? 0) + 1 })
    const { valueHistory } = await ok('query($i:Int!,$y:Int!){ valueHistory(indicatorId:$i, organizationId:null, year:$y){ source actorName } }', { i: indicator.id, y: year }, api)
    expect(valueHistory[0]).toMatchObject({ source: 'IMPORT' })
    await context.close()
  })

  it('reads a CSV that Excel in Russia saved in Windows-1251 and names the encoding in the dry run', async () => {
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/import`)
    const buffer = readFileSync('tests/api/import-files/targets-windows-1251.csv')
    await page.setInputFiles('[data-test=import-file]', { name: 'цели.csv', mimeType: 'text/csv', buffer })
    await page.click('[data-test=import-check]')
    await page.locator('[data-test=import-dry-run]').waitFor()
    expect(await page.locator('[data-test=import-encoding]').textContent()).toBe('Windows-1251 («CSV (разделители — запятые)»)')
    expect(await page.locator('[data-test=errors-count]').textContent()).toBe('0')
    const change = (await page.locator('[data-test=import-change]').first().locator('td').allInnerTexts()).map((t) => t.trim())
    expect(change[1].startsWith(`12 ${indicatorByCode(data, '12').name.slice(0, 40)}`)).toBe(true)
    expect(change.slice(3)).toEqual(['2025', 'План', '95', '→', '96'])
    await context.close()
  })

  it('lists the bad rows of a document table and refuses to apply it', async () => {
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const table = ['№;Наименование показателя;Ед. изм.;2024', '99;Несуществующий показатель;%;5', `12;${indicatorByCode(data, '12').name};%;сто`].join('\n')
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/import`)
    await page.setInputFiles('[data-test=import-file]', { name: 'таблица.csv', mimeType: 'text/csv', buffer: Buffer.from(table, 'utf8') })
    await page.click('[data-test=years-actual]')
    await page.click('[data-test=import-check]')
    await page.locator('[data-test=import-errors]').waitFor()
    const errors = await page.locator('[data-test=import-error-row]').allInnerTexts()
    expect(errors.map((e) => e.split('\t')[0].trim())).toEqual(['2', '3'])
    expect(await page.locator('[data-test=import-apply]').isDisabled()).toBe(true)
    await context.close()
  })
})
