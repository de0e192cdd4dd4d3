import type { Locator } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { adminCaller, apiLogin, baltiysk, baseUrl, createUser, indicatorByCode, newContext, ok, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

const YEAR = 2023
const PROGRESS = `query($r:Int!,$y:Int!){ progress(roadmapId:$r, year:$y){ counts { met notMet noData noTarget total }
  laggingWithoutMeasure { id code } doneButLagging { indicator { id } } overdueMeasures { id code } unreportedMeasures { id code } schoolsAtRisk { organization { shortName } years { year values { value } } } } }`

/** Facts that leave three indicators of direction 3 behind their 2023 targets, its measures done, and a school at risk. */
async function arrangeLaggingYear(): Promise<void> {
  const admin = await adminCaller()
  const [high, olympiad, municipal, prizes] = ['5', '7', '8', 'И5'].map((code) => indicatorByCode(data, code))
  const lyceum = data.organizations.find((o) => o.shortName === 'Лицей №1')!
  const school5 = data.organizations.find((o) => o.shortName === 'СОШ №5')!
  await ok('mutation($input:[IndicatorValueInput!]!){ setIndicatorValues(input:$input){ id } }', {
    input: [
      { indicatorId: high.id, year: 2021, actual: 57 },
      { indicatorId: high.id, year: 2022, actual: 59 },
      { indicatorId: high.id, year: YEAR, actual: 60 }, // target 64
      { indicatorId: olympiad.id, year: YEAR, actual: 22 }, // target 27
      { indicatorId: municipal.id, year: YEAR, actual: 10 }, // target 11
      { indicatorId: prizes.id, organizationId: lyceum.id, year: YEAR, actual: 3 },
      { indicatorId: prizes.id, organizationId: school5.id, year: YEAR, actual: 0 },
    ],
  }, admin)
  await ok('mutation($i:CreateRiskRuleInput!){ createRiskRule(input:$i){ id } }', {
    i: { code: 'Р-E2E', title: 'Нет призёров регионального этапа', clauses: [{ indicatorId: prizes.id, operator: 'LT', threshold: 1 }] },
  }, admin)
  // Every measure of direction 3 due in 2023 is done: its lagging indicators are left without an active one.
  const { measures } = await ok('query($f:MeasureFilter){ measures(filter:$f, first:500){ edges { node { id direction { code } } } } }', { f: { roadmapId: data.roadmapId, year: YEAR } }, admin)
  const done = measures.edges.map((e: any) => e.node).filter((m: any) => m.direction.code === '3')
  expect(done.length).toBeGreaterThan(0)
  await ok('mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id } }', { i: done.map((m: any) => ({ measureId: m.id, year: YEAR, status: 'DONE' })) }, admin)
}

/** A chart is drawn: its SVG has a size and holds shapes. */
async function expectDrawn(chart: Locator): Promise<void> {
  const svg = chart.locator('svg').first()
  await svg.waitFor()
  const box = await svg.boundingBox()
  expect(box!.width).toBeGreaterThan(200)
  expect(box!.height).toBeGreaterThan(100)
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(5)
}

describe('the dashboard', () => {
  it('shows plan vs fact by direction, a trend, schools, and the lists that need action, as the API reports them', async () => {
    await arrangeLaggingYear()
    const manager = await createUser('MANAGER', { municipalityId: data.municipalityId }, 'Начальник управления')
    const api = await apiLogin(manager.login, manager.password)
    const { progress } = await ok(PROGRESS, { r: data.roadmapId, y: YEAR }, api)
    expect(progress.laggingWithoutMeasure.length).toBeGreaterThan(0)
    // 001 dates no measure in 2023: its «Постоянно» measures without a status are listed apart, not as overdue.
    expect(progress.unreportedMeasures.length).toBeGreaterThan(0)

    const context = await newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await signIn(page, manager.login, manager.password)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}`)
    await page.click('[data-test=nav-dashboard]')
    await page.waitForURL((u) => u.pathname === `/roadmaps/${data.roadmapId}/dashboard`)
    await page.locator('[data-test=year]').selectOption(String(YEAR))
    await page.locator('h1', { hasText: `Ход выполнения за ${YEAR} год` }).waitFor()
    await expect.poll(() => page.locator('[data-test=list-overdue] h2').textContent()).toContain(String(progress.overdueMeasures.length))

    await expectDrawn(page.locator('[data-test=chart-directions]'))
    await expectDrawn(page.locator('[data-test=chart-trend]'))
    await expectDrawn(page.locator('[data-test=chart-schools]'))
    // The numbers are the API's counts.
    const kpis = await page.locator('[data-test=kpis]').innerText()
    expect(kpis).toContain(`${progress.counts.notMet}\nне достигнут`)
    expect(kpis).toContain(`${progress.counts.total}\nпоказателей`)

    const lagging = await page.locator('[data-test=lagging-item]').allTextContents()
    expect(lagging.map((t) => t.trim().split(' ')[0]).sort()).toEqual(progress.laggingWithoutMeasure.map((i: any) => i.code).sort())
    expect(await page.locator('[data-test=done-lagging-item]').count()).toBe(new Set(progress.doneButLagging.map((d: any) => d.indicator.id)).size)
    expect(await page.locator('[data-test=overdue-item]').count()).toBe(progress.overdueMeasures.length)
    const risk = await page.locator('[data-test=risk-item]').allInnerTexts()
    expect(risk.some((r) => r.includes('СОШ №5') && r.includes('Р-E2E') && r.includes(`${YEAR}: 0 чел.`))).toBe(true)
    expect(risk.length).toBe(progress.schoolsAtRisk.length)

    // Reports for the year and the BI feed are plain links the server answers.
    const reportHref = await page.locator('[data-test=report-xlsx]').getAttribute('href')
    expect(reportHref).toBe(`/export/report.xlsx?roadmapId=${data.roadmapId}&year=${YEAR}`)
    const report = await page.request.get(`${baseUrl()}${reportHref}`)
    expect(report.headers()['content-type']).toContain('spreadsheetml')

    // Printing: A4 landscape, no navigation, the charts at their printed size.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.locator('[data-test=print]').isVisible()).toBe(false)
    await expect.poll(async () => Math.round((await page.locator('[data-test=chart-schools] svg').first().boundingBox())!.width)).toBe(Math.round((277 * 96) / 25.4))
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    expect(pdf).toMatch(/\/MediaBox \[0 0 841\.9\d* 59[45]\.\d+\]/)
    await page.emulateMedia({ media: 'screen' })

    // A direction's bar opens the direction: its text, indicators and measures.
    const grey = page.locator('[data-test=chart-directions] svg path[fill="#9aa5b1"]')
    const boxes = await Promise.all((await grey.all()).map((p) => p.boundingBox()))
    const widest = boxes.reduce((a, b) => (b && (!a || b.width > a.width) ? b : a), null)!
    await page.mouse.click(widest.x + widest.width / 2, widest.y + widest.height / 2)
    await page.locator('[data-test=direction-title]').waitFor()
    expect(await page.locator('[data-test=direction-title]').textContent()).toMatch(/^3 Развитие инструментов самооценки/)
    expect(await page.locator('[data-test=direction-indicators] tbody tr').count()).toBe(10)
    expect(await page.locator('[data-test=direction-measures] tbody tr').count()).toBeGreaterThan(0)
    await page.goBack()
    await page.locator('[data-test=lagging-item]').first().waitFor()

    // Measures with no date and no status for the year, listed apart from the overdue ones.
    await page.locator('[data-test=list-unreported] summary').click()
    const unreported = await page.locator('[data-test=unreported-item]').allTextContents()
    expect(unreported.map((t) => t.trim().split(' ')[0])).toEqual(progress.unreportedMeasures.map((m: any) => m.code))

    // A lagging indicator leads to its row in the roadmap table.
    const first = progress.laggingWithoutMeasure[0]
    await page.locator('[data-test=lagging-item]', { hasText: first.code }).first().click()
    await page.waitForURL((u) => u.pathname === `/roadmaps/${data.roadmapId}` && u.searchParams.get('indicator') === String(first.id))
    expect(errors).toEqual([])
    await context.close()
  })
})
