import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import type { MikroORM } from '@mikro-orm/core'
import cookieParser from 'cookie-parser'
import express, { type Express } from 'express'
import { createContext, resolveActor, type Context } from './context.js'
import { exportRoutes } from './modules/export/export.routes.js'
import { complexityPlugin } from './graphql/complexity-plugin.js'
import { formatError } from './graphql/format-error.js'
import { describeInternalError } from './graphql/internal-error.js'
import { introspectionPlugin } from './graphql/introspection-plugin.js'
import { LIMITS, explainTokenLimit, shapeLimits } from './graphql/limits.js'
import { requestGuardPlugin } from './graphql/request-guard-plugin.js'
import { buildAppSchema } from './graphql/schema.js'
import { jsonBody, jsonErrors } from './http/json-body.js'

export interface AppOptions {
  orm: MikroORM
  clientDir: string
  isDevelopment: boolean
}

export async function createApp({ orm, clientDir, isDevelopment }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const schema = await buildAppSchema()
  const apollo = new ApolloServer<Context>({
    schema,
    // On by default; stated so nobody turns it off: a simple cross-site POST cannot run a mutation.
    csrfPrevention: true,
    // Apollo turns introspection off in production; ours is open to every signed-in caller and
    // closed to the anonymous by introspectionPlugin.
    introspection: true,
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: [shapeLimits],
    // The default landing page loads Apollo Sandbox from a CDN; the intranet has none.
    // The request guard first: its refusal of a bad operation or variable is the one answered.
    plugins: [requestGuardPlugin(schema), introspectionPlugin(), complexityPlugin(schema), ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => {
      const result = formatError(explainTokenLimit(formatted), isDevelopment)
      if (result.extensions?.code === 'INTERNAL_SERVER_ERROR') console.error('Внутренняя ошибка GraphQL:', describeInternalError(error))
      return result
    },
    includeStacktraceInErrorResponses: isDevelopment,
  })
  await apollo.start()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true })
  })
  // A browser opening /graphql gets the bundled explorer if signed in, the login page otherwise.
  app.get('/graphql', cookieParser(), async (req, res, next) => {
    const explorer = join(clientDir, 'graphiql', 'index.html')
    if (req.query.query !== undefined || !req.accepts('html') || req.accepts(['application/json', 'html']) === 'application/json' || !existsSync(explorer)) return next()
    const actor = await resolveActor(orm.em.fork(), req).catch(() => null)
    if (!actor) return res.redirect(302, `/login?next=${encodeURIComponent('/graphql')}`)
    res.sendFile(explorer)
  })
  app.use(
    '/graphql',
    cookieParser(),
    jsonBody(),
    expressMiddleware(apollo, { context: ({ req, res }) => createContext(orm, req, res) }),
    jsonErrors,
  )
  app.use('/export', cookieParser(), exportRoutes(orm))
  if (existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }))
    // Client-side routes (/roadmap/3 …) all load the same page.
    app.get(/^\/(?!graphql|export|healthz).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html')))
  }
  app.use(jsonErrors)
  return { app, apollo }
}
