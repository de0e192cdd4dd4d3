// Per-request batching: every relation the schema walks is one query per level of the tree,
// whatever the number of rows (no N+1).
import type { EntityManager, FilterQuery } from '@mikro-orm/core'
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex'
import DataLoader from 'dataloader'
import type { Actor } from '../auth/actor.js'
import { visibleOrganizationIds } from '../auth/access.js'
import { Direction } from '../modules/direction/direction.entity.js'
import { ExpectedResult } from '../modules/direction/expected-result.entity.js'
import { Indicator } from '../modules/indicator/indicator.entity.js'
import { MUNICIPALITY_SCOPE } from '../modules/indicator-value/indicator-value.entity.js'
import { IndicatorValueRow, ROW_COLUMNS, rowOfSql } from '../modules/indicator-value/indicator-value.row.js'
import { Measure } from '../modules/measure/measure.entity.js'
import { MeasureStatus } from '../modules/measure/measure-status.entity.js'
import { Municipality } from '../modules/municipality/municipality.entity.js'
import { Organization } from '../modules/organization/organization.entity.js'
import { Roadmap } from '../modules/roadmap/roadmap.entity.js'

type Ctor<T> = new (...args: never[]) => T

function byId<T extends { id: number }>(em: EntityManager, entity: Ctor<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>)
    const map = new Map(rows.map((r) => [r.id, r]))
    return ids.map((id) => map.get(id) ?? null)
  })
}

/** Rows grouped by a foreign key, in the order given. */
function grouped<T extends object>(
  em: EntityManager,
  entity: Ctor<T>,
  fk: string,
  orderBy: Record<string, 'asc'>,
  where: (ids: number[]) => FilterQuery<T> = (ids) => ({ [fk]: { $in: ids } }) as FilterQuery<T>,
): DataLoader<number, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, where([...ids]), { orderBy } as never)
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]))
    for (const row of rows) groups.get(((row as Record<string, unknown>)[fk] as { id: number }).id)?.push(row)
    return ids.map((id) => groups.get(id)!)
  })
}

export interface ValueScope {
  organizationId?: number | null
  municipalityOnly?: boolean
  years?: number[] | null
}

export function createLoaders(em: EntityManager, actor: Actor | null) {
  const valueLoaders = new Map<string, DataLoader<number, IndicatorValueRow[]>>()
  return {
    municipality: byId(em, Municipality),
    organization: byId(em, Organization),
    roadmap: byId(em, Roadmap),
    direction: byId(em, Direction),
    indicator: byId(em, Indicator),
    topDirections: grouped(em, Direction, 'roadmap', { position: 'asc' }, (ids) => ({ roadmap: { $in: ids }, parent: null })),
    childDirections: grouped(em, Direction, 'parent', { position: 'asc' }),
    indicatorsOfDirection: grouped(em, Indicator, 'direction', { position: 'asc' }),
    measuresOfDirection: grouped(em, Measure, 'direction', { position: 'asc' }),
    statusesOfMeasure: grouped(em, MeasureStatus, 'measure', { year: 'asc' }),
    expectedResultsOfDirection: grouped(em, ExpectedResult, 'direction', { rowNo: 'asc', year: 'asc' } as Record<string, 'asc'>),
    organizationsOfMunicipality: grouped(em, Organization, 'municipality', { name: 'asc' }),
    /** Values of indicators, one loader per distinct scope asked for in the query. */
    valuesOfIndicator(scope: ValueScope): DataLoader<number, IndicatorValueRow[]> {
      const key = JSON.stringify(scope)
      let loader = valueLoaders.get(key)
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const groups = new Map<number, IndicatorValueRow[]>(ids.map((id) => [id, []]))
          for (const row of await valueRows(em, [...ids], scope, actor)) groups.get(row.indicatorId)!.push(row)
          return ids.map((id) => groups.get(id)!)
        })
        valueLoaders.set(key, loader)
      }
      return loader
    },
  }
}

/** A whole table's values are tens of thousands of rows: read as plain rows, never hydrated. */
async function valueRows(em: EntityManager, indicatorIds: number[], scope: ValueScope, actor: Actor | null): Promise<IndicatorValueRow[]> {
  const query = (em as SqlEntityManager).getKnex()('indicator_value as v')
    .join('indicator as i', 'i.id', 'v.indicator_id')
    .select(ROW_COLUMNS)
    .whereIn('v.indicator_id', indicatorIds)
    .orderBy(['v.scope_id', 'v.year'])
  const scopes = valueScopes(scope, actor)
  if (scopes) query.whereIn('v.scope_id', scopes)
  if (scope.years?.length) query.whereIn('v.year', scope.years)
  return ((await query) as Record<string, unknown>[]).map(rowOfSql)
}

/** The scope ids a value list may show: those asked for, within what the caller may see; null = all. */
function valueScopes(scope: ValueScope, actor: Actor | null): number[] | null {
  let scopes: number[] | null = null
  if (scope.municipalityOnly) scopes = [MUNICIPALITY_SCOPE]
  else if (scope.organizationId != null) scopes = [scope.organizationId]
  const visible = actor ? visibleOrganizationIds(actor) : null
  if (visible) {
    const allowed = [MUNICIPALITY_SCOPE, ...visible]
    scopes = (scopes ?? allowed).filter((s) => allowed.includes(s))
  }
  return scopes
}

export type Loaders = ReturnType<typeof createLoaders>
