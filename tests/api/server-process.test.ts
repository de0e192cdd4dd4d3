// The compiled server as an operator runs it: configuration checked at start, the log kept free
// of secrets, and a shutdown that lets the requests in flight finish. Each test spawns its own
// process on a SQLite file of its own and reads everything it prints.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'orientir-process-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

interface Running {
  url: string
  port: number
  child: ChildProcess
  output: () => string
  waitForOutput: (pattern: RegExp) => Promise<void>
  exited: Promise<number | null>
}

let databases = 0
function spawnServer(env: Record<string, string>): Running {
  const port = 40000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, ADMIN_PASSWORD: 'process-test-admin', TEST_DATABASE_URL: '', NODE_ENV: 'production', PORT: String(port), DATABASE_URL: `sqlite:${join(dir, `db-${++databases}.sqlite`)}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  const watchers: { pattern: RegExp; resolve: () => void }[] = []
  const onData = (d: Buffer) => {
    output += d
    for (const w of [...watchers]) if (w.pattern.test(output)) {
      watchers.splice(watchers.indexOf(w), 1)
      w.resolve()
    }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    exited,
    waitForOutput: (pattern) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(output)) return resolve()
        watchers.push({ pattern, resolve })
        void exited.then(() => (pattern.test(output) ? resolve() : reject(new Error(`сервер завершился, не напечатав ${pattern}:\n${output}`))))
      }),
  }
}

async function startServer(env: Record<string, string> = {}): Promise<Running> {
  const server = spawnServer(env)
  await server.waitForOutput(/Ориентир запущен/)
  return server
}

async function stop(server: Running): Promise<number | null> {
  server.child.kill('SIGTERM')
  return server.exited
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
}

describe('configuration checked at start', () => {
  it('refuses a PORT that is not a port number, naming the variable, with exit code 1', async () => {
    const server = spawnServer({ PORT: '80a' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/PORT=«80a»: ожидается номер порта/)
    expect(server.output()).toMatch(/Сервер не запущен/)
  })

  it('refuses a port number out of range', async () => {
    const server = spawnServer({ PORT: '70000' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/PORT=«70000»/)
  })

  it('lists every bad variable at once: DATABASE_URL of an unknown kind, a PostgreSQL URL without a database, LOG_LEVEL', async () => {
    const mysql = spawnServer({ DATABASE_URL: 'mysql://root@localhost/orientir', LOG_LEVEL: 'chatty' })
    expect(await mysql.exited).toBe(1)
    expect(mysql.output()).toMatch(/DATABASE_URL=«mysql:\/\/root@localhost\/orientir»: ожидается sqlite:ПУТЬ или postgres:\/\//)
    expect(mysql.output()).toMatch(/LOG_LEVEL=«chatty»/)

    const noDb = spawnServer({ DATABASE_URL: 'postgres://orientir:pg-secret-pw@127.0.0.1:5432' })
    expect(await noDb.exited).toBe(1)
    expect(noDb.output()).toMatch(/не указано имя базы данных/)
    // The password of the URL never reaches the output.
    expect(noDb.output()).not.toContain('pg-secret-pw')
  })

  it('says in Russian that the database cannot be reached, without its password, and exits 1', async () => {
    // Nothing listens on a port we just held and released.
    const port = await freePort()
    const server = spawnServer({ DATABASE_URL: `postgres://orientir:pg-secret-pw@127.0.0.1:${port}/orientir` })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/Не удалось открыть базу данных postgres:\/\/orientir:\*\*\*@127\.0\.0\.1:\d+\/orientir/)
    expect(server.output()).not.toContain('pg-secret-pw')
  })

  it('says the port is taken when another program holds it', async () => {
    const holder = createServer()
    await new Promise<void>((resolve) => holder.listen(0, '0.0.0.0', resolve))
    const port = (holder.address() as { port: number }).port
    try {
      const server = spawnServer({ PORT: String(port) })
      expect(await server.exited).toBe(1)
      expect(server.output()).toMatch(new RegExp(`Не удалось открыть порт ${port}.*порт занят`))
    } finally {
      holder.close()
    }
  })
})

describe('probes', () => {
  it('answers /healthz and /readyz once the database answers', async () => {
    const server = await startServer()
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ ok: true })
    expect(await stop(server)).toBe(0)
  })
})

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting connections, finishes the request in flight, and exits 0', async () => {
    const server = await startServer()
    const body = JSON.stringify({ query: '{ municipalities { name } }' })
    const socket = connect(server.port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', resolve))
    const response = readAll(socket)
    // Expect: 100-continue makes the server say when it has the request's headers: from then on
    // the request is in flight, whatever the signal does.
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`)
    await waitForData(socket, /100 Continue/)

    server.child.kill('SIGTERM')
    await server.waitForOutput(/Получен SIGTERM/)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    socket.write(body)
    const raw = await response
    expect(raw).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/)
    // Anonymous callers are refused by the resolver, but in JSON, as a finished request.
    expect(raw).toMatch(/"errors"|"data"/)
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/Ориентир остановлен/)
  })

  it('exits 1 with a Russian message when a request is still in flight at the deadline', async () => {
    const server = await startServer({ SHUTDOWN_TIMEOUT: '1' })
    const socket = connect(server.port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', resolve))
    socket.on('error', () => {})
    // A body that never comes: the request stays in flight.
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n')
    await waitForData(socket, /100 Continue/)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/Запросы не завершились за 1 с: выхожу принудительно/)
    socket.destroy()
  })
})

describe('the log', () => {
  it('keeps passwords, tokens, cookies and SQL values out, even with SQL logging on', async () => {
    const server = await startServer({ ORM_DEBUG: '1' })
    // A malformed body: the JSON parser quotes the start of it in its error message.
    const malformed = await post(server.url, '{"query":"mutation { login(login: \\"admin\\", password: \\"malformed-pw-1a2b3c\\") { id } }"')
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).errors[0].message).toMatch(/[А-Яа-я]/)
    await post(server.url, JSON.stringify({ query: 'mutation($p:String!){ login(login:"admin", password:$p){ id } }', variables: { p: 'wrong-pw-4d5e6f' } }))
    await post(server.url, JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer ort_bearer-secret-7g8h9i', cookie: 'orientir_session=cookie-secret-0j1k2l' })

    const signIn = await post(server.url, JSON.stringify({ query: 'mutation($p:String!){ login(login:"admin", password:$p){ id } }', variables: { p: 'process-test-admin' } }))
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]
    const sessionSecret = cookie.split('=')[1]
    const created = await post(
      server.url,
      JSON.stringify({
        query: 'mutation($input: CreateUserInput!){ createUser(input: $input){ id } }',
        variables: { input: { login: 'log-check', name: 'Имя-в-журнале-3m4n5o', password: 'new-user-pw-6p7q8r', role: 'MANAGER' } },
      }),
      { cookie },
    )
    expect((await created.json()).data?.createUser.id).toBeTruthy()
    const token = await post(server.url, JSON.stringify({ query: 'mutation { createApiToken(name: "BI", role: BI) { token } }' }), { cookie })
    const tokenSecret = (await token.json()).data.createApiToken.token as string
    await post(server.url, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${tokenSecret}` })
    // A write the database refuses (no such municipality): its statement must not reach the log.
    await post(server.url, JSON.stringify({ query: 'mutation { createApiToken(name: "token-name-5s6t7u", role: BI, municipalityId: 999999) { token } }' }), { cookie })

    expect(await stop(server)).toBe(0)
    const output = server.output()
    // The SQL log is on, and the requests are logged…
    expect(output).toMatch(/\[query\] insert into/)
    expect(output).toMatch(/"url":"\/graphql"/)
    // …and none of what the callers sent as secrets, nor the values of the statements, is in it.
    for (const secret of ['malformed-pw-1a2b3c', 'wrong-pw-4d5e6f', 'process-test-admin', 'ort_bearer-secret-7g8h9i', 'cookie-secret-0j1k2l', sessionSecret, tokenSecret, 'new-user-pw-6p7q8r', 'Имя-в-журнале-3m4n5o', 'token-name-5s6t7u']) {
      expect(output, secret).not.toContain(secret)
    }
  })
})

function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    socket.on('data', (d) => (data += d))
    socket.once('end', () => resolve(data))
    socket.once('close', () => resolve(data))
    socket.once('error', reject)
  })
}

function waitForData(socket: Socket, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    let data = ''
    const onData = (d: Buffer) => {
      data += d
      if (pattern.test(data)) {
        socket.off('data', onData)
        resolve()
      }
    }
    socket.on('data', onData)
  })
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as { port: number }).port
  await new Promise((resolve) => probe.close(resolve))
  return port
}
