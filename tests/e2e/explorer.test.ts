// The GraphQL explorer, bundled with the app: reached from the login page, runs a query.
import { describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, baseUrl, newContext, useBrowser } from './helpers.js'

useBrowser()


describe('the GraphQL explorer', () => {
  it('asks an anonymous visitor to sign in, then opens and runs a query with nothing from outside', async () => {
    const context = await newContext()
    const page = await context.newPage()
    // Monaco and its workers start slowly on a busy two-core machine.
    page.setDefaultTimeout(90_000)
    const foreign: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl()) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    await page.goto(`${baseUrl()}/graphql`)
    await page.waitForURL(/\/login\?next=%2Fgraphql/)
    await page.fill('input[name=login]', 'admin')
    await page.fill('input[name=password]', ADMIN_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/graphql$/)
    await page.locator('.graphiql-container').waitFor()
    // Run only once Monaco holds the default query; a click before that sends nothing.
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('indicatorValues'))
    await expect.poll(async () => {
      await page.locator('.graphiql-execute-button').click()
      await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"'), null, { timeout: 15_000 }).catch(() => undefined)
      return (await page.locator('.graphiql-response').textContent()) ?? ''
    }, { timeout: 80_000, interval: 500 }).toMatch(/"totalCount"[\s\S]*"municipality"/)
    expect(foreign).toEqual([])
    await context.close()
  })

  it('shows the schema and its Russian descriptions in the Docs panel, with Russian labels, in production mode', async () => {
    const context = await newContext()
    const page = await context.newPage()
    page.setDefaultTimeout(90_000)
    await page.goto(`${baseUrl()}/login?next=%2Fgraphql`)
    await page.fill('input[name=login]', 'admin')
    await page.fill('input[name=password]', ADMIN_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/graphql$/)
    await page.locator('.graphiql-container').waitFor()
    await expect.poll(() => page.locator('.graphiql-execute-button').getAttribute('aria-label')).toMatch(/^Выполнить запрос/)
    await expect.poll(() => page.locator('.graphiql-editor-tools').textContent()).toMatch(/Переменные[\s\S]*Заголовки/)

    await page.getByRole('button', { name: 'Показать: Документация' }).click()
    const docs = page.locator('.graphiql-doc-explorer')
    await expect.poll(() => docs.textContent()).toMatch(/Ориентир: дорожная карта МСОКО[\s\S]*Корневые типы/)
    await docs.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click()
    await expect.poll(() => docs.textContent()).toMatch(/indicatorValues[\s\S]*Плоская таблица фактов для BI: постранично, в стабильном порядке/)
    await expect.poll(() => docs.locator('.graphiql-doc-explorer-search').getAttribute('aria-label')).toMatch(/^Поиск: Query/)
    await context.close()
  })
})
