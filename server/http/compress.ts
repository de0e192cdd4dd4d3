import { constants } from 'node:zlib'
import compression from 'compression'
import type { RequestHandler } from 'express'

/** Answers made per request: GraphQL and the exports. */
const ANSWERS = /^\/(graphql|export)(\/|$)/

/**
 * Gzip for every answer: JSON, CSV and the client's files; a streamed CSV is flushed as zlib
 * fills. Answers made per request are compressed at zlib's fastest level, as nginx does by
 * default: a BI page of 5000 values (3.7 MB of JSON) took 41 ms at the default level and 12 ms
 * at the fastest, on the one thread that also executes the queries; the client's files keep
 * the default. Exported alone so that the benchmark's HTTP floor compresses as the app does.
 */
export function compress(): RequestHandler {
  const answers = compression({ level: constants.Z_BEST_SPEED })
  const files = compression()
  return (req, res, next) => (ANSWERS.test(req.path) ? answers : files)(req, res, next)
}
