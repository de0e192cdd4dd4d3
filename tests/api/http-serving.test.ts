// How the server serves the web app and its data over HTTP: caching that survives a deploy,
// compression that keeps streamed exports and GraphQL whole, and a readiness probe.
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { admin, baseUrl } from './client.js'
import { BALTIYSK, roadmapOf } from './fixtures.js'

// The entry script as the built index.html names it: assets/main-<hash>.js.
const mainChunk = /src="\/(assets\/[^"]+\.js)"/.exec(readFileSync('dist/client/index.html', 'utf8'))![1]

/** A raw GET, so the test sees the bytes as sent (fetch would decompress them). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl()}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('caching of the web app', () => {
  it('caches the hashed assets for a year as immutable', async () => {
    const res = await rawGet(`/${mainChunk}`)
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('never caches index.html without asking the server, at / and at a client route', async () => {
    for (const path of ['/', '/login', '/roadmaps/2']) {
      const res = await rawGet(path, { accept: 'text/html' })
      expect(res.status, path).toBe(200)
      expect(res.headers['cache-control'], path).toBe('no-cache')
      expect(res.body.toString()).toContain('<div id="app">')
    }
  })

  it('revalidates the explorer page too', async () => {
    const { cookie } = await admin()
    const res = await rawGet('/graphql', { accept: 'text/html', cookie: cookie! })
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('answers a chunk a deploy removed with 404, not with index.html', async () => {
    const res = await rawGet('/assets/RoadmapPage-gone1234.js')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(JSON.parse(res.body.toString()).error.message).toMatch(/[А-Яа-я]/)
  })
})

describe('compression', () => {
  it('gzips the scripts for a browser that accepts it', async () => {
    const plain = readFileSync(`dist/client/${mainChunk}`)
    const res = await rawGet(`/${mainChunk}`, { 'accept-encoding': 'gzip' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.body.length).toBeLessThan(plain.length / 2)
    expect(gunzipSync(res.body).equals(plain)).toBe(true)
  })

  it('streams the values CSV gzipped, byte for byte the same as uncompressed', async () => {
    const { cookie } = await admin()
    const { id } = await roadmapOf(BALTIYSK, { cookie })
    const plain = await rawGet(`/export/values.csv?roadmapId=${id}`, { cookie: cookie!, 'accept-encoding': 'identity' })
    const gzipped = await rawGet(`/export/values.csv?roadmapId=${id}`, { cookie: cookie!, 'accept-encoding': 'gzip' })
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    const text = gunzipSync(gzipped.body).toString('utf8')
    expect(text.split('\n').length).toBeGreaterThan(50)
    expect(text).toBe(plain.body.toString('utf8'))
  })

  it('gzips a large GraphQL response and keeps it valid JSON', async () => {
    const { cookie } = await admin()
    const { id } = await roadmapOf(BALTIYSK, { cookie })
    const body = JSON.stringify({ query: `{ roadmap(id: ${id}) { directions { indicators { name values { year target actual } } } } }` })
    const res = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie!, 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end(body)
    })
    expect(res.headers['content-encoding']).toBe('gzip')
    const json = JSON.parse(gunzipSync(res.body).toString('utf8'))
    expect(json.errors).toBeUndefined()
    expect(json.data.roadmap.directions.length).toBeGreaterThan(0)
  })
})

describe('probes', () => {
  it('/readyz says the database answers', async () => {
    const res = await fetch(`${baseUrl()}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })
})
