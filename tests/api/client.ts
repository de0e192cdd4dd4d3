// A small GraphQL-over-HTTP client for the tests: real requests to the running server.
import { inject } from 'vitest'

export const baseUrl = (): string => inject('baseUrl')
export const ADMIN_PASSWORD = 'admin-test-password'

export interface GqlResponse<T = Record<string, any>> {
  status: number
  data: T | null
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[]
}

export interface Caller {
  cookie?: string
  token?: string
}

export async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (caller.cookie) headers.cookie = caller.cookie
  if (caller.token) headers.authorization = `Bearer ${caller.token}`
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] }
  return { status: res.status, data: body.data ?? null, errors: body.errors }
}

/** The data of a response that must have succeeded; fails the test with the server's errors otherwise. */
export async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<T> {
  const res = await gql<T>(query, variables, caller)
  if (res.errors?.length || !res.data) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`)
  return res.data
}

export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code
}

export async function login(loginName: string, password: string): Promise<Caller> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($l:String!,$p:String!){ login(login:$l,password:$p){ id } }', variables: { l: loginName, p: password } }),
  })
  const body = (await res.json()) as { errors?: unknown }
  if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`)
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error('no session cookie')
  return { cookie }
}

export const admin = (): Promise<Caller> => login('admin', ADMIN_PASSWORD)

let counter = 0
/** A new user of the given role (unique login per call), signed in. */
export async function userWithRole(
  role: 'ADMIN' | 'SPECIALIST' | 'SCHOOL' | 'MANAGER' | 'BI',
  scope: { municipalityId?: number | null; organizationId?: number | null } = {},
): Promise<Caller & { login: string }> {
  const loginName = `${role.toLowerCase()}_${process.pid}_${++counter}_${Date.now() % 100000}`
  await ok(
    'mutation($input: CreateUserInput!){ createUser(input:$input){ id } }',
    { input: { login: loginName, name: `Тест ${role}`, password: 'password-123', role, ...scope } },
    await admin(),
  )
  return { ...(await login(loginName, 'password-123')), login: loginName }
}

export async function municipalityByName(name: string, caller: Caller): Promise<{ id: number; name: string; roadmaps: { id: number; title: string }[]; organizations: { id: number; name: string; shortName: string }[] }> {
  const data = await ok<{ municipalities: any[] }>('{ municipalities { id name roadmaps { id title } organizations { id name shortName } } }', {}, caller)
  const m = data.municipalities.find((x) => x.name === name)
  if (!m) throw new Error(`no municipality ${name}`)
  return m
}
