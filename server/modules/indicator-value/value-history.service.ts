import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { assertMunicipality, visibleOrganizationIds } from '../../auth/access.js'
import { forbidden, notFound } from '../../errors.js'
import { AuditEntry } from '../audit/audit-entry.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { organizationOfMunicipalityOrThrow } from '../organization/organization.service.js'
import { MUNICIPALITY_SCOPE } from './indicator-value.entity.js'

export async function valueHistory(em: EntityManager, actor: Actor, indicatorId: number, organizationId: number | null, year: number): Promise<AuditEntry[]> {
  const indicator = await em.findOne(Indicator, { id: indicatorId }, { populate: ['roadmap'] })
  if (!indicator) throw notFound('Показатель', indicatorId)
  assertMunicipality(actor, indicator.roadmap.municipality.id)
  const visible = visibleOrganizationIds(actor)
  if (visible && organizationId !== null && !visible.includes(organizationId)) throw forbidden('Нет доступа к данным другой организации')
  if (organizationId !== null) await organizationOfMunicipalityOrThrow(em, indicator.roadmap.municipality.id, organizationId)
  return em.find(
    AuditEntry,
    { entityType: 'IndicatorValue', indicatorId, scopeId: organizationId ?? MUNICIPALITY_SCOPE, year },
    { orderBy: { id: 'desc' } },
  )
}
