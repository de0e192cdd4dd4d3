// The access rules of PRODUCT.md in one place. Resolvers state the roles; services ask these
// functions about the scope (municipality, organisation) of what they read or write.
import { Role } from '../domain/enums.js'
import { forbidden, unauthenticated } from '../errors.js'
import type { Actor } from './actor.js'

export const READ_ROLES = [Role.ADMIN, Role.SPECIALIST, Role.SCHOOL, Role.MANAGER, Role.BI]
export const EDIT_STRUCTURE_ROLES = [Role.ADMIN, Role.SPECIALIST]
export const EDIT_VALUES_ROLES = [Role.ADMIN, Role.SPECIALIST, Role.SCHOOL]

export function actorOrThrow(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated()
  return actor
}

export function assertRole(actor: Actor | null, roles: readonly Role[]): Actor {
  const a = actorOrThrow(actor)
  if (!roles.includes(a.role)) throw forbidden(`Роль ${roleName(a.role)} не может выполнить это действие`)
  return a
}

export function canSeeMunicipality(actor: Actor, municipalityId: number): boolean {
  return actor.municipalityId === null || actor.municipalityId === municipalityId
}

export function assertMunicipality(actor: Actor, municipalityId: number): void {
  if (!canSeeMunicipality(actor, municipalityId)) throw forbidden('Нет доступа к данным другого муниципалитета')
}

export function isRegionWide(actor: Actor): boolean {
  return actor.municipalityId === null
}

/**
 * What an admin hands out (a user, a token) or adds (a municipality) stays within its own scope:
 * null, the whole region, only from a region-wide actor. A scoped admin that could grant more
 * than it holds would make itself region-wide through the account it creates.
 */
export function assertGrantableScope(actor: Actor, municipalityId: number | null): void {
  if (municipalityId !== null) return assertMunicipality(actor, municipalityId)
  if (!isRegionWide(actor)) throw forbidden('Пользователи и токены на весь регион — только у администратора региона; укажите свой муниципалитет')
}

export function assertRegionWide(actor: Actor, action: string): void {
  if (!isRegionWide(actor)) throw forbidden(`${action} может только администратор региона`)
}

/** Organisations whose rows the actor may read; null means all within its municipalities. */
export function visibleOrganizationIds(actor: Actor): number[] | null {
  return actor.role === Role.SCHOOL ? [actor.organizationId ?? -1] : null
}

export function roleName(role: Role): string {
  return {
    ADMIN: 'администратор',
    SPECIALIST: 'специалист',
    SCHOOL: 'школа',
    MANAGER: 'руководитель',
    BI: 'BI',
  }[role]
}
