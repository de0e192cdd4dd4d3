// The bundled GraphQL explorer at /graphql for signed-in users: the session cookie goes along.
import './workers'
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { GraphiQL } from 'graphiql'
import 'graphiql/style.css'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { nameExplorerPlugins, translateExplorer } from './ru'

const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: { 'content-type': 'application/json' } })

const defaultQuery = `# Ориентир: таблица фактов для BI.
# ▶ или Ctrl+Enter — выполнить.
# «Документация» слева — описание
# типов и полей, Ctrl+Alt+K — поиск.
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

nameExplorerPlugins()
// Tooltips and dialogs are drawn outside the explorer's root, so the whole page is watched.
translateExplorer(document.body)
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: 'variables', schemaDescription: true }, createElement(GraphiQL.Logo, null, 'Ориентир · GraphQL')),
)
