// Organisations (schools, kindergartens): finding one within a scope, creating, changing and deleting them, audited.
import type { EntityManager } from '@mikro-orm/core'
import { assertMunicipality } from '../../auth/access.js'
import type { Actor } from '../../auth/actor.js'
import { OrganizationKind } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from './organization.entity.js'
import type { CreateOrganizationInput, OrganizationInput } from './organization.inputs.js'

/** An organisation of the given municipality; one of another municipality is as unknown as a missing one. */
export async function organizationOfMunicipalityOrThrow(em: EntityManager, municipalityId: number, organizationId: number): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: organizationId, municipality: municipalityId })
  if (!organization) throw notFound('Организация', organizationId)
  return organization
}

/** An organisation within the caller's scope. */
export async function organizationOrThrow(em: EntityManager, actor: Actor, id: number): Promise<Organization> {
  const row = await em.findOne(Organization, { id })
  if (!row) throw notFound('Организация', id)
  assertMunicipality(actor, row.municipality.id)
  return row
}

export async function createOrganization(em: EntityManager, actor: Actor, input: CreateOrganizationInput): Promise<Organization> {
  assertMunicipality(actor, input.municipalityId)
  if (!(await em.count(Municipality, { id: input.municipalityId }))) throw notFound('Муниципалитет', input.municipalityId)
  const name = input.name?.trim()
  if (!name) throw badInput('Укажите наименование организации')
  const row = em.create(Organization, {
    municipality: em.getReference(Municipality, input.municipalityId),
    name,
    shortName: input.shortName?.trim() || name,
    kind: input.kind ?? OrganizationKind.SCHOOL,
    aliases: input.aliases ?? [],
  })
  return createAudited(em, actor, 'Organization', row, { name: row.name, shortName: row.shortName, kind: row.kind, aliases: row.aliases })
}

export async function updateOrganization(em: EntityManager, actor: Actor, id: number, input: OrganizationInput): Promise<Organization> {
  const row = await organizationOrThrow(em, actor, id)
  if (input.name !== undefined && !input.name.trim()) throw badInput('Наименование не может быть пустым')
  return updateAudited(em, actor, 'Organization', row, input)
}

export async function deleteOrganization(em: EntityManager, actor: Actor, id: number): Promise<boolean> {
  const row = await organizationOrThrow(em, actor, id)
  return deleteAudited(em, actor, 'Organization', row, { name: row.name })
}
