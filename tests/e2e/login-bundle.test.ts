// The login page is the first thing a user loads, often on a slow school connection: it must
// not carry AG Grid (1.1 MB), which only the table pages need.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, baltiysk, baseUrl, newContext, openRoadmap, signIn, useBrowser } from './helpers.js'

useBrowser()

// A class name of AG Grid's DOM, present in its code and in no code of ours.
const AG_GRID_MARKER = 'ag-root-wrapper'


function collectScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>()
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, response.text())
  })
  return scripts
}

describe('what the login page downloads', () => {
  it('has no AG Grid in its scripts; the roadmap table loads it when opened', async () => {
    const data = await baltiysk()
    const context = await newContext()
    const page = await context.newPage()
    const scripts = collectScripts(page)
    await page.goto(`${baseUrl()}/login`)
    await page.locator('input[name=login]').waitFor()
    await page.waitForLoadState('networkidle')
    const loginScripts = [...scripts.keys()]
    expect(loginScripts.length).toBeGreaterThan(0)
    for (const [path, text] of scripts) expect(await text, path).not.toContain(AG_GRID_MARKER)

    await signIn(page, 'admin', ADMIN_PASSWORD)
    await openRoadmap(page, data.roadmapId)
    const tableScripts = [...scripts.keys()].filter((path) => !loginScripts.includes(path))
    const withGrid = await Promise.all(tableScripts.map(async (path) => ((await scripts.get(path)!).includes(AG_GRID_MARKER) ? path : null)))
    expect(withGrid.filter(Boolean)).toHaveLength(1)
    await context.close()
  })
})
