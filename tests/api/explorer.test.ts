import { describe, expect, it } from 'vitest'
import { admin, baseUrl } from './client.js'

describe('the GraphQL explorer at /graphql', () => {
  it('is served to a signed-in browser, bundled, with nothing from another host', async () => {
    const { cookie } = await admin()
    const res = await fetch(`${baseUrl()}/graphql`, { headers: { accept: 'text/html', cookie: cookie! } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<div id="graphiql">/)
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])
    expect(sources.length).toBeGreaterThan(0)
    expect(sources.every((s) => s.startsWith('/'))).toBe(true)
  })

  it('sends an anonymous browser to the login page', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/login?next=%2Fgraphql')
  })

  it('still answers GraphQL requests that ask for JSON', async () => {
    const res = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } })
  })
})
