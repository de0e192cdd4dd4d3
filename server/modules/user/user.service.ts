import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { assertMunicipality } from '../../auth/access.js'
import { hashPassword } from '../../auth/password.js'
import { Role } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited } from '../audit/audited-write.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import type { CreateUserInput } from './user.inputs.js'
import { User } from './user.entity.js'

export async function createUser(em: EntityManager, actor: Actor, input: CreateUserInput): Promise<User> {
  const login = input.login.trim()
  if (!/^[\p{L}\p{N}._-]{3,64}$/u.test(login)) throw badInput('Логин: от 3 до 64 букв, цифр, точек, дефисов или подчёркиваний')
  if (input.password.length < 8) throw badInput('Пароль должен быть не короче 8 знаков')
  if (!input.name.trim()) throw badInput('Укажите имя пользователя')
  if (await em.count(User, { login })) throw badInput(`Логин «${login}» уже занят`)
  let municipalityId = input.municipalityId ?? null
  let organization: Organization | null = null
  if (input.organizationId != null) {
    organization = await em.findOne(Organization, { id: input.organizationId })
    if (!organization) throw notFound('Организация', input.organizationId)
    municipalityId ??= organization.municipality.id
    if (organization.municipality.id !== municipalityId) throw badInput('Организация из другого муниципалитета')
  }
  if (input.role === Role.SCHOOL && !organization) throw badInput('Пользователю школы нужна организация')
  if (input.role !== Role.SCHOOL && organization) throw badInput('Организация указывается только для роли SCHOOL')
  if (municipalityId === null && ![Role.ADMIN, Role.MANAGER, Role.BI].includes(input.role))
    throw badInput('Специалисту и школе нужен муниципалитет')
  if (municipalityId !== null) {
    assertMunicipality(actor, municipalityId)
    if (!(await em.count(Municipality, { id: municipalityId }))) throw notFound('Муниципалитет', municipalityId)
  }
  const user = em.create(User, {
    login,
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    role: input.role,
    municipality: municipalityId ? em.getReference(Municipality, municipalityId) : null,
    organization,
    createdAt: new Date(),
  })
  return createAudited(em, actor, 'User', user, { login, name: user.name, role: user.role, municipalityId, organizationId: organization?.id ?? null })
}
