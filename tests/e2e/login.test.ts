import { describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, baltiysk, baseUrl, createUser, newContext, signIn, useBrowser } from './helpers.js'

useBrowser()


describe('signing in', () => {
  it('shows a Russian error on a wrong password and stays on the login page', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/`)
    await page.waitForURL(/\/login/)
    await page.fill('input[name=login]', 'admin')
    await page.fill('input[name=password]', 'not-the-password')
    await page.click('button[type=submit]')
    const error = page.locator('[data-test=login-error]')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/[А-Яа-я]/)
    expect(page.url()).toContain('/login')
    await context.close()
  })

  it('signs in, shows the user and role, chooses a roadmap, and signs out', async () => {
    const data = await baltiysk()
    const specialist = await createUser('SPECIALIST', { municipalityId: data.municipalityId }, 'Петрова Анна')
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, specialist.login, specialist.password)
    expect(await page.locator('[data-test=current-user]').textContent()).toContain('Петрова Анна')
    expect(await page.locator('[data-test=current-role]').textContent()).toBe('Специалист')
    // One roadmap in the municipality: it opens by itself.
    await page.waitForURL(new RegExp(`/roadmaps/${data.roadmapId}`))
    await page.locator('.indicator-grid .ag-row').first().waitFor()
    await page.click('[data-test=logout]')
    await page.waitForURL(/\/login/)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.waitForURL(/\/login/)
    await context.close()
  })

  it('lets the admin choose a municipality and a roadmap', async () => {
    const data = await baltiysk()
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, 'admin', ADMIN_PASSWORD)
    await page.click(`[data-test=municipality-${data.municipalityId}]`)
    await page.click(`[data-test=roadmap-${data.roadmapId}]`)
    await page.waitForURL(new RegExp(`/roadmaps/${data.roadmapId}`))
    await page.locator('.indicator-grid .ag-row').first().waitFor()
    expect(await page.locator('.workspace').textContent()).toContain('Балтийский городской округ')
    await context.close()
  })
})
