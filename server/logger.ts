// The server's one logger: JSON lines on stdout (pino), one object per event, with secrets kept
// out. Passwords, tokens and cookies are redacted by path; errors are serialized by an allow-list
// because two kinds carry user data in their text: a body-parser error holds the raw request
// body (a malformed login, password included), and a database error holds the SQL with its
// values inlined.
import { pino, stdSerializers, type Logger } from 'pino'

const CENSOR = '[скрыто]'

const SECRET_KEYS = ['password', 'newPassword', 'oldPassword', 'token', 'secret', 'authorization', 'cookie', 'passwordHash']
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
]

interface SerializedError {
  type: string
  message: string
  stack?: string
  code?: unknown
  status?: unknown
  path?: string
  cause?: SerializedError
}

type LoggableError = Error & {
  code?: unknown
  status?: unknown
  statusCode?: unknown
  type?: unknown
  body?: unknown
  sqlState?: unknown
  table?: unknown
  column?: unknown
  constraint?: unknown
  cause?: unknown
}

/** An error as it may be logged: its class, code and message, without request bodies or SQL values. */
export function serializeError(value: unknown): SerializedError {
  // pino-http hands over pino's own serialization of the error, the original kept in `raw`.
  const err = (value as { raw?: unknown } | null)?.raw instanceof Error ? (value as { raw: Error }).raw : value
  if (!(err instanceof Error)) return { type: typeof err, message: '[не объект Error]' }
  // A GraphQLError repeats its original error's message (the SQL with values, for a database
  // error): log the original, and where in the query it happened.
  const original = (err as { originalError?: unknown }).originalError
  if (original instanceof Error && original !== err) return { ...serializeError(original), path: (err as { path?: readonly (string | number)[] }).path?.join('.') }
  const e = err as LoggableError
  const result: SerializedError = { type: e.name || e.constructor?.name, message: e.message, stack: e.stack }
  if (e.code !== undefined) result.code = e.code
  if (e.status !== undefined || e.statusCode !== undefined) result.status = e.status ?? e.statusCode
  if (isBodyParserError(e)) {
    // V8 quotes the start of the malformed JSON in the message: the body, password and all.
    result.type = `${result.type} (${String(e.type ?? 'body')})`
    result.message = 'тело запроса не принято'
    result.stack = stackFrames(e.stack)
  } else if (isDatabaseError(e)) {
    // The message is the statement with its values inlined, and PostgreSQL's detail repeats
    // the offending value; what the database objected to is in the code and the names.
    const where = [e.table && `таблица ${String(e.table)}`, e.column && `столбец ${String(e.column)}`, e.constraint && `ограничение ${String(e.constraint)}`]
    result.message = ['ошибка базы данных', ...where.filter(Boolean)].join(', ')
    result.stack = stackFrames(e.stack)
  }
  if (e.cause !== undefined && e.cause !== err) result.cause = serializeError(e.cause)
  return result
}

function isBodyParserError(e: LoggableError): boolean {
  return 'body' in e || (typeof e.type === 'string' && /^(entity|request|charset|encoding)\./.test(e.type))
}

// MikroORM's DriverException copies the driver's fields, sqlState among them, on every engine.
function isDatabaseError(e: LoggableError): boolean {
  return 'sqlState' in e
}

function stackFrames(stack: string | undefined): string | undefined {
  return stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n')
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError, error: serializeError, req: stdSerializers.req, res: stdSerializers.res },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  )
}

export const logger = createLogger()
