// What answers when no route did, or a route failed outside GraphQL: Russian JSON, never
// Express's HTML page, and an error logged once through the logger (which keeps bodies out).
import type { NextFunction, Request, Response } from 'express'
import { logger } from '../logger.js'

export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Не найдено' } })
}

const MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: 'Запрос не разобран: проверьте его формат (ожидается JSON в UTF-8)' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'Тело запроса слишком велико' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Неподдерживаемая кодировка или тип тела запроса' },
}

export function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const status = httpStatus(err)
  ;(req.log ?? logger)[status >= 500 ? 'error' : 'warn']({ err }, status >= 500 ? 'Ошибка обработки запроса' : 'Запрос отклонён')
  if (res.headersSent) return next(err)
  const known = MESSAGES[status] ?? (status >= 500 ? { code: 'INTERNAL_SERVER_ERROR', message: 'Внутренняя ошибка сервера; подробности в журнале сервера' } : MESSAGES[400])
  res.status(status).json({ error: known })
}

function httpStatus(err: unknown): number {
  const status = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}
