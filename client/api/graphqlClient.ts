// The app's one way to the server: POST /graphql with the session cookie. Errors become ApiError
// with the server's extensions.code, so callers decide by code, never by message text.

export type ApiErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'NETWORK' | 'INTERNAL'

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

type UnauthenticatedListener = () => void
const unauthenticatedListeners = new Set<UnauthenticatedListener>()

/** Called when any request finds the session gone (expired, logged out elsewhere). */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

export interface RequestOptions {
  /**
   * A request made before the session is known (a page's data fetched beside the session's own
   * request): its UNAUTHENTICATED says nothing of a session that ended, so nobody is told.
   */
  isSpeculative?: boolean
}

export async function gqlRequest<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // CSRF prevention on the server accepts only JSON requests.
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
  } catch {
    throw new ApiError('NETWORK', 'Нет связи с сервером — изменения будут отправлены повторно')
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }
  try {
    body = await response.json()
  } catch {
    throw new ApiError(response.status >= 500 ? 'INTERNAL' : 'NETWORK', `Сервер ответил ошибкой ${response.status}`)
  }
  const error = body.errors?.[0]
  if (error) {
    const code = (error.extensions?.code as ApiErrorCode | undefined) ?? 'INTERNAL'
    const known: ApiErrorCode[] = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']
    const apiError = new ApiError(known.includes(code) ? code : 'INTERNAL', error.message, error.extensions ?? {})
    if (apiError.code === 'UNAUTHENTICATED' && !options.isSpeculative) unauthenticatedListeners.forEach((l) => l())
    throw apiError
  }
  if (!body.data) throw new ApiError('INTERNAL', `Сервер ответил без данных (${response.status})`)
  return body.data
}
