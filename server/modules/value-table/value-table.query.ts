// The grid's read model: a roadmap's values in one scope (or all), read in one SELECT (after the
// roadmap's 150-odd indicators) and laid out as columns, with no entity hydrated and no object
// made per value.
import type { EntityManager } from '@mikro-orm/core'
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex'
import type { Actor } from '../../auth/actor.js'
import { visibleOrganizationIds } from '../../auth/access.js'
import type { GoodDirection } from '../../domain/enums.js'
import { forbidden } from '../../errors.js'
import { MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import { organizationOfMunicipalityOrThrow } from '../organization/organization.service.js'
import { roadmapOrThrow } from '../roadmap/roadmap.service.js'
import { ValueTable } from './value-table.type.js'

export interface ValueTableScope {
  /** One organisation's values. */
  organizationId: number | null
  /** The municipality's own values; wins over organizationId, as in Indicator.values. */
  municipalityOnly: boolean
  years: number[] | null
}

interface Row {
  id: number
  indicator_id: number
  scope_id: number
  year: number
  target: number | null
  actual: number | null
  note: string | null
  version: number
}

interface Rule {
  id: number
  good_direction: GoodDirection
  tolerance: number | null
}

/**
 * The values of a roadmap as Indicator.values shows them for the same scope, in the order of the
 * table's unique key (indicator, scope, year): the roadmap must be in the caller's municipality,
 * and a school sees the municipality's rows and its own. A school asking for another
 * organisation is refused, as its history and progress are; an organisation of another
 * municipality is not found.
 */
export async function readValueTable(em: EntityManager, actor: Actor, roadmapId: number, scope: ValueTableScope): Promise<ValueTable> {
  const roadmap = await roadmapOrThrow(em, actor, roadmapId)
  const visible = visibleOrganizationIds(actor)
  if (!scope.municipalityOnly && scope.organizationId !== null) {
    if (visible && !visible.includes(scope.organizationId)) throw forbidden('Нет доступа к данным другой организации')
    await organizationOfMunicipalityOrThrow(em, roadmap.municipality.id, scope.organizationId)
  }
  const scopes = scope.municipalityOnly ? [MUNICIPALITY_SCOPE] : scope.organizationId !== null ? [scope.organizationId] : visible ? [MUNICIPALITY_SCOPE, ...visible] : null

  const knex = (em as SqlEntityManager).getKnex()
  // The roadmap's indicators first, then their values by the unique key's leading column: an
  // index read whatever the planner knows (a join by roadmap_id, without statistics, made
  // PostgreSQL scan every value of the region).
  const rules = (await knex('indicator').select('id', 'good_direction', 'tolerance').where('roadmap_id', roadmapId)) as Rule[]
  if (rules.length === 0) return tableOf([], new Map())
  const query = knex('indicator_value')
    .select('id', 'indicator_id', 'scope_id', 'year', 'target', 'actual', 'note', 'version')
    .whereIn('indicator_id', rules.map((r) => r.id))
    .orderBy(['indicator_id', 'scope_id', 'year'])
  if (scopes) query.whereIn('scope_id', scopes)
  if (scope.years?.length) query.whereIn('year', scope.years)
  return tableOf((await query) as Row[], new Map(rules.map((r) => [r.id, r])))
}

function tableOf(rows: Row[], rules: Map<number, Rule>): ValueTable {
  const table = new ValueTable()
  const ruleOf = new Map([...rules].map(([id, r]) => [id, { goodDirection: r.good_direction, tolerance: r.tolerance }]))
  for (const r of rows)
    table.add(
      { id: r.id, indicatorId: r.indicator_id, organizationId: r.scope_id === MUNICIPALITY_SCOPE ? null : r.scope_id, year: r.year, target: r.target, actual: r.actual, note: r.note, version: r.version },
      ruleOf.get(r.indicator_id)!,
    )
  return table
}
