import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiLogin, expectCellText, baltiysk, cell, createUser, gql, hasClass, indicatorByCode, newContext, openRoadmap,
  serverCell, signIn, typeInto, type Baltiysk, useBrowser,
} from './helpers.js'

useBrowser()

let data: Baltiysk
beforeAll(async () => {
  data = await baltiysk()
})

describe('a SCHOOL user', () => {
  it('sees and edits only its own school’s facts, never another school nor the targets', async () => {
    const own = data.organizations.find((o) => o.shortName === 'Лицей №1')!
    const other = data.organizations.find((o) => o.id !== own.id)!
    const school = await createUser('SCHOOL', { municipalityId: data.municipalityId, organizationId: own.id }, 'Завуч лицея')
    const api = await apiLogin(school.login, school.password)
    const winners = indicatorByCode(data, 'И4') // kept per organisation
    const context = await newContext()
    const page = await context.newPage()
    await signIn(page, school.login, school.password)
    expect(await page.locator('[data-test=current-role]').textContent()).toBe('Школа')

    // Asking for another school in the address gives the own school still.
    await openRoadmap(page, data.roadmapId, other.id)
    const scope = page.locator('[data-test=scope]')
    expect(await scope.isDisabled()).toBe(true)
    expect(await scope.inputValue()).toBe(String(own.id))
    expect(await scope.locator('option').allTextContents()).toEqual([own.shortName])

    // Targets are set by the department.
    expect(await hasClass(cell(page, winners.id, 'y2021:target'), 'cell-readonly')).toBe(true)
    await typeInto(page, winners.id, 'y2021:target', '5')
    await expectCellText(page, winners.id, 'y2021:target', '')

    await typeInto(page, winners.id, 'y2021:actual', '4')
    await expect.poll(async () => (await serverCell(api, winners.id, 2021, own.id))?.actual, { timeout: 15_000 }).toBe(4)

    // The server refuses another school's cell even when asked directly.
    const res = await gql('mutation($input:[IndicatorValueInput!]!){ setIndicatorValues(input:$input){ id } }', {
      input: [{ indicatorId: winners.id, organizationId: other.id, year: 2021, actual: 9, expectedVersion: 0 }],
    }, api)
    expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|FORBIDDEN/)
    const admin = await apiLogin('admin', 'admin-test-password')
    expect((await serverCell(admin, winners.id, 2021, other.id))?.actual ?? null).toBeNull()
    await context.close()
  })
})
