// The GraphQL-over-HTTP audit suite of graphql-http against the running server.
import { serverAudits } from 'graphql-http'
import { describe, expect, it } from 'vitest'
import { baseUrl } from './client.js'

// Apollo's CSRF prevention refuses a GET without a header that forces a CORS preflight; a
// browser-less client such as a BI connector sends it, so the audit does too.
const fetchFn: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers)
  headers.set('apollo-require-preflight', 'true')
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
