// Browser tests: real Chromium through playwright-core against the server the globalSetup
// started. What a person does happens in the page; what it achieved is checked over the API.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

export const ADMIN_PASSWORD = 'admin-test-password'
export const BALTIYSK = 'Балтийский городской округ'
const CHROMIUM = '/usr/bin/chromium'

export const baseUrl = (): string => inject('baseUrl')

export async function launchBrowser(): Promise<Browser> {
  // Chromium may still be arriving from apt on a fresh machine.
  const deadline = Date.now() + 120_000
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > deadline) throw new Error(`${CHROMIUM} не найден: установите пакет chromium`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

let fileBrowser: Browser | undefined

/** One Chromium for the test file that calls this: launched before its tests, closed after them. */
export function useBrowser(): void {
  beforeAll(async () => {
    fileBrowser = await launchBrowser()
  })
  afterAll(async () => {
    await fileBrowser?.close()
    fileBrowser = undefined
  })
}

/** A fresh context (own cookies and storage) in the file's Chromium, or in the browser given. */
export async function newContext(browser: Browser | undefined = fileBrowser): Promise<BrowserContext> {
  if (!browser) throw new Error('Chromium не запущен: вызовите useBrowser() в файле теста')
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'ru-RU', acceptDownloads: true })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
  return context
}

// ---- API, for setup and for checking what the page did ----

export interface Caller {
  cookie: string
}

export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, caller?: Caller): Promise<{ data: T | null; errors?: { message: string; extensions?: any }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (caller) headers.cookie = caller.cookie
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  return (await res.json()) as { data: T | null; errors?: { message: string; extensions?: any }[] }
}

export async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, caller?: Caller): Promise<T> {
  const res = await gql<T>(query, variables, caller)
  if (res.errors?.length || !res.data) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`)
  return res.data
}

export async function apiLogin(login: string, password: string): Promise<Caller> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($l:String!,$p:String!){ login(login:$l,password:$p){ id } }', variables: { l: login, p: password } }),
  })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error(`login failed for ${login}: ${await res.text()}`)
  return { cookie }
}

export const adminCaller = () => apiLogin('admin', ADMIN_PASSWORD)

let counter = 0
/** A new user (unique login), created by the admin over the API. */
export async function createUser(role: string, scope: { municipalityId?: number; organizationId?: number }, name = `Тест ${role}`): Promise<{ login: string; password: string; name: string }> {
  const login = `e2e_${role.toLowerCase()}_${process.pid}_${++counter}`
  const password = 'password-123'
  await ok('mutation($input: CreateUserInput!){ createUser(input:$input){ id } }', { input: { login, name, password, role, ...scope } }, await adminCaller())
  return { login, password, name }
}

export interface Baltiysk {
  municipalityId: number
  roadmapId: number
  organizations: { id: number; name: string; shortName: string }[]
  indicators: { id: number; code: string; name: string; decimals: number; level: string }[]
}

export async function baltiysk(): Promise<Baltiysk> {
  const admin = await adminCaller()
  const { municipalities } = await ok('{ municipalities { id name roadmaps { id } organizations { id name shortName } } }', {}, admin)
  const m = municipalities.find((x: { name: string }) => x.name === BALTIYSK)
  const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ indicators { id code name decimals level } } }', { id: m.roadmaps[0].id }, admin)
  return { municipalityId: m.id, roadmapId: m.roadmaps[0].id, organizations: m.organizations, indicators: roadmap.indicators }
}

export const indicatorByCode = (data: Baltiysk, code: string) => {
  const found = data.indicators.find((i) => i.code === code)
  if (!found) throw new Error(`no indicator ${code}`)
  return found
}

export interface ServerCell {
  target: number | null
  actual: number | null
  version: number
  status: string
}

/** One value as the server holds it now (null when the row was never written). */
export async function serverCell(caller: Caller, indicatorId: number, year: number, organizationId: number | null = null): Promise<ServerCell | null> {
  const { indicatorValues } = await ok(
    `query($f:IndicatorValueFilter){ indicatorValues(filter:$f, first:10){ edges { node { target actual version status } } } }`,
    { f: { indicatorIds: [indicatorId], years: [year], ...(organizationId === null ? { municipalityLevel: true } : { organizationIds: [organizationId] }) } },
    caller,
  )
  return indicatorValues.edges[0]?.node ?? null
}

// ---- The page ----

export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`)
  await page.fill('input[name=login]', login)
  await page.fill('input[name=password]', password)
  await page.click('button[type=submit]')
  await page.locator('[data-test=current-user]').waitFor()
}

export async function openRoadmap(page: Page, roadmapId: number, organizationId: number | null = null): Promise<void> {
  await page.goto(`${baseUrl()}/roadmaps/${roadmapId}${organizationId === null ? '' : `?org=${organizationId}`}`)
  await page.locator('.indicator-grid .ag-row[row-id^="i:"]').first().waitFor()
}

export const cell = (page: Page, indicatorId: number, colId: string): Locator =>
  page.locator(`.indicator-grid .ag-row[row-id="i:${indicatorId}"] .ag-cell[col-id="${colId}"]`)

/** Types into a cell as a person does: select it, type (replacing), Enter. */
export async function typeInto(page: Page, indicatorId: number, colId: string, text: string): Promise<void> {
  await cell(page, indicatorId, colId).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

export async function expectSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-test=save-status]').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved')
}

export const hasClass = async (locator: Locator, name: string) => ((await locator.getAttribute('class')) ?? '').split(/\s+/).includes(name)

/** The text a cell shows, once it shows it (cells repaint after saves and reloads). */
export async function expectCellText(page: Page, indicatorId: number, colId: string, text: string): Promise<void> {
  await expect.poll(async () => ((await cell(page, indicatorId, colId).textContent()) ?? '').trim(), { timeout: 10_000 }).toBe(text)
}
