// How the roadmap table loads: opened at its address, its data comes in one request beside the
// session's; another scope is one more request for its values only, the directions and
// indicators kept. Request counts, not times (times are the benchmark's).
import type { Page, Request } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, apiLogin, baltiysk, baseUrl, createUser, newContext, ok, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

/** The GraphQL requests the page makes from now on: their query texts and their variables. */
function recordQueries(page: Page): { queries: string[]; variables: Record<string, unknown>[] } {
  const queries: string[] = []
  const variables: Record<string, unknown>[] = []
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return
    const body = request.postDataJSON() as { query?: string; variables?: Record<string, unknown> } | null
    queries.push(String(body?.query ?? ''))
    variables.push(body?.variables ?? {})
  })
  return { queries, variables }
}

describe('loading the roadmap table', () => {
  it('asks for the session and the table, one request each, and a school’s table with one request for its values', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    const { queries, variables } = recordQueries(page)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.locator('.indicator-grid .ag-row[row-id^="i:"]').first().waitFor()

    expect(queries.length).toBe(2)
    expect(queries.filter((q) => /\bme\s*\{/.test(q)).length).toBe(1)
    const [table] = queries.filter((q) => q.includes('valueTable'))
    expect(table).toContain('organizations')
    expect(table).toContain('allDirections')
    expect(queries.some((q) => /\bmunicipalities\b/.test(q))).toBe(false)
    // The schools of the picker came with the table.
    expect(await page.locator('[data-test=scope] option').count()).toBe(data.organizations.length + 1)

    // A school's table: its own indicators only, its values asked for by one request.
    const school = data.organizations.at(-1)!
    const levelOf = new Map(data.indicators.map((i) => [i.id, i.level]))
    const shownLevels = async () =>
      (await page.locator('.indicator-grid .ag-row[row-id^="i:"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('row-id')!.slice(2)))))
        .map((id) => levelOf.get(id))
    expect(await shownLevels()).toContain('MUNICIPALITY')
    await page.selectOption('[data-test=scope]', String(school.id))
    await expect.poll(async () => [...new Set(await shownLevels())]).toEqual(['ORGANIZATION'])
    expect(new URL(page.url()).searchParams.get('org')).toBe(String(school.id))
    expect(queries.length).toBe(3)
    expect(queries[2]).toContain('valueTable')
    expect(queries[2]).not.toContain('allDirections')
    expect(variables[2]).toMatchObject({ org: school.id })
    await context.close()
  })

  it('shows the municipality when the address names an organisation that is not its', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}?org=999999`)
    await page.locator('.indicator-grid .ag-row[row-id^="i:"]').first().waitFor()
    expect(await page.locator('[data-test=scope]').inputValue()).toBe('')
    expect(await page.locator('[role=alert]').count()).toBe(0)
    await context.close()
  })

  it('sends a visitor who is not signed in to the login page and back to the table', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.locator('input[name=login]').waitFor()
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/roadmaps/${data.roadmapId}`)
    await page.fill('input[name=login]', user.login)
    await page.fill('input[name=password]', user.password)
    await page.click('button[type=submit]')
    await page.locator('.indicator-grid .ag-row[row-id^="i:"]').first().waitFor()
    expect(new URL(page.url()).pathname).toBe(`/roadmaps/${data.roadmapId}`)
    await context.close()
  })

  it('tells a user of another municipality that the roadmap is not there for them', async () => {
    const admin = await apiLogin('admin', ADMIN_PASSWORD)
    const { municipalities } = await ok('{ municipalities { id } }', {}, admin)
    const other = municipalities.find((m: { id: number }) => m.id !== data.municipalityId)
    if (!other) throw new Error('the test data has one municipality only')
    const user = await createUser('SPECIALIST', { municipalityId: other.id })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await expect.poll(() => page.locator('[role=alert]').textContent()).toBe('Дорожная карта не найдена или нет доступа')
    await context.close()
  })
})
