import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, errorCode, gql, login, ok, userWithRole, type Caller } from './client.js'
import { BALTIYSK, SET_VALUES, cell, roadmapOf, type IndicatorRow } from './fixtures.js'

let data: Awaited<ReturnType<typeof roadmapOf>>
let otherMunicipalityId: number
let percent: IndicatorRow
let count: IndicatorRow
let specialist: Caller
let manager: Caller
let school: Caller
let ownSchool: number
let otherSchool: number
let biToken: string

beforeAll(async () => {
  const a = await admin()
  data = await roadmapOf(BALTIYSK, a)
  const { municipalities } = await ok<any>('{ municipalities { id name } }', {}, a)
  otherMunicipalityId = municipalities.find((m: any) => m.name !== BALTIYSK).id
  // Row 1 of 001, target 0: writing its own target back changes nothing the seed tests compare.
  percent = data.indicators.find((i) => i.code === '1')!
  count = data.indicators.find((i) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION')!
  ownSchool = data.organizations[0].id
  otherSchool = data.organizations[1].id
  specialist = await userWithRole('SPECIALIST', { municipalityId: data.municipalityId })
  manager = await userWithRole('MANAGER', { municipalityId: data.municipalityId })
  school = await userWithRole('SCHOOL', { organizationId: ownSchool })
  const created = await ok<any>('mutation{ createApiToken(name:"Power BI", role: BI){ token apiToken { id prefix role } } }', {}, a)
  biToken = created.createApiToken.token
})

const write = (indicatorId: number, year: number, organizationId: number | null, field: 'target' | 'actual', value: number) =>
  ({ indicatorId, year, organizationId, [field]: value })

describe('authentication', () => {
  it('answers an anonymous request with UNAUTHENTICATED', async () => {
    const res = await gql('{ municipalities { id } }')
    expect(errorCode(res)).toBe('UNAUTHENTICATED')
    expect(res.errors![0].message).toMatch(/Требуется вход/)
  })

  it('refuses a wrong password with a Russian message and no cookie', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation{ login(login:"admin", password:"wrong"){ id } }' }),
    })
    const body = await res.json()
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED')
    expect(body.errors[0].message).toBe('Неверный логин или пароль')
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('sets an httpOnly session cookie on login and forgets it on logout', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation{ login(login:"admin", password:"admin-test-password"){ login role } }' }),
    })
    expect(res.headers.get('set-cookie')).toMatch(/orientir_session=.+HttpOnly.*SameSite=Lax/i)
    const caller = { cookie: res.headers.get('set-cookie')!.split(';')[0] }
    expect((await ok('{ me { login role } }', {}, caller)).me).toEqual({ login: 'admin', role: 'ADMIN' })
    await ok('mutation{ logout }', {}, caller)
    expect(errorCode(await gql('{ municipalities { id } }', {}, caller))).toBe('UNAUTHENTICATED')
  })
})

describe('API tokens', () => {
  it('lets a BI token read facts', async () => {
    const res = await ok<any>('{ indicatorValues(first: 2) { totalCount } }', {}, { token: biToken })
    expect(res.indicatorValues.totalCount).toBeGreaterThan(0)
  })

  it('lets a BI token change nothing', async () => {
    const res = await gql(SET_VALUES, { input: [write(percent.id, 2021, null, 'actual', 50)] }, { token: biToken })
    expect(errorCode(res)).toBe('FORBIDDEN')
  })

  it('issues tokens only for read-only roles', async () => {
    const res = await gql('mutation{ createApiToken(name:"скрипт", role: SPECIALIST){ token } }', {}, await admin())
    expect(errorCode(res)).toBe('BAD_USER_INPUT')
  })

  it('refuses a revoked token and an unknown one', async () => {
    const a = await admin()
    const created = await ok<any>('mutation{ createApiToken(name:"временный", role: BI){ token apiToken { id } } }', {}, a)
    const token = created.createApiToken.token
    expect((await ok<any>('{ municipalities { id } }', {}, { token })).municipalities.length).toBeGreaterThan(0)
    await ok('mutation($id:Int!){ revokeApiToken(id:$id){ revokedAt } }', { id: created.createApiToken.apiToken.id }, a)
    expect(errorCode(await gql('{ municipalities { id } }', {}, { token }))).toBe('UNAUTHENTICATED')
    expect(errorCode(await gql('{ municipalities { id } }', {}, { token: 'ort_nonsense' }))).toBe('UNAUTHENTICATED')
  })

  it('never returns the stored hash, only a prefix', async () => {
    const res = await gql('{ apiTokens { id name prefix tokenHash } }', {}, await admin())
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED')
  })
})

describe('roles', () => {
  it('lets a SPECIALIST set targets and facts of the municipality and of any school in it', async () => {
    const v = await ok<any>(SET_VALUES, { input: [write(percent.id, 2021, null, 'target', 0), write(count.id, 2023, otherSchool, 'actual', 2)] }, specialist)
    expect(v.setIndicatorValues).toHaveLength(2)
  })

  it('keeps a SPECIALIST out of another municipality', async () => {
    expect(errorCode(await gql('query($id:Int!){ roadmaps(municipalityId:$id){ id } }', { id: otherMunicipalityId }, specialist))).toBe('FORBIDDEN')
    const { municipalities } = await ok<any>('{ municipalities { id } }', {}, specialist)
    expect(municipalities).toEqual([{ id: data.municipalityId }])
  })

  it('lets a MANAGER read everything of its municipality and change nothing', async () => {
    expect((await ok<any>('query($id:Int!){ roadmap(id:$id){ indicators { id } } }', { id: data.id }, manager)).roadmap.indicators.length).toBeGreaterThan(0)
    expect(errorCode(await gql(SET_VALUES, { input: [write(percent.id, 2021, null, 'actual', 50)] }, manager))).toBe('FORBIDDEN')
    expect(errorCode(await gql('mutation($id:Int!){ updateIndicator(id:$id, input:{ name: "x" }){ id } }', { id: percent.id }, manager))).toBe('FORBIDDEN')
    expect(errorCode(await gql('mutation{ createApiToken(name:"x", role: BI){ token } }', {}, manager))).toBe('FORBIDDEN')
  })

  it('lets a SCHOOL user enter facts of its own organisation', async () => {
    const before = await cell(specialist, count.id, 2024, ownSchool)
    const res = await ok<any>(SET_VALUES, { input: [{ ...write(count.id, 2024, ownSchool, 'actual', 5), expectedVersion: before?.version ?? 0 }] }, school)
    expect(res.setIndicatorValues[0]).toMatchObject({ actual: 5 })
  })

  it('refuses a SCHOOL user another school, the municipal rows and targets as FORBIDDEN', async () => {
    for (const input of [write(count.id, 2024, otherSchool, 'actual', 1), write(percent.id, 2024, null, 'actual', 1), write(count.id, 2024, ownSchool, 'target', 1)]) {
      const res = await gql(SET_VALUES, { input: [input] }, school)
      expect(errorCode(res)).toBe('FORBIDDEN')
      expect(res.errors![0].message).toMatch(/^Пакет не записан: нет прав/)
      expect(res.errors![0].extensions!.cells[0].message).toMatch(/своей организации|план устанавливает/)
    }
  })

  it('shows a SCHOOL user only its own organisation and the municipal rows', async () => {
    const { indicatorValues } = await ok<any>('{ indicatorValues(first: 5000) { edges { node { organization { id } } } } }', {}, school)
    const orgs = new Set(indicatorValues.edges.map((e: any) => e.node.organization?.id ?? null))
    expect([...orgs].every((id) => id === null || id === ownSchool)).toBe(true)
    const { municipalities } = await ok<any>('{ municipalities { organizations { id } } }', {}, school)
    expect(municipalities[0].organizations).toEqual([{ id: ownSchool }])
  })

  it('lets only an ADMIN create users and close reporting years', async () => {
    const input = { login: 'nobody', name: 'x', password: 'password-123', role: 'MANAGER' }
    expect(errorCode(await gql('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: input }, specialist))).toBe('FORBIDDEN')
    expect(errorCode(await gql('mutation($id:Int!){ updateRoadmap(id:$id, input:{ lockedYears:[2021] }){ id } }', { id: data.id }, specialist))).toBe('FORBIDDEN')
  })

  it('refuses any write to a year an ADMIN has closed', async () => {
    const a = await admin()
    await ok('mutation($id:Int!){ updateRoadmap(id:$id, input:{ lockedYears:[2020] }){ lockedYears } }', { id: data.id }, a)
    const res = await gql(SET_VALUES, { input: [write(count.id, 2020, ownSchool, 'actual', 1)] }, specialist)
    expect(res.errors![0].extensions!.cells[0].message).toMatch(/закрыт/)
    await ok('mutation($id:Int!){ updateRoadmap(id:$id, input:{ lockedYears:[] }){ lockedYears } }', { id: data.id }, a)
  })

  it('lets a SPECIALIST edit the structure and audits it', async () => {
    const { createIndicator } = await ok<any>(
      'mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id code valueType } }',
      { i: { directionId: (await ok<any>('query($id:Int!){ roadmap(id:$id){ directions { id } } }', { id: data.id }, specialist)).roadmap.directions[0].id, code: 'Т1', name: 'Тестовый показатель', unit: 'чел.', valueType: 'COUNT' } },
      specialist,
    )
    expect(createIndicator).toMatchObject({ code: 'Т1', valueType: 'COUNT' })
    await ok('mutation($id:Int!){ updateIndicator(id:$id, input:{ name: "Переименованный" }){ id } }', { id: createIndicator.id }, specialist)
    expect(await ok('mutation($id:Int!){ deleteIndicator(id:$id) }', { id: createIndicator.id }, specialist)).toEqual({ deleteIndicator: true })
    expect(errorCode(await gql('query($id:Int!){ indicator(id:$id){ id } }', { id: createIndicator.id }, specialist))).toBe('NOT_FOUND')
  })
})

describe('login on a session', () => {
  it('the test users can sign in again', async () => {
    expect((await login('admin', 'admin-test-password')).cookie).toMatch(/^orientir_session=/)
  })
})
