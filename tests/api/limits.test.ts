import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, errorCode, gql, type Caller } from './client.js'

let a: Caller
beforeAll(async () => {
  a = await admin()
})

describe('query limits', () => {
  it('refuses a query nested deeper than the limit, in Russian', async () => {
    const deep = '{ roadmaps(municipalityId: 1) { directions { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } }'
    const res = await gql(deep, {}, a)
    expect(res.status).toBe(400)
    expect(res.errors![0].message).toMatch(/слишком глубокий/)
  })

  it('refuses a query whose estimated cost is too high, counting the page size', async () => {
    const fields = 'id year target actual note deviation status version updatedAt indicator { code name unit direction { code title } } organization { id name } municipality { id name }'
    const res = await gql(`{ indicatorValues(first: 5000) { edges { node { ${fields} } } } }`, {}, a)
    expect(errorCode(res)).toBe('BAD_USER_INPUT')
    expect(res.errors![0].message).toMatch(/слишком сложный/)
  })

  it('refuses many aliases of an expensive field in one query', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `a${i}: indicatorValues(first: 500) { edges { node { id target actual } } }`).join(' ')
    const res = await gql(`{ ${many} }`, {}, a)
    expect(res.errors![0].message).toMatch(/слишком сложный/)
  })

  it('accepts an ordinary page of facts', async () => {
    const res = await gql('{ indicatorValues(first: 1000) { totalCount edges { node { id year target actual status } } } }', {}, a)
    expect(res.errors).toBeUndefined()
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
