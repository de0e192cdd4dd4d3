import { execFileSync } from 'node:child_process'
import { getIntrospectionQuery } from 'graphql'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, baseUrl, errorCode, gql, ok, type Caller } from './client.js'

const FACT_FIELDS = 'id year target actual note deviation status version updatedAt indicator { code name unit goodDirection direction { code title } } organization { id name } municipality { id name }'
const VALUE_FIELDS = 'id year target actual note version status deviation updatedAt organization { id name } indicator { id code name unit }'

let a: Caller
let bi: Caller
let syntheticRoadmapId: number

beforeAll(async () => {
  // Synthetic municipalities give the lists real length: 12 indicators × 5 scopes × 8 years. The
  // same ones as synthetic-paging.test.ts, so other files see the same rows whichever runs first.
  execFileSync(process.execPath, ['dist/server/cli/seed-synthetic.js', '--municipalities', '2', '--schools', '4', '--indicators', '12'], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    stdio: 'ignore',
  })
  a = await admin()
  bi = { token: (await ok<any>('mutation{ createApiToken(name:"лимиты", role: BI){ token } }', {}, a)).createApiToken.token }
  const { municipalities } = await ok<any>('{ municipalities { name roadmaps { id } } }', {}, a)
  syntheticRoadmapId = municipalities.find((m: any) => m.name === 'Синтетический округ 01').roadmaps[0].id
})

function expectRefusal(res: Awaited<ReturnType<typeof gql>>, message: RegExp): void {
  expect(res.status).toBe(400)
  expect(res.data).toBeNull()
  expect(res.errors).toHaveLength(1)
  expect(res.errors![0].message).toMatch(message)
  expect(res.errors![0].extensions?.code).toBeDefined()
}

describe('limits before execution', () => {
  it('refuses a query nested deeper than the limit, in Russian', async () => {
    const deep = '{ roadmaps(municipalityId: 1) { directions { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } }'
    expectRefusal(await gql(deep, {}, a), /слишком глубокий: 12 уровней/)
  })

  it('counts the depth through fragments', async () => {
    const q = 'query { roadmaps(municipalityId: 1) { ...D } } fragment D on Roadmap { directions { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } }'
    expectRefusal(await gql(q, {}, a), /слишком глубокий/)
  })

  it('refuses the 1 000 aliases of roadmap → indicators → values at once, and another request still answers', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `a${i}: roadmap(id: ${syntheticRoadmapId}) { indicators { values { actual } } }`).join(' ')
    const [refused, ordinary] = await Promise.all([gql(`{ ${many} }`, {}, a), gql('{ municipalities { id name } }', {}, a)])
    expectRefusal(refused, /слишком длинный|псевдонимов/)
    expect(ordinary.errors).toBeUndefined()
    expect(ordinary.data!.municipalities.length).toBeGreaterThan(5)
  })

  it('refuses more aliases than the limit, counting those in fragments', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `m${i}: municipalities { id }`).join(' ')
    const res = await gql(`query { ${aliases} ...F } fragment F on Query { ${aliases.replace(/m(\d+):/g, 'f$1:')} }`, {}, a)
    expectRefusal(res, /слишком много псевдонимов полей: 60, допускается 50/)
  })

  it('refuses more directives than the limit', async () => {
    const res = await gql(`{ municipalities { ${'...F @include(if: true) '.repeat(60)} } } fragment F on Municipality { id }`, {}, a)
    expectRefusal(res, /слишком много директив: 60, допускается 50/)
  })

  it('refuses a document of more tokens than the limit without parsing the rest', async () => {
    const res = await gql(`{ municipalities { ${'id '.repeat(6000)} } }`, {}, a)
    expectRefusal(res, /слишком длинный: больше 5000 лексем/)
  })

  it('refuses a query whose estimated cost is too high, counting the page size and the aliases', async () => {
    const page = (alias: string) => `${alias}: indicatorValues(first: 5000) { edges { node { ${FACT_FIELDS} } } }`
    const res = await gql(`{ ${page('a')} ${page('b')} ${page('c')} }`, {}, a)
    expectRefusal(res, /слишком сложный: оценка \d+, допускается 250000/)
    expect(errorCode(res)).toBe('BAD_USER_INPUT')
  })

  it('answers an operationName that names no operation with a 400 error, not a crash', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: a.cookie! },
      body: JSON.stringify({ query: '{ municipalities { id } }', operationName: 'Facts' }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR')
  })

  it('answers a variable that does not coerce with 400 BAD_USER_INPUT, before the cost is estimated', async () => {
    const res = await gql('query($f: Int){ indicatorValues(first: $f){ totalCount } }', { f: 1.5 }, a)
    expect(res.status).toBe(400)
    expect(errorCode(res)).toBe('BAD_USER_INPUT')
  })
})

describe('the budget counted while a query runs', () => {
  it('stops a query whose lists really hold more than the budget, in Russian, and another request still answers', async () => {
    const tree = (i: number) => `r${i}: roadmap(id: ${syntheticRoadmapId}) { indicators { id values { ${VALUE_FIELDS} } } }`
    const big = `{ ${Array.from({ length: 45 }, (_, i) => tree(i)).join(' ')} }`
    const [refused, ordinary] = await Promise.all([gql(big, {}, a), gql('{ me { login } }', {}, a)])
    expectRefusal(refused, /Ответ на запрос слишком большой: больше 250\s000 полей и строк; выполнение остановлено/)
    expect(errorCode(refused)).toBe('BAD_USER_INPUT')
    expect(ordinary.data).toEqual({ me: { login: 'admin' } })
  })

  it('lets the same tree through for one roadmap: the real size, not a guess, is what counts', async () => {
    const data = await ok<any>(`{ roadmap(id: ${syntheticRoadmapId}) { indicators { id values { ${VALUE_FIELDS} } } } }`, {}, a)
    expect(data.roadmap.indicators.length).toBe(12)
    expect(data.roadmap.indicators.flatMap((i: any) => i.values).length).toBeGreaterThan(400)
  })
})

describe('legitimate traffic passes', () => {
  it('a BI page of 5 000 facts with every contract field', async () => {
    const data = await ok<any>(`{ indicatorValues(first: 5000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FACT_FIELDS} } } } }`, {}, bi)
    expect(data.indicatorValues.edges.length).toBe(Math.min(5000, data.indicatorValues.totalCount))
    expect(data.indicatorValues.edges.length).toBeGreaterThan(500)
  })

  it('1 000 measures with their statuses, as the measures page asks', async () => {
    const fields = 'id code text deadlineText responsibleText responsibleParties expectedResult overdue overdueYears schedule { kind years yearFrom yearTo months } statuses { id year status note version } direction { id }'
    const data = await ok<any>(`query Measures($f: MeasureFilter, $first: Int, $after: String) { measures(filter: $f, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`, { f: null, first: 1000, after: null }, a)
    expect(data.measures.edges.length).toBeGreaterThan(100)
  })

  it('the whole roadmap tree with the values of one scope, and of one year for every scope, as the table asks', async () => {
    const head = 'id title periodFrom periodTo baselineFrom baselineTo years lockedYears municipality { id name } allDirections { id code title kind parentId }'
    const indicator = 'id code name unit valueType decimals goodDirection level direction { id }'
    const value = 'id year target actual note version status deviation organization { id }'
    const scope = await ok<any>(`query Roadmap($id: Int!, $org: Int, $mun: Boolean) { roadmap(id: $id) { ${head}
      directions { id code title children { id code title indicators { id code } } }
      indicators { ${indicator} values(organizationId: $org, municipalityOnly: $mun) { ${value} } } } }`, { id: syntheticRoadmapId, org: null, mun: true }, a)
    expect(scope.roadmap.indicators.length).toBe(12)
    const year = await ok<any>(`query RoadmapYear($id: Int!, $years: [Int!]) { roadmap(id: $id) { ${head}
      indicators { ${indicator} values(years: $years) { ${value} } } } }`, { id: syntheticRoadmapId, years: [2023] }, a)
    expect(year.roadmap.indicators.some((i: any) => i.values.length > 1)).toBe(true)
  })

  it('the standard introspection query, deep as it is', async () => {
    const data = await ok<any>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }), {}, bi)
    expect(data.__schema.types.length).toBeGreaterThan(50)
  })
})

describe('CSRF prevention', () => {
  it('refuses a GET query without a preflight-forcing header', async () => {
    const res = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent('{ municipalities { id } }')}`, { headers: { cookie: a.cookie! } })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/CSRF|csrf/)
  })

  it('refuses a form-encoded POST, which a cross-site form could send', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: a.cookie! },
      body: 'query=mutation{logout}',
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
  })
})

describe('errors', () => {
  it('answers an unknown id with NOT_FOUND in Russian', async () => {
    const res = await gql('{ roadmap(id: 999999) { id } }', {}, a)
    expect(errorCode(res)).toBe('NOT_FOUND')
    expect(res.errors![0].message).toMatch(/не найден/)
  })

  it('does not offer a landing page that would load from a CDN', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, { headers: { accept: 'text/html' } })
    const text = await res.text()
    expect(text).not.toMatch(/cdn\.|apollographql\.com|embeddable-sandbox/)
  })
})
