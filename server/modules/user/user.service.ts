import type { EntityManager } from '@mikro-orm/core'
import { UniqueConstraintViolationException } from '../../mikro-orm.js'
import type { Actor } from '../../auth/actor.js'
import { assertGrantableScope, assertMunicipality } from '../../auth/access.js'
import { MAX_PASSWORD_LENGTH, hashPassword } from '../../auth/password.js'
import { Role } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited } from '../audit/audited-write.js'
import { LOGIN_PATTERN } from './auth.service.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import type { CreateUserInput } from './user.inputs.js'
import { User } from './user.entity.js'

export async function createUser(em: EntityManager, actor: Actor, input: CreateUserInput): Promise<User> {
  const login = input.login.trim()
  if (!LOGIN_PATTERN.test(login)) throw badInput('Логин: от 3 до 64 букв, цифр, точек, дефисов или подчёркиваний')
  if (input.password.length < 8) throw badInput('Пароль должен быть не короче 8 знаков')
  if (input.password.length > MAX_PASSWORD_LENGTH) throw badInput(`Пароль длиннее ${MAX_PASSWORD_LENGTH} знаков`)
  if (!input.name.trim()) throw badInput('Укажите имя пользователя')
  let organization: Organization | null = null
  if (input.organizationId != null) {
    organization = await em.findOne(Organization, { id: input.organizationId })
    if (!organization) throw notFound('Организация', input.organizationId)
  }
  const municipalityId = input.municipalityId ?? organization?.municipality.id ?? null
  // Scope first: a scoped admin learns nothing more and grants nothing beyond its municipality.
  assertGrantableScope(actor, municipalityId)
  if (organization) assertMunicipality(actor, organization.municipality.id)
  if (organization && organization.municipality.id !== municipalityId) throw badInput('Организация из другого муниципалитета')
  if (input.role === Role.SCHOOL && !organization) throw badInput('Пользователю школы нужна организация')
  if (input.role !== Role.SCHOOL && organization) throw badInput('Организация указывается только для роли SCHOOL')
  if (municipalityId === null && ![Role.ADMIN, Role.MANAGER, Role.BI].includes(input.role))
    throw badInput('Специалисту и школе нужен муниципалитет')
  if (municipalityId !== null && !(await em.count(Municipality, { id: municipalityId }))) throw notFound('Муниципалитет', municipalityId)
  if (await em.count(User, { login })) throw badInput(`Логин «${login}» уже занят`)
  const user = em.create(User, {
    login,
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    role: input.role,
    municipality: municipalityId ? em.getReference(Municipality, municipalityId) : null,
    organization,
    createdAt: new Date(),
  })
  try {
    return await createAudited(em, actor, 'User', user, { login, name: user.name, role: user.role, municipalityId, organizationId: organization?.id ?? null })
  } catch (err) {
    // Two admins creating the same login at once: the unique index decides, the loser is told why.
    if (err instanceof UniqueConstraintViolationException) throw badInput(`Логин «${login}» уже занят`)
    throw err
  }
}
