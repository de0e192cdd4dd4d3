import 'reflect-metadata'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from './server-start.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const port = Number(process.env.PORT ?? 4000)

const { server, close } = await startServer({
  port,
  databaseUrl: process.env.DATABASE_URL,
  clientDir: join(root, 'dist', 'client'),
  adminPassword: process.env.ADMIN_PASSWORD || undefined,
  isDevelopment: process.env.NODE_ENV === 'development',
})
const address = server.address()
console.log(`Ориентир запущен: http://localhost:${typeof address === 'object' && address ? address.port : port}/ (GraphQL: /graphql)`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void close().then(() => process.exit(0))
  })
}
