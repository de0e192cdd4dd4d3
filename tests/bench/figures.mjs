// Interleaved runs, medians with min and max, and the printed table of the issue's goals.
// Asserts nothing: the machines are shared and noisy; the figures are for people to read.

export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length })

/**
 * Milliseconds of one call of fn; what fn returns is kept as `note`. The bench's own heap is
 * collected first (`npm run bench` runs with --expose-gc): the garbage one side left, tens of
 * thousands of row objects or megabytes of JSON, is not collected on the next side's clock.
 */
export async function timed(fn) {
  globalThis.gc?.()
  const started = performance.now()
  const note = await fn()
  return { ms: performance.now() - started, note }
}

/**
 * Ours and the raw reference, RUNS times each, alternating (ours, raw, ours, raw…) so that a
 * burst of load on the machine hits both alike; a third side (`floor`), when given, takes its
 * turn after them. Returns the times of each side.
 */
export async function interleaved(ours, raw, floor) {
  const a = []
  const b = []
  const c = []
  let note = ''
  for (let run = 0; run < RUNS; run++) {
    const o = await timed(() => ours(run))
    a.push(o.ms)
    note = o.note ?? note
    if (raw) b.push((await timed(() => raw(run))).ms)
    if (floor) c.push((await timed(() => floor(run))).ms)
  }
  return { ours: stats(a), raw: raw ? stats(b) : null, floor: floor ? stats(c) : null, note }
}

/** The rows of the printed table; `unit` is 'ms', 'rows/s', 'req/s' or 'MB'. */
export class Report {
  rows = []

  /** A time against its raw reference: ratio ours / raw. */
  time(label, { ours, raw, note }, goal) {
    this.add({ label, unit: 'ms', ours, raw, ratio: raw ? ours.median / raw.median : null, goal, note })
  }

  /** A rate from times of `count` items each (rows/s): ratio raw rate / our rate, i.e. how many times slower. */
  rate(label, count, unit, { ours, raw, note }, goal) {
    const inv = (s) => (s ? { median: (count * 1000) / s.median, min: (count * 1000) / s.max, max: (count * 1000) / s.min, n: s.n } : null)
    this.add({ label, unit, ours: inv(ours), raw: inv(raw), ratio: raw ? ours.median / raw.median : null, goal, note })
  }

  /** A figure without a raw reference (cold start, memory, requests per second). */
  value(label, unit, values, goal, note = '') {
    this.add({ label, unit, ours: stats(values), raw: null, ratio: null, goal, note })
  }

  /** A figure against another figure of ours (memory after vs idle, the app's grid vs AG Grid alone). */
  against(label, unit, ours, reference, goal, note = '') {
    this.add({ label, unit, ours: stats(ours), raw: stats(reference), ratio: median(ours) / median(reference), goal, note })
  }

  /** Each line as it is measured, so that a run stopped halfway still shows what it had. */
  add(row) {
    this.rows.push(row)
    console.log(`  measured: ${this.format(row)}`)
  }

  format(r) {
    const fmt = (unit, x) => (unit === 'ms' ? x.toFixed(0) : unit === 'MB' ? x.toFixed(1) : x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1))
    const cell = (unit, s) => (s ? `${fmt(unit, s.median)} ${unit} (${fmt(unit, s.min)}–${fmt(unit, s.max)})` : '—')
    return `| ${r.label} | ${cell(r.unit, r.ours)} | ${cell(r.unit, r.raw)} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.goal} | ${r.note ?? ''} |`
  }

  print(title) {
    const lines = [
      `### ${title}`,
      '',
      '| what | ours: median (min–max) | raw reference | ratio | goal | note |',
      '|---|---|---|---|---|---|',
      ...this.rows.map((r) => this.format(r)),
    ]
    console.log(lines.join('\n') + '\n')
  }
}
