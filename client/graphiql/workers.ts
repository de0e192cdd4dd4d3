// Monaco runs its language services in workers; bundle them so nothing comes from a CDN.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker?worker'
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker?worker'

;(globalThis as { MonacoEnvironment?: { getWorker: (id: unknown, label: string) => Worker } }).MonacoEnvironment = {
  getWorker(_id, label) {
    if (label === 'graphql') return new GraphQLWorker()
    if (label === 'json') return new JsonWorker()
    return new EditorWorker()
  },
}
