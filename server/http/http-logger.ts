// One log line per request: method, path, status, time. Headers stay out (cookies, tokens).
// The probes a supervisor polls every few seconds are mounted before it and not logged.
import { pinoHttp } from 'pino-http'
import { logger, serializeError } from '../logger.js'

export const httpLogger = pinoHttp({
  logger,
  customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
  serializers: {
    req: (req: { id: unknown; method: string; url: string; remoteAddress: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    err: serializeError,
  },
})

