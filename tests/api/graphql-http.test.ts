// The GraphQL-over-HTTP audit suite of graphql-http against the running server.
import { serverAudits } from 'graphql-http'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, ok } from './client.js'

let token: string
beforeAll(async () => {
  token = (await ok<any>('mutation{ createApiToken(name:"graphql-http", role: BI){ token } }', {}, await admin())).createApiToken.token
})

// The audit asks for types by introspection, which only a caller with a token may; and Apollo's
// CSRF prevention refuses a GET without a header that forces a CORS preflight. A browser-less
// client such as a BI connector sends both, so the audit does too.
const fetchFn: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers)
  headers.set('apollo-require-preflight', 'true')
  headers.set('authorization', `Bearer ${token}`)
  return fetch(input, { ...init, headers })
}

describe('GraphQL over HTTP', () => {
  for (const audit of serverAudits({ url: () => `${baseUrl()}/graphql`, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn()
      if (result.status === 'error') expect.fail(`${result.reason}`)
      expect(['ok', 'warn']).toContain(result.status)
    })
  }
})
