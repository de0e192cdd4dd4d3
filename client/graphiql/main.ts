// The bundled GraphQL explorer at /graphql for signed-in users: the session cookie goes along.
import './workers'
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { GraphiQL } from 'graphiql'
import 'graphiql/style.css'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: { 'content-type': 'application/json' } })

const defaultQuery = `# Ориентир: плоская таблица фактов для BI.
# Ctrl+Enter — выполнить. Слева — документация схемы.
query Facts($after: String) {
  indicatorValues(first: 50, after: $after, filter: { years: [2021] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        year target actual deviation status
        indicator { code name unit }
        organization { name }
        municipality { name }
      }
    }
  }
}
`

createRoot(document.getElementById('graphiql')!).render(createElement(GraphiQL, { fetcher, defaultQuery }))
