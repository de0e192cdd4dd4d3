import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import type { MikroORM } from '@mikro-orm/core'
import cookieParser from 'cookie-parser'
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { createContext, resolveActor, type Context } from './context.js'
import { clientRoutes, noCache } from './http/client.routes.js'
import { compress } from './http/compress.js'
import { errorHandler, notFound } from './http/fallback.handlers.js'
import { healthRoutes, type Lifecycle } from './http/health.routes.js'
import { httpLogger } from './http/http-logger.js'
import { logger } from './logger.js'
import { exportRoutes } from './modules/export/export.routes.js'
import { compiledExecutorGateway } from './graphql/compiled-executor.js'
import { complexityPlugin } from './graphql/complexity-plugin.js'
import { formatError } from './graphql/format-error.js'
import { introspectionPlugin } from './graphql/introspection-plugin.js'
import { LIMITS, explainTokenLimit, shapeLimits } from './graphql/limits.js'
import { requestGuardPlugin } from './graphql/request-guard-plugin.js'
import { buildAppSchema } from './graphql/schema.js'
import { jsonBody, jsonErrors } from './http/json-body.js'

export interface AppOptions {
  orm: MikroORM
  clientDir: string
  isDevelopment: boolean
  /** Express's `trust proxy`: which reverse proxies may set X-Forwarded-For and -Proto. */
  trustProxy?: string | number
  lifecycle?: Lifecycle
}

export async function createApp({ orm, clientDir, isDevelopment, trustProxy = 'loopback', lifecycle = { isShuttingDown: false } }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const schema = await buildAppSchema()
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutorGateway(schema),
    // On by default; stated so nobody turns it off: a simple cross-site POST cannot run a mutation.
    csrfPrevention: true,
    // Apollo turns introspection off in production; ours is open to every signed-in caller and
    // closed to the anonymous by introspectionPlugin.
    introspection: true,
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: [shapeLimits],
    // The default landing page loads Apollo Sandbox from a CDN; the intranet has none.
    // The request guard first: its refusal of a bad operation or variable is the one answered.
    // Cache control is on by default and wraps every resolved field (tens of thousands in the
    // grid's table) to compute cache hints that nothing here declares: its only output was the
    // `no-store` header, now set below for every answer. Inline tracing serves federated
    // subgraphs only, which this schema is not; left on, Apollo loads its protobuf code at start.
    plugins: [
      requestGuardPlugin(schema), introspectionPlugin(), complexityPlugin(schema),
      ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError: (formatted, error) => {
      const result = formatError(explainTokenLimit(formatted), isDevelopment, error)
      if (result.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'Внутренняя ошибка GraphQL')
      return result
    },
    includeStacktraceInErrorResponses: isDevelopment,
    // Shutdown is ours (main.ts): Apollo's own handler would stop it and re-raise the signal
    // before the requests in flight finish.
    stopOnTerminationSignals: false,
  })
  await apollo.start()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(healthRoutes(orm, lifecycle))
  app.use(httpLogger)
  app.use(compress())
  // A browser opening /graphql gets the bundled explorer if signed in, the login page otherwise.
  app.get('/graphql', cookieParser(), async (req, res, next) => {
    const explorer = join(clientDir, 'graphiql', 'index.html')
    if (req.query.query !== undefined || !req.accepts('html') || req.accepts(['application/json', 'html']) === 'application/json' || !existsSync(explorer)) return next()
    const actor = await resolveActor(orm.em.fork(), req).catch(() => null)
    if (!actor) return res.redirect(302, `/login?next=${encodeURIComponent('/graphql')}`)
    noCache(res)
    res.sendFile(explorer)
  })
  app.use(
    '/graphql',
    // Answers hold one caller's data: never stored by a browser or a proxy.
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('cache-control', 'no-store')
      next()
    },
    cookieParser(),
    jsonBody(),
    expressMiddleware(apollo, { context: ({ req, res }) => createContext(orm, req, res) }),
    jsonErrors,
  )
  app.use('/export', cookieParser(), exportRoutes(orm))
  app.use(clientRoutes(clientDir))
  app.use(notFound)
  app.use(errorHandler)
  return { app, apollo }
}
