// The JavaScript the login page makes a browser download: opens /login in Chromium on a fresh
// server and sums the scripts it requests, raw and gzipped (as the server sends them).
// Prints figures; asserts nothing. `node tests/bench/login-bundle.mjs` after `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startBenchServer } from './api-bench.mjs'

export async function measureLoginBundle(base) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    const scripts = new Set()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
    })
    await page.goto(`${base}/login`)
    await page.getByLabel('Логин').waitFor()
    await page.waitForLoadState('networkidle')
    let raw = 0
    let gzip = 0
    const files = []
    for (const path of scripts) {
      const bytes = readFileSync(join('dist/client', path))
      raw += bytes.length
      gzip += gzipSync(bytes).length
      files.push(`${path} ${bytes.length}`)
    }
    return { raw, gzip, files }
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'orientir-bundle-'))
  const port = 45000 + Math.floor(Math.random() * 10000)
  const server = await startBenchServer(`sqlite:${join(dir, 'bundle.sqlite')}`, port)
  try {
    const { raw, gzip, files } = await measureLoginBundle(`http://127.0.0.1:${port}`)
    for (const f of files) console.log(`  ${f}`)
    console.log(`Страница входа: ${files.length} скриптов, ${raw} байт (${(raw / 1024).toFixed(0)} КБ), gzip ${gzip} байт (${(gzip / 1024).toFixed(0)} КБ)`)
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill()
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
}
