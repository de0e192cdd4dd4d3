// Writes a synthetic plan (synthetic.ts) into the database, one transaction per municipality.
// The few hundred structural rows go through the ORM; the ~49 000 value rows of a municipality go
// in as plain multi-row INSERTs, since persisting 3 million entities one by one takes hours.
// A municipality whose name already exists is skipped, so re-running with the same arguments
// adds nothing.
import type { EntityManager } from '@mikro-orm/core'
import type { DirectionKind, GoodDirection, IndicatorLevel, OrganizationKind, RollupRule, ValueType } from '../../domain/enums.js'
import { Direction } from '../direction/direction.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import { MeasureStatus } from '../measure/measure-status.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { parsedMeasureFields } from '../measure/measure.service.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { generateValues, type SyntheticMunicipality, type SyntheticPlan } from './synthetic.js'

export interface SyntheticInsertReport {
  created: string[]
  skipped: string[]
  /** indicator_value rows written. */
  valueRows: number
  seconds: number
}

const VALUE_COLUMNS = ['indicator_id', 'municipality_id', 'organization_id', 'scope_id', 'year', 'target', 'actual', 'note', 'version', 'updated_at']
const CHUNK_ROWS = 5000

export async function insertSynthetic(em: EntityManager, plan: SyntheticPlan, log: (line: string) => void = () => {}): Promise<SyntheticInsertReport> {
  const started = performance.now()
  const report: SyntheticInsertReport = { created: [], skipped: [], valueRows: 0, seconds: 0 }
  const names = plan.municipalities.map((m) => m.name)
  const existing = new Set((await em.fork().find(Municipality, { name: { $in: names } })).map((m) => m.name))
  const total = plan.municipalities.length
  for (const [i, municipality] of plan.municipalities.entries()) {
    const prefix = `[${i + 1}/${total}] ${municipality.name}`
    if (existing.has(municipality.name)) {
      report.skipped.push(municipality.name)
      log(`${prefix}: уже есть, пропущен`)
      continue
    }
    const t0 = performance.now()
    const rows = await em.fork().transactional((tx) => insertMunicipality(tx, plan, municipality))
    const seconds = (performance.now() - t0) / 1000
    report.created.push(municipality.name)
    report.valueRows += rows
    log(`${prefix}: ${formatCount(rows)} значений за ${formatSeconds(seconds)} (${formatCount(rows / seconds)} строк/с)`)
  }
  report.seconds = (performance.now() - started) / 1000
  return report
}

async function insertMunicipality(em: EntityManager, plan: SyntheticPlan, seed: SyntheticMunicipality): Promise<number> {
  const now = new Date()
  const municipality = em.create(Municipality, { name: seed.name, region: seed.region, isSynthetic: true })
  const organizations = seed.organizations.map((o) =>
    em.create(Organization, { municipality, name: o.name, shortName: o.shortName, kind: o.kind as OrganizationKind, aliases: o.aliases }),
  )
  const roadmap = em.create(Roadmap, { municipality, ...plan.roadmap, lockedYears: [] })
  const directions: Direction[] = []
  plan.directions.forEach((d, position) => {
    directions.push(em.create(Direction, {
      roadmap, parent: d.parent === null ? null : directions[d.parent], kind: d.kind as DirectionKind, code: d.code, title: d.title,
      parts: d.parts, position: position + 1,
    }))
  })
  const indicators = plan.indicators.map((i) =>
    em.create(Indicator, {
      roadmap, direction: directions[i.direction], code: i.code, name: i.name, unit: i.unit, valueType: i.valueType as ValueType,
      decimals: i.decimals, goodDirection: i.goodDirection as GoodDirection, tolerance: null, level: i.level as IndicatorLevel,
      rollup: i.rollup as RollupRule, formula: null, numerator: i.numerator, denominator: i.denominator, source: i.source,
      periodicity: i.periodicity, notes: null, position: i.position,
    }),
  )
  for (const m of seed.measures) {
    const measure = em.create(Measure, {
      roadmap, direction: directions[m.direction], code: m.code, text: m.text, deadlineText: m.deadlineText,
      responsibleText: m.responsibleText, expectedResult: m.expectedResult, position: m.position,
      ...parsedMeasureFields(m.responsibleText),
    })
    for (const s of m.statuses) em.create(MeasureStatus, { measure, year: s.year, status: s.status, note: s.note, updatedAt: now })
  }
  await em.flush() // the value rows need the ids

  // SQLite keeps datetimes as epoch milliseconds (as the ORM writes them); PostgreSQL takes ISO text.
  const stamp = em.getPlatform().processDateProperty(now)
  const updatedAt = stamp instanceof Date ? stamp.toISOString() : stamp
  const values = generateValues(plan, seed)
  const connection = em.getConnection()
  const trx = em.getTransactionContext()
  const row = `(${VALUE_COLUMNS.map(() => '?').join(', ')})`
  for (let start = 0; start < values.length; start += CHUNK_ROWS) {
    const chunk = values.slice(start, start + CHUNK_ROWS)
    const params: unknown[] = []
    for (const v of chunk) {
      const organization = v.organization === null ? null : organizations[v.organization]
      params.push(
        indicators[v.indicator].id, municipality.id, organization?.id ?? null, organization?.id ?? MUNICIPALITY_SCOPE, v.year,
        v.target, v.actual, v.note, 1, updatedAt,
      )
    }
    const sql = `insert into indicator_value (${VALUE_COLUMNS.join(', ')}) values ${Array(chunk.length).fill(row).join(', ')}`
    await connection.execute(sql, params, 'run', trx)
  }
  em.clear()
  return values.length
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('ru-RU')
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} с`
}
