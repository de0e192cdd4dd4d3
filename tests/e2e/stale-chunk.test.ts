// After a deploy, an open tab still knows the old chunk names; the server no longer has them.
// The tab reloads itself once at the page being opened instead of leaving the user stuck.
import { describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, baltiysk, newContext, signIn, useBrowser } from './helpers.js'

useBrowser()


describe('a tab opened before a deploy', () => {
  it('reloads once at the roadmap when its chunk is gone, and then shows the table', async () => {
    const data = await baltiysk()
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, 'admin', ADMIN_PASSWORD)

    // The deploy: the roadmap page's chunk of the old build answers 404, as the server does for
    // an asset it no longer has. The reloaded page gets it (the "new build" has it again).
    let refused = 0
    await page.route(/\/assets\/RoadmapPage-[^/]+\.js$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"NOT_FOUND","message":"Не найдено"}}' })
      else await route.continue()
    })
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents.push(new URL(request.url()).pathname)
    })

    await page.click(`[data-test=municipality-${data.municipalityId}]`)
    await page.click(`[data-test=roadmap-${data.roadmapId}]`)
    await page.locator('.indicator-grid .ag-row').first().waitFor()

    expect(documents).toEqual([`/roadmaps/${data.roadmapId}`])
    expect(refused).toBe(2)
    expect(new URL(page.url()).pathname).toBe(`/roadmaps/${data.roadmapId}`)
    await context.close()
  })
})
