// «По школам»: the municipality's row shows the schools' roll-up by the indicator's rule beside
// the value entered for the municipality, flags a mismatch, and follows what is typed.
import { beforeAll, describe, expect, it } from 'vitest'
import { apiLogin, baltiysk, baseUrl, createUser, expectSaved, hasClass, newContext, ok, signIn, type Baltiysk, useBrowser } from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

const YEAR = 2024

describe('the municipality’s row of the schools table', () => {
  it('shows the schools’ sum beside the entered value, flags a mismatch and follows typing', async () => {
    const user = await createUser('SPECIALIST', { municipalityId: data.municipalityId })
    const api = await apiLogin(user.login, user.password)
    const { roadmap } = await ok('query($id:Int!){ roadmap(id:$id){ indicators { id code valueType level rollup } } }', { id: data.roadmapId }, api)
    const count = roadmap.indicators.find((i: { valueType: string; level: string; rollup: string }) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION' && i.rollup === 'SUM')
    expect(count).toBeDefined()
    const [first, second, third] = data.organizations
    const set = (input: object[]) => ok('mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id } }', { i: input }, api)
    await set([
      { indicatorId: count.id, organizationId: first.id, year: YEAR, actual: 2 },
      { indicatorId: count.id, organizationId: second.id, year: YEAR, actual: 3 },
      { indicatorId: count.id, organizationId: third.id, year: YEAR, actual: 5 },
    ])

    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, user.login, user.password)
    const cellOf = (organizationId: number | null) =>
      page.locator(`.indicator-grid .ag-row[row-id="s:${organizationId ?? 'm'}"] .ag-cell[col-id="i${count.id}:actual"]`)
    await page.goto(`${baseUrl()}/roadmaps/${data.roadmapId}/schools?indicator=${count.id}&year=${YEAR}`)
    await cellOf(null).waitFor()
    // nothing entered for the municipality: the roll-up stands in and says so
    await expect.poll(() => cellOf(null).textContent()).toBe('свод 10')

    await set([{ indicatorId: count.id, year: YEAR, actual: 12 }])
    await page.reload()
    await cellOf(null).waitFor()
    await expect.poll(() => cellOf(null).textContent()).toBe('12 ≠ свод 10')
    expect(await hasClass(cellOf(null), 'cell-rollup-mismatch')).toBe(true)

    // a school's fact typed in the table moves the roll-up: 4 + 3 + 5 = 12 agrees
    await cellOf(first.id).click()
    await page.keyboard.type('4')
    await page.keyboard.press('Enter')
    await expect.poll(() => cellOf(null).textContent()).toBe('12 = свод')
    expect(await hasClass(cellOf(null), 'cell-rollup-mismatch')).toBe(false)
    await expectSaved(page)
    await context.close()
  })
})
