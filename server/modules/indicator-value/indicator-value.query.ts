// The flat fact table for BI: filters, stable id order, totalCount when asked for.
import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import type { QueryBuilder } from '@mikro-orm/knex'
import type { Actor } from '../../auth/actor.js'
import { visibleOrganizationIds } from '../../auth/access.js'
import { ValueStatus } from '../../domain/enums.js'
import { decodeCursor, pageSize, toPage, type Page } from '../../graphql/connection.js'
import { directionSubtreeIds } from '../direction/direction.service.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { IndicatorValue, MUNICIPALITY_SCOPE } from './indicator-value.entity.js'
import type { IndicatorValueFilter } from './indicator-value.inputs.js'
import { IndicatorValueRow, ROW_COLUMNS, rowOfSql } from './indicator-value.row.js'

// SQL twin of valueStatus() in domain/progress.ts, so that a status filter pages in the
// database; tests/api/indicator-values.test.ts checks that both agree on every seeded row.
const EPS = '0.000000001'
const MET = `(v.target is not null and v.actual is not null and (
  (i.good_direction = 'UP' and v.actual >= v.target - ${EPS}) or
  (i.good_direction = 'DOWN' and v.actual <= v.target + ${EPS}) or
  (i.good_direction = 'HOLD' and abs(v.actual - v.target) <= coalesce(i.tolerance, 0) + ${EPS})))`
const STATUS_SQL: Record<ValueStatus, string> = {
  [ValueStatus.NO_TARGET]: 'v.target is null',
  [ValueStatus.NO_DATA]: '(v.target is not null and v.actual is null)',
  [ValueStatus.MET]: MET,
  [ValueStatus.NOT_MET]: `(v.target is not null and v.actual is not null and not ${MET})`,
}

export async function queryIndicatorValues(
  em: EntityManager,
  actor: Actor,
  filter: IndicatorValueFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<IndicatorValueRow>> {
  const size = pageSize(first)
  const afterId = decodeCursor(after)
  const directionIds = filter.directionId != null ? await directionSubtreeIds(em, filter.directionId) : null
  const qb = filteredValues(em, actor, filter, directionIds)
  const counting = qb.clone()
  const rows = await plainRows(qb.andWhere({ id: { $gt: afterId } }).orderBy({ id: 'asc' }).limit(size + 1))
  await withRelations(em, rows.slice(0, size))
  return toPage(rows, size, () => counting.getCount())
}

// Not async: a QueryBuilder is thenable, so awaiting one would run it.
function filteredValues(em: EntityManager, actor: Actor, f: IndicatorValueFilter, directionIds: number[] | null): QueryBuilder<IndicatorValue> {
  const qb = (em as unknown as { createQueryBuilder: (e: typeof IndicatorValue, a: string) => QueryBuilder<IndicatorValue> })
    .createQueryBuilder(IndicatorValue, 'v')
    .select('v.*')
    .join('v.indicator', 'i')
  if (actor.municipalityId !== null) qb.andWhere({ municipality: actor.municipalityId })
  const visible = visibleOrganizationIds(actor)
  if (visible) qb.andWhere({ scopeId: { $in: [MUNICIPALITY_SCOPE, ...visible] } })
  if (f.municipalityId != null) qb.andWhere({ municipality: f.municipalityId })
  if (f.roadmapId != null) {
    qb.andWhere({ 'i.roadmap': f.roadmapId })
    // Implied (a roadmap's values are its municipality's), and it lets the pages of a roadmap
    // walk the (municipality_id, id) index instead of every id before them.
    qb.andWhere('v.municipality_id = (select r.municipality_id from roadmap r where r.id = ?)', [f.roadmapId])
  }
  if (directionIds) qb.andWhere({ 'i.direction': { $in: directionIds } })
  if (f.indicatorIds?.length) qb.andWhere({ indicator: { $in: f.indicatorIds } })
  if (f.organizationIds?.length) qb.andWhere({ scopeId: { $in: f.organizationIds } })
  if (f.municipalityLevel === true) qb.andWhere({ scopeId: MUNICIPALITY_SCOPE })
  if (f.municipalityLevel === false) qb.andWhere({ scopeId: { $ne: MUNICIPALITY_SCOPE } })
  if (f.years?.length) qb.andWhere({ year: { $in: f.years } })
  if (f.status?.length) qb.andWhere(`(${f.status.map((s) => STATUS_SQL[s]).join(' or ')})`)
  return qb
}

/** The rows a filtered query selects, as plain rows with their indicator's rule: no entities. */
async function plainRows(qb: QueryBuilder<IndicatorValue>): Promise<IndicatorValueRow[]> {
  const rows = (await qb.getKnexQuery().clearSelect().select(ROW_COLUMNS)) as Record<string, unknown>[]
  return rows.map(rowOfSql)
}

/** The same rows in id order with their relations, a chunk at a time, for streaming exports of any size. */
export async function* indicatorValueChunks(em: EntityManager, actor: Actor, filter: IndicatorValueFilter, chunk = 5000): AsyncGenerator<IndicatorValueRow[]> {
  const directionIds = filter.directionId != null ? await directionSubtreeIds(em, filter.directionId) : null
  const known = new KnownRelations()
  let afterId = 0
  for (;;) {
    const rows = await plainRows(filteredValues(em, actor, filter, directionIds).andWhere({ id: { $gt: afterId } }).orderBy({ id: 'asc' }).limit(chunk))
    if (rows.length === 0) return
    await withRelations(em, rows, known)
    yield rows
    afterId = rows[rows.length - 1].id
    if (rows.length < chunk) return
  }
}

/** The relations already read, by id: an export reads each indicator, school and municipality once. */
class KnownRelations {
  readonly indicators = new Map<number, Indicator>()
  readonly organizations = new Map<number, Organization>()
  readonly municipalities = new Map<number, Municipality>()
}

/**
 * Sets each row's indicator (with its direction), organization and municipality: one query per
 * kind for the ids not known yet (a page of 5000 rows holds a few hundred of them). The time of a
 * BI page was in resolving them row by row through loaders, a promise for every nested field.
 */
async function withRelations(em: EntityManager, rows: IndicatorValueRow[], known = new KnownRelations()): Promise<void> {
  await Promise.all([
    readMissing(em, Indicator, known.indicators, rows.map((r) => r.indicatorId), ['direction']),
    readMissing(em, Organization, known.organizations, rows.flatMap((r) => (r.organizationId === null ? [] : [r.organizationId]))),
    readMissing(em, Municipality, known.municipalities, rows.map((r) => r.municipalityId)),
  ])
  for (const row of rows) {
    row.indicator = known.indicators.get(row.indicatorId)!
    row.organization = row.organizationId === null ? null : known.organizations.get(row.organizationId)!
    row.municipality = known.municipalities.get(row.municipalityId)!
  }
}

async function readMissing<T extends { id: number }>(em: EntityManager, entity: new () => T, map: Map<number, T>, ids: number[], populate: string[] = []): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !map.has(id))
  if (missing.length === 0) return
  for (const found of await em.find(entity, { id: { $in: missing } } as unknown as FilterQuery<T>, { populate } as never)) map.set(found.id, found)
}
