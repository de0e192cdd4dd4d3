// The roadmap table in a real browser (Debian's Chromium through playwright-core) at the scale of
// one municipality (150 indicators × 41 scopes × 8 years): first render, scroll to the end, all 41
// scopes one after another, a 500-cell paste until saved, and the same rows in AG Grid alone (no
// app code) as the floor to compare with. Prints medians of BENCH_RUNS runs; asserts nothing.
// Times are taken inside the page (performance.now()): from the navigation or the action until
// the state is in the DOM and the next frame is painted. Waits are for DOM states, never sleeps.
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { gql } from './api-bench.mjs'
import { RUNS } from './figures.mjs'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const VIEWPORT = { width: 1600, height: 900 }
/** How long any one awaited state may take before the benchmark gives up (a hang, not a figure). */
const WAIT_MS = 120_000
const PASTE_ROWS = 50
const PASTE_COLS = 10
const PLAIN_GRID_DIR = fileURLToPath(new URL('./plain-grid/', import.meta.url))
/** The first data cell of an indicator row (not a direction row): the grid «shows its rows». */
const FIRST_ROW_SELECTOR = '.ag-row[row-id^="i:"] .ag-cell[col-id^="y"]'

// ---- In the page (added before any script of it runs) ----

function pageInit({ firstRowSelector, waitMs }) {
  const bench = (window.__bench = { firstRowAt: null, firstRowError: null })
  performance.setResourceTimingBufferSize(10_000)
  /** The page's GraphQL requests that ran between two moments: how many, and their summed time. */
  bench.api = (from, to) => {
    const requests = performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'fetch' && new URL(e.name).pathname === '/graphql' && e.startTime >= from && e.responseEnd <= to)
    return { count: requests.length, ms: requests.reduce((s, e) => s + e.duration, 0) }
  }
  /** performance.now() once the frame after this moment has been painted. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      }),
    )
  /** Resolves when check() holds, tested on every DOM mutation and every 20 ms. */
  bench.until = (check, what, timeoutMs = waitMs) =>
    new Promise((resolve, reject) => {
      const started = performance.now()
      let done = false
      const stop = () => {
        done = true
        observer.disconnect()
      }
      const test = () => {
        if (done) return
        try {
          if (check()) {
            stop()
            afterPaint().then(resolve)
          }
        } catch (error) {
          stop()
          reject(error)
        }
      }
      const observer = new MutationObserver(test)
      observer.observe(document, { childList: true, subtree: true, characterData: true })
      const poll = () => {
        if (done) return
        if (performance.now() - started > timeoutMs) {
          stop()
          reject(new Error(`не дождался: ${what}`))
          return
        }
        test()
        if (!done) setTimeout(poll, 20)
      }
      poll()
    })
  bench.until(() => !!document.querySelector(firstRowSelector), 'первые строки таблицы').then(
    (t) => (bench.firstRowAt = t),
    (e) => (bench.firstRowError = e.message),
  )
}

// ---- Figures ----

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function printFigure(label, values, unit, extra = '') {
  const digits = unit === 'ms' ? 0 : 1
  const f = (x) => x.toFixed(digits)
  console.log(`${label.padEnd(58)} median ${f(median(values)).padStart(6)} ${unit}   (min ${f(Math.min(...values))}, max ${f(Math.max(...values))})  ${extra}`)
}

// ---- The data, from the API ----

const TABLE_QUERY = `query($id:Int!,$org:Int,$mun:Boolean){ roadmap(id:$id){ years periodFrom municipality { id }
  allDirections { id code title parentId }
  indicators { id code name unit level decimals direction { id }
    values(organizationId:$org, municipalityOnly:$mun) { year target actual deviation organization { id } } } } }`

/** Value columns as the app lays them out: a baseline year has Факт only, a period year План, Факт, Откл. */
function valueColumns(years, periodFrom) {
  return years.flatMap((year) =>
    (year < periodFrom ? ['actual'] : ['target', 'actual', 'deviation']).map((field) => ({ year, field, colId: `y${year}:${field}` })),
  )
}

/** The rows of the municipality's table: a row per direction holding indicators, its indicators, its sub-directions. */
function tableRows(directions, indicators) {
  const known = new Set(directions.map((d) => d.id))
  const children = new Map()
  for (const d of directions) {
    const parent = d.parentId !== null && known.has(d.parentId) ? d.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), d])
  }
  const own = new Map()
  const orphans = []
  for (const i of indicators) {
    if (!known.has(i.direction.id)) orphans.push(i)
    else own.set(i.direction.id, [...(own.get(i.direction.id) ?? []), i])
  }
  const counts = new Map()
  const countOf = (d) => {
    if (!counts.has(d.id)) counts.set(d.id, (own.get(d.id)?.length ?? 0) + (children.get(d.id) ?? []).reduce((s, c) => s + countOf(c), 0))
    return counts.get(d.id)
  }
  const rows = []
  const walk = (d) => {
    if (countOf(d) === 0) return
    rows.push({ kind: 'group', direction: d })
    for (const i of own.get(d.id) ?? []) rows.push({ kind: 'indicator', indicator: i })
    for (const c of children.get(d.id) ?? []) walk(c)
  }
  for (const d of children.get(null) ?? []) walk(d)
  if (orphans.length) {
    rows.push({ kind: 'group', direction: { id: -1, code: '—', title: 'Без направления' } })
    for (const i of orphans) rows.push({ kind: 'indicator', indicator: i })
  }
  return rows
}

/** The table, one scope per query: one query of every scope is past the server's budget of resolved fields. */
async function loadTable(base, cookie, roadmapId) {
  const { data } = await gql(base, cookie, TABLE_QUERY, { id: roadmapId, org: null, mun: true })
  const roadmap = data.roadmap
  const { data: m } = await gql(base, cookie, 'query($id:Int!){ municipality(id:$id){ organizations { id } } }', { id: roadmap.municipality.id })
  const byId = new Map(roadmap.indicators.map((i) => [i.id, i]))
  for (const o of m.municipality.organizations) {
    const { data: scope } = await gql(base, cookie, TABLE_QUERY, { id: roadmapId, org: o.id, mun: false })
    for (const i of scope.roadmap.indicators) byId.get(i.id).values.push(...i.values)
  }
  const columns = valueColumns(roadmap.years, roadmap.periodFrom)
  const scopeKey = (v) => (v.organization ? String(v.organization.id) : '')
  const valueOf = (v, field) => (v ? v[field] : null)

  // What the first two value columns show, per scope and indicator: the check that a scope's rows are on screen.
  const [c1, c2] = columns
  const expected = { '': {} }
  for (const o of m.municipality.organizations) expected[String(o.id)] = {}
  for (const i of roadmap.indicators) {
    const byScope = new Map()
    for (const v of i.values) byScope.set(`${scopeKey(v)}|${v.year}`, v)
    for (const scope of Object.keys(expected)) {
      if (scope !== '' && i.level !== 'ORGANIZATION') continue
      expected[scope][i.id] = [i.decimals, valueOf(byScope.get(`${scope}|${c1.year}`), c1.field), valueOf(byScope.get(`${scope}|${c2.year}`), c2.field)]
    }
  }

  // The plain grid's rows: the municipality scope, as the app shows it first.
  const rows = tableRows(roadmap.allDirections, roadmap.indicators).map((row) => {
    if (row.kind === 'group') return { rowId: `d:${row.direction.id}`, kind: 'group', code: row.direction.code, name: row.direction.title }
    const i = row.indicator
    const values = {}
    for (const v of i.values) {
      if (v.organization) continue
      for (const c of columns) if (c.year === v.year && v[c.field] !== null) values[c.colId] = v[c.field]
    }
    return { rowId: `i:${i.id}`, kind: 'indicator', code: i.code, name: i.name, unit: i.unit, decimals: i.decimals, values }
  })

  return {
    years: roadmap.years,
    periodFrom: roadmap.periodFrom,
    columns,
    rows,
    expected,
    fingerprintColumns: [c1.colId, c2.colId],
    organizations: m.municipality.organizations.map((o) => o.id),
    valueCount: roadmap.indicators.reduce((s, i) => s + i.values.length, 0),
  }
}

// ---- AG Grid alone: built with Vite, served from 127.0.0.1 ----

async function buildPlainGrid() {
  const { build } = await import('vite')
  const outDir = mkdtempSync(join(tmpdir(), 'orientir-plain-grid-'))
  const started = performance.now()
  await build({ root: PLAIN_GRID_DIR, base: './', build: { outDir, emptyOutDir: true }, configFile: false, logLevel: 'silent' })
  return { outDir, buildMs: performance.now() - started }
}

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

/** A static server of the built page; index.html gets the rows as JSON in place of <!--bench-data-->. */
async function serveStatic(dir, dataJson) {
  const root = normalize(dir + sep)
  const script = `<script id="bench-data" type="application/json">${dataJson.replace(/</g, '\\u003c')}</script>`
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)))
    if (!file.startsWith(root)) return res.writeHead(403).end()
    let body
    try {
      body = readFileSync(file)
    } catch {
      return res.writeHead(404).end()
    }
    if (file.endsWith('index.html')) body = body.toString('utf8').replace('<!--bench-data-->', script)
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' })
    res.end(body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${server.address().port}` }
}

// ---- Driving the page ----

async function openPage(context) {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  return { page, errors }
}

/** Navigates and returns the time from the navigation until an indicator row's values are painted. */
async function firstRender({ page, errors }, url) {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__bench && (window.__bench.firstRowAt !== null || window.__bench.firstRowError !== null), null, { timeout: WAIT_MS + 10_000 })
  const { firstRowAt, firstRowError, api } = await page.evaluate(() => {
    const { firstRowAt, firstRowError, api } = window.__bench
    return { firstRowAt, firstRowError, api: api(0, firstRowAt ?? 0) }
  })
  if (firstRowError || new URL(page.url()).pathname === '/login')
    throw new Error(`${url}: таблица не показалась (${firstRowError ?? 'вход не выполнен'}; ${page.url()}) ${errors.join('; ')}`.trim())
  return { ms: firstRowAt, api }
}

/** Scrolls the grid to its bottom-right corner; the time until the last row's last cell is painted. */
async function scrollToEnd(page, lastRowIndex, lastColId) {
  return page.evaluate(async ({ selector, beyond }) => {
    const viewport = document.querySelector('.ag-grid-viewport') ?? document.querySelector('.ag-body-viewport')
    if (!viewport) throw new Error('нет прокручиваемой области AG Grid')
    const started = performance.now()
    viewport.scrollTop = viewport.scrollHeight
    viewport.scrollLeft = viewport.scrollWidth
    const ms = (await window.__bench.until(() => !!document.querySelector(selector), `строка ${selector}`)) - started
    if (document.querySelector(beyond)) throw new Error(`в таблице больше строк, чем ожидалось: есть ${beyond}`)
    return ms
  }, {
    selector: `.ag-row[row-index="${lastRowIndex}"] .ag-cell[col-id="${lastColId}"]`,
    beyond: `.ag-row[row-index="${lastRowIndex + 1}"]`,
  })
}

/** The page's JS heap in use after a full garbage collection, in MB. */
async function jsHeapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6
  } finally {
    await cdp.detach()
  }
}

async function gridBox(page) {
  return page.evaluate(() => {
    const box = document.querySelector('.indicator-grid .ag-root-wrapper')?.getBoundingClientRect()
    return box ? { w: Math.round(box.width), h: Math.round(box.height) } : null
  })
}

/**
 * Picks every scope in the select «Данные:» in turn (each school, then the municipality); each
 * until the rows on screen show that scope's values. Returns the time of each switch.
 */
async function switchAllScopes(page, expected, fingerprintColumns) {
  return page.evaluate(async ({ expected, fingerprintColumns }) => {
    const select = document.querySelector('select[data-test=scope]')
    const order = [...select.options].map((o) => o.value).filter((v) => v !== '')
    order.push('')
    const parse = (text) => {
      const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('−', '-')
      return t === '' ? null : Number(t)
    }
    const same = (shown, value, decimals) =>
      shown === null || value === null ? shown === value : Math.abs(shown - value) <= 0.5 * 10 ** -Math.min(4, decimals) + 1e-9
    /** Every indicator row on screen belongs to the scope and shows its values. */
    const shows = (scope) => {
      const want = expected[scope]
      let checked = 0
      for (const [k, colId] of fingerprintColumns.entries())
        for (const cell of document.querySelectorAll(`.ag-row[row-id^="i:"] .ag-cell[col-id="${colId}"]`)) {
          const w = want[cell.closest('.ag-row').getAttribute('row-id').slice(2)]
          if (!w || !same(parse(cell.textContent), w[k + 1], w[0])) return false
          checked++
        }
      return checked >= 2
    }
    const times = []
    for (const scope of order) {
      const started = performance.now()
      select.value = scope
      select.dispatchEvent(new Event('change', { bubbles: true }))
      const shown = await window.__bench.until(() => shows(scope), `данные «${scope || 'муниципалитет'}»`)
      times.push({ ms: shown - started, apiMs: window.__bench.api(started, shown).ms })
    }
    return times
  }, { expected, fingerprintColumns })
}

/**
 * 50 × 10 tab-separated values. Whole numbers 1…5 are valid for every synthetic value type
 * (PERCENT 0–100, COUNT whole ≥ 0, SCORE ≥ 0, MARK 1–5, any decimals). Each cell is
 * 1 + (offset + row + column) mod 5, so a block with the next offset changes every cell of one
 * with this offset.
 */
function pasteBlock(offset) {
  const lines = []
  for (let r = 0; r < PASTE_ROWS; r++) lines.push(Array.from({ length: PASTE_COLS }, (_, c) => 1 + ((offset + r + c) % 5)).join('\t'))
  return lines.join('\r\n') + '\r\n'
}

/** Pastes as a person does (clipboard, Ctrl+V) at the first indicator's first План; until saved. */
async function pasteAndSave(page, periodFrom) {
  // Only План and Факт: the 10 columns from the first period year's План are 5 years × 2, all for input.
  await page.click('[data-test=show-deviation]')
  await page.locator(`.ag-header-cell[col-id="y${periodFrom}:deviation"]`).waitFor({ state: 'detached', timeout: WAIT_MS })
  const firstIndex = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.ag-row[row-id^="i:"]')].map((r) => Number(r.getAttribute('row-index')))))
  const target = page.locator(`.ag-row[row-index="${firstIndex}"] .ag-cell[col-id="y${periodFrom}:target"]`)
  // After an earlier paste the corner holds 1 + offset: the next offset changes all 500 cells.
  const corner = Number(((await target.textContent()) ?? '').replace(/\s/g, '').replace(',', '.'))
  const offset = Number.isInteger(corner) && corner >= 1 && corner <= 5 ? corner : 0
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasteBlock(offset))
  await target.click()
  await page.evaluate(() => {
    const bench = window.__bench
    bench.pasteAt = null
    window.addEventListener('paste', () => (bench.pasteAt = performance.now()), { capture: true, once: true })
    const notice = () => document.querySelector('[data-test=notice]')?.textContent ?? ''
    const state = () => document.querySelector('[data-test=save-status]')?.getAttribute('data-state')
    bench.pasted = bench
      .until(() => bench.pasteAt !== null && notice().includes('Вставлено') && state() !== 'saving', 'вставка сохранена')
      .then((t) => ({ ms: t - bench.pasteAt, apiMs: bench.api(bench.pasteAt, t).ms, notice: notice().replace(/\s*×\s*$/, '').trim(), state: state() }))
  })
  await page.keyboard.press('Control+V')
  const result = await page.evaluate(() => window.__bench.pasted)
  const count = (re) => Number(re.exec(result.notice)?.[1] ?? 0)
  const accepted = count(/Вставлено ячеек: (\d+)/)
  return { ...result, accepted, changed: /изменено: (\d+)/.test(result.notice) ? count(/изменено: (\d+)/) : accepted, refused: count(/не принято: (\d+)/) }
}

// ---- The benchmark ----

export async function runGridBench({ base, cookie, roadmapId }) {
  const table = await loadTable(base, cookie, roadmapId)
  const lastRowIndex = table.rows.length - 1
  const lastColId = table.columns.at(-1).colId
  const school = table.organizations[0]
  const appUrl = `${base}/roadmaps/${roadmapId}`
  console.log(
    `Таблица: ${table.rows.length} строк (${table.rows.filter((r) => r.kind === 'group').length} направлений), ` +
      `${3 + table.columns.length} столбцов; ${table.valueCount} значений во всех ${table.organizations.length + 1} разрезах; ` +
      `Chromium ${VIEWPORT.width}×${VIEWPORT.height}, прогонов ${RUNS}`,
  )

  const cleanups = []
  try {
    const { outDir, buildMs } = await buildPlainGrid()
    cleanups.push(() => rmSync(outDir, { recursive: true, force: true }))
    const plainData = JSON.stringify({ years: table.years, columns: table.columns, rows: table.rows })
    const plain = await serveStatic(outDir, plainData)
    cleanups.push(() => new Promise((resolve) => plain.server.close(resolve)))
    console.log(`Страница «только AG Grid» собрана Vite за ${(buildMs / 1000).toFixed(1)} s`)

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    cleanups.push(() => browser.close())
    const init = [pageInit, { firstRowSelector: FIRST_ROW_SELECTOR, waitMs: WAIT_MS }]
    const app = await browser.newContext({ viewport: VIEWPORT, locale: 'ru-RU' })
    const [name, ...rest] = cookie.split('=')
    await app.addCookies([{ name, value: rest.join('='), url: base }])
    await app.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
    await app.addInitScript(...init)
    const bare = await browser.newContext({ viewport: VIEWPORT, locale: 'ru-RU' })
    await bare.addInitScript(...init)

    /** A fresh page for fn, closed after, so no two pages share a heap. */
    const inPage = async (context, fn) => {
      const p = await openPage(context)
      try {
        await fn(p)
      } finally {
        await p.page.close()
      }
    }
    const eachRun = async (context, fn) => {
      for (let run = 0; run < RUNS; run++) await inPage(context, (p) => fn(p, run))
    }

    const apiNote = (loads) => {
      const last = loads.at(-1).api
      return last.count ? `, of it ${median(loads.map((l) => l.api.ms)).toFixed(0)} ms in ${last.count} API requests` : ''
    }

    // 1, 2, 5, 6: the municipality's table — first render, heap, scroll to the corner — and AG
    // Grid alone with the same rows and columns, the grid the size of the app's; the two
    // alternate, run by run, so that a burst of load on the machine hits both alike.
    const load = [], heap = [], scroll = []
    const plainLoad = [], plainHeap = [], plainScroll = []
    let box = null
    const plainUrl = () => `${plain.url}/?w=${box?.w ?? 1568}&h=${box?.h ?? 740}`
    for (let run = 0; run < RUNS; run++) {
      await inPage(app, async (p) => {
        load.push(await firstRender(p, appUrl))
        box ??= await gridBox(p.page)
        heap.push(await jsHeapMb(p.page))
        scroll.push(await scrollToEnd(p.page, lastRowIndex, lastColId))
      })
      await inPage(bare, async (p) => {
        plainLoad.push((await firstRender(p, plainUrl())).ms)
        plainHeap.push(await jsHeapMb(p.page))
        plainScroll.push(await scrollToEnd(p.page, lastRowIndex, lastColId))
      })
    }
    printFigure('app: first render, municipality (navigation → rows)', load.map((l) => l.ms), 'ms', `${table.rows.length} rows${apiNote(load)}`)
    printFigure('AG Grid alone: first render (navigation → rows)', plainLoad, 'ms', `${table.rows.length} rows, data in the page, grid ${box?.w}×${box?.h}`)
    printFigure('app: scroll to last row and last year column', scroll, 'ms', `row ${lastRowIndex}, ${lastColId}`)
    printFigure('AG Grid alone: scroll to last row and last year column', plainScroll, 'ms', `row ${lastRowIndex}, ${lastColId}`)

    const schoolLoad = []
    await eachRun(app, async (p) => schoolLoad.push(await firstRender(p, `${appUrl}?org=${school}`)))
    printFigure('app: first render, one school (navigation → rows)', schoolLoad.map((l) => l.ms), 'ms', `org ${school}${apiNote(schoolLoad)}`)

    // 3: every scope in turn.
    const scopeCount = table.organizations.length + 1
    const allScopes = [], heapAfterScopes = []
    let perScope = []
    await eachRun(app, async (p) => {
      await firstRender(p, appUrl)
      const times = await switchAllScopes(p.page, table.expected, table.fingerprintColumns)
      if (times.length !== scopeCount) throw new Error(`в списке «Данные:» ${times.length} разрезов, ожидалось ${scopeCount}`)
      allScopes.push(times.reduce((s, t) => s + t.ms, 0))
      perScope = perScope.concat(times)
      heapAfterScopes.push(await jsHeapMb(p.page))
    })
    printFigure(`app: switch through all ${scopeCount} scopes one after another`, allScopes, 'ms',
      `one switch: median ${median(perScope.map((t) => t.ms)).toFixed(0)} ms (API request ${median(perScope.map((t) => t.apiMs)).toFixed(0)} ms), ` +
        `max ${Math.max(...perScope.map((t) => t.ms)).toFixed(0)} ms`)

    // 4: a 500-cell paste in a school's table until the save status says saved.
    const paste = []
    let last = null
    await eachRun(app, async (p, run) => {
      await firstRender(p, `${appUrl}?org=${school}`)
      last = await pasteAndSave(p.page, table.periodFrom)
      paste.push(last)
      if (last.state !== 'saved') console.log(`  вставка, прогон ${run + 1}: состояние «${last.state}» — ${last.notice}`)
    })
    printFigure(`app: paste ${PASTE_ROWS} × ${PASTE_COLS} cells in a school (Ctrl+V → saved)`, paste.map((p) => p.ms), 'ms',
      `${last.accepted} accepted, ${last.changed} changed, ${last.refused} refused; «${last.state}»; ` +
        `save request ${median(paste.map((p) => p.apiMs)).toFixed(0)} ms`)

    printFigure('app: JS heap after load, municipality', heap, 'MB', 'after a full GC')
    printFigure(`app: JS heap after all ${scopeCount} scopes`, heapAfterScopes, 'MB', 'after a full GC')
    printFigure('AG Grid alone: JS heap after load', plainHeap, 'MB', 'after a full GC')
    return { appFirstRender: load.map((l) => l.ms), bareFirstRender: plainLoad, scopeSwitch: perScope.map((t) => t.ms), firstRenderRequests: load.at(-1).api.count }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}
