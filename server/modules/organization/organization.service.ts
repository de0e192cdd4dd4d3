import type { EntityManager } from '@mikro-orm/core'
import { notFound } from '../../errors.js'
import { Organization } from './organization.entity.js'

/** An organisation of the given municipality; one of another municipality is as unknown as a missing one. */
export async function organizationOfMunicipalityOrThrow(em: EntityManager, municipalityId: number, organizationId: number): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: organizationId, municipality: municipalityId })
  if (!organization) throw notFound('Организация', organizationId)
  return organization
}
