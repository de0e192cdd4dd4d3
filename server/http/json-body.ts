// The JSON body of /graphql, and errors answered in the shape of a GraphQL error with a Russian
// message, never Express's HTML page.
import { isUtf8 } from 'node:buffer'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { logger } from '../logger.js'

/** The largest body /graphql reads: an import file (20 MB) as base64, with room for the query. */
export const MAX_BODY = '30mb'

class BodyError extends Error {
  constructor(readonly status: number, readonly type: string, message: string) {
    super(message)
  }
}

export function jsonBody(): RequestHandler {
  return express.json({
    limit: MAX_BODY,
    // body-parser would put U+FFFD in place of broken bytes and store that text.
    verify: (_req, _res, buf, encoding) => {
      if (/^utf-?8$/i.test(encoding) && !isUtf8(buf)) throw new BodyError(400, 'entity.encoding.invalid', 'Тело запроса — не UTF-8')
    },
  })
}

// body-parser's error types (https://github.com/expressjs/body-parser#errors).
const MESSAGES: Record<string, (err: { limit?: number; charset?: string; encoding?: string; body?: unknown }) => string> = {
  'entity.parse.failed': (err) => (isJsonScalar(err.body)
    ? 'Тело запроса должно быть объектом JSON с полем query, а не отдельным значением'
    : 'Тело запроса — не JSON: проверьте кавычки, запятые и скобки'),
  'entity.too.large': (err) => `Тело запроса больше допустимого (${Math.round((err.limit ?? 0) / 1024 / 1024)} МБ)`,
  'charset.unsupported': (err) => `Кодировка ${err.charset ?? ''} не поддерживается: отправляйте JSON в UTF-8`,
  'encoding.unsupported': (err) => `Сжатие ${err.encoding ?? ''} не поддерживается: используйте gzip, deflate или br`,
  'request.aborted': () => 'Запрос прерван клиентом до конца тела',
  'request.size.invalid': () => 'Длина тела запроса не совпадает с заголовком Content-Length',
  'stream.encoding.set': () => 'Тело запроса прочитать не удалось',
  'stream.not.readable': () => 'Тело запроса прочитать не удалось',
  'parameters.too.many': () => 'Слишком много параметров в теле запроса',
}

// body-parser's strict mode takes only an object or an array; `null`, `42` or `"text"` is JSON all the same.
function isJsonScalar(body: unknown): boolean {
  if (typeof body !== 'string' || /^\s*[[{]/.test(body)) return false
  try {
    JSON.parse(body)
    return true
  } catch {
    return false
  }
}

/**
 * Any error that reached Express (a body that cannot be read, or a bug) answered as a GraphQL
 * error in JSON: a refusal of the body as 4xx BAD_REQUEST, anything else masked as a 500.
 */
export const jsonErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err)
  const type = typeof err?.type === 'string' ? err.type : ''
  // zlib reports a body that is not the gzip or deflate it claims to be; body-parser passes it on.
  const isBrokenCompression = typeof err?.code === 'string' && err.code.startsWith('Z_')
  const status = isBrokenCompression ? 400 : typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 0
  const message = isBrokenCompression ? 'Сжатое тело запроса повреждено или сжато не тем способом, что указан в Content-Encoding'
    : err instanceof BodyError ? err.message : MESSAGES[type]?.(err)
  if (status && message) {
    // A body cut by the size limit or an unknown compression is left unread: close after answering.
    if (type === 'entity.too.large' || type === 'encoding.unsupported' || isBrokenCompression) res.set('connection', 'close')
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] })
    return
  }
  logger.error({ err }, 'Внутренняя ошибка HTTP')
  res.status(500).json({ errors: [{ message: 'Внутренняя ошибка сервера; подробности в журнале сервера', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
}
