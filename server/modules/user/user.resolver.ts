import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Role } from '../../domain/enums.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { ApiToken } from './api-token.entity.js'
import { SESSION_COOKIE, SESSION_DAYS, createApiToken, login, logout, revokeApiToken } from './auth.service.js'
import { CreateUserInput, CreatedApiToken } from './user.inputs.js'
import { createUser } from './user.service.js'
import { User } from './user.entity.js'

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => User, { description: 'Вход: проверяет логин и пароль и открывает сессию (cookie httpOnly)' })
  async login(
    @Arg('login', () => String, { description: 'Логин' }) loginName: string,
    @Arg('password', () => String, { description: 'Пароль' }) password: string,
    @Ctx() { em, req, res }: Context,
  ): Promise<User> {
    const { user, secret } = await login(em, loginName, password, req.ip ?? req.socket.remoteAddress ?? 'unknown')
    res.cookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: SESSION_DAYS * 86400_000,
    })
    return user
  }

  @Mutation(() => Boolean, { description: 'Выход: закрывает сессию' })
  async logout(@Ctx() { em, req, res }: Context): Promise<boolean> {
    await logout(em, req.cookies?.[SESSION_COOKIE] as string | undefined)
    res.clearCookie(SESSION_COOKIE, { path: '/' })
    return true
  }

  @Query(() => User, { nullable: true, description: 'Текущий пользователь; null — вход не выполнен или вызов по токену' })
  async me(@Ctx() { em, actor }: Context): Promise<User | null> {
    return actor?.userId ? em.findOne(User, { id: actor.userId }) : null
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: 'Пользователи (администратор)' })
  users(@Ctx() { em, actor }: Context): Promise<User[]> {
    const { municipalityId } = actorOrThrow(actor)
    return em.find(User, municipalityId === null ? {} : { municipality: municipalityId }, { orderBy: { id: 'asc' } })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Создать пользователя (администратор; в пределах своего муниципалитета)' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'Данные' }) input: CreateUserInput, @Ctx() { em, actor }: Context): Promise<User> {
    return createUser(em, actorOrThrow(actor), input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiToken, { description: 'Выдать токен API только для чтения (роль BI или MANAGER); секрет в поле token показывается один раз' })
  createApiToken(
    @Arg('name', () => String, { description: 'Название' }) name: string,
    @Arg('role', () => Role, { description: 'Роль токена' }) role: Role,
    @Ctx() { em, actor }: Context,
    @Arg('municipalityId', () => Int, { nullable: true, description: 'Муниципалитет; не указан — муниципалитет администратора (у администратора региона — весь регион)' }) municipalityId?: number | null,
  ): Promise<CreatedApiToken> {
    return createApiToken(em, actorOrThrow(actor), name, role, municipalityId ?? null)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiToken, { description: 'Отозвать токен API' })
  revokeApiToken(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<ApiToken> {
    return revokeApiToken(em, actorOrThrow(actor), id)
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiToken], { description: 'Токены API (администратор)' })
  apiTokens(@Ctx() { em, actor }: Context): Promise<ApiToken[]> {
    const { municipalityId } = actorOrThrow(actor)
    return em.find(ApiToken, municipalityId === null ? {} : { municipality: municipalityId }, { orderBy: { id: 'asc' } })
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Муниципалитет; null — весь регион' })
  async municipality(@Root() u: User, @Ctx() { loaders }: Context): Promise<Municipality | null> {
    return u.municipality ? loaders.municipality.load(u.municipality.id) : null
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Организация (для роли SCHOOL)' })
  async organization(@Root() u: User, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return u.organization ? loaders.organization.load(u.organization.id) : null
  }
}
