// What the documents say and what they do not, as a specialist reads it: 002 states no period
// and the specialist sets one; 001's passport on «О программе»; 001's indicator links marked as
// placed by section, and changed on the direction's page.
import { beforeAll, describe, expect, it } from 'vitest'
import { adminCaller, baltiysk, baseUrl, createUser, newContext, ok, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

describe('the documents as written', () => {
  it('says 002 gives no period and lets the specialist set it', async () => {
    const admin = await adminCaller()
    const { municipalities } = await ok('{ municipalities { id name roadmaps { id } } }', {}, admin)
    const omsukchan = municipalities.find((m: { name: string }) => m.name === 'Омсукчанский городской округ')
    const roadmapId = omsukchan.roadmaps[0].id
    const user = await createUser('SPECIALIST', { municipalityId: omsukchan.id })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)

    await page.goto(`${baseUrl()}/roadmaps/${roadmapId}/about`)
    await expect.poll(() => page.locator('[data-test=period-not-stated]').textContent()).toContain('В документе срок не указан')
    expect(await page.locator('[data-test=passport]').textContent()).toContain('В документе паспорт программы не выделен')
    await page.fill('[data-test=period-from]', '2021')
    await page.fill('[data-test=period-to]', '2025')
    await page.click('[data-test=period-save]')
    await expect.poll(() => page.locator('[data-test=period-not-stated]').count()).toBe(0)
    expect(await page.locator('[data-test=about-period]').textContent()).toContain('2021–2025')
    const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ isPeriodStated periodFrom periodTo } }', { id: roadmapId }, admin)
    expect(roadmap).toEqual({ isPeriodStated: true, periodFrom: 2021, periodTo: 2025 })
    await context.close()
  })

  it('shows 001’s passport on «О программе»', async () => {
    const user = await createUser('MANAGER', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.click('[data-test=nav-about]')
    await page.locator('[data-test=passport-goals]').waitFor()
    expect(await page.locator('[data-test=passport-goals]').textContent()).toContain('Создание конструктивно-эффективной системы открытого образования')
    expect(await page.locator('[data-test=passport-tasks] li').count()).toBe(7)
    expect(await page.locator('[data-test=about-approval]').textContent()).toContain('№ 79/1')
    expect(await page.locator('[data-test=period-form]').count()).toBe(0)
    await context.close()
  })

  it('marks 001’s indicator links as placed by section, and a specialist’s choice as not', async () => {
    const admin = await adminCaller()
    const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ allDirections { id code indicators { id code } measures { id isIndicatorLinkInferred indicators { id } } } } }', { id: data.roadmapId }, admin)
    const section = roadmap.allDirections.find((d: any) => d.indicators.length > 1 && d.measures.length > 0)
    const measure = section.measures.find((m: any) => m.isIndicatorLinkInferred)
    expect(measure).toBeDefined()
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/directions/${section.id}`)
    const links = page.locator(`[data-test=measure-links-${measure.id}]`)
    await expect.poll(() => links.locator('[data-test=link-inferred]').textContent()).toBe('связь выведена по разделу, не из документа')

    await links.locator('[data-test=edit-links]').click()
    for (const i of section.indicators.slice(1)) await links.locator(`[data-test="link-${i.code}"]`).uncheck()
    await links.locator('[data-test=save-links]').click()
    await expect.poll(() => links.locator('[data-test=links-form]').count()).toBe(0)
    expect(await links.locator('[data-test=link-inferred]').count()).toBe(0)
    expect((await links.textContent())?.trim()).toMatch(new RegExp(`^${section.indicators[0].code}\\b`))
    const { roadmap: after } = await ok('query($id:Int!){ roadmap(id:$id){ allDirections { measures { id isIndicatorLinkInferred indicators { id } } } } }', { id: data.roadmapId }, admin)
    const saved = after.allDirections.flatMap((d: any) => d.measures).find((m: any) => m.id === measure.id)
    expect(saved).toEqual({ id: measure.id, isIndicatorLinkInferred: false, indicators: [{ id: section.indicators[0].id }] })
    // the links as they were, for the tests that read progress after this one
    await ok('mutation($m:Int!,$i:[Int!]!){ setMeasureIndicators(measureId:$m, indicatorIds:$i){ id } }', { m: measure.id, i: measure.indicators.map((i: any) => i.id) }, admin)
    await context.close()
  })
})
