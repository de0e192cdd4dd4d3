import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow, assertMunicipality } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { OrganizationKind } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-write.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from './organization.entity.js'
import { CreateOrganizationInput, OrganizationInput } from './organization.inputs.js'

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Organization, { description: 'Добавить организацию' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'Данные' }) input: CreateOrganizationInput, @Ctx() { em, actor }: Context): Promise<Organization> {
    const a = actorOrThrow(actor)
    assertMunicipality(a, input.municipalityId)
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
    return createAudited(em, a, 'Organization', row, { name: row.name, shortName: row.shortName, kind: row.kind, aliases: row.aliases })
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Organization, { description: 'Изменить организацию' })
  async updateOrganization(
    @Arg('id', () => Int, { description: 'Идентификатор' }) id: number,
    @Arg('input', () => OrganizationInput, { description: 'Данные' }) input: OrganizationInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Organization> {
    const row = await this.orThrow(em, actor, id)
    if (input.name !== undefined && !input.name.trim()) throw badInput('Наименование не может быть пустым')
    return updateAudited(em, actorOrThrow(actor), 'Organization', row, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить организацию со всеми её значениями' })
  async deleteOrganization(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    const row = await this.orThrow(em, actor, id)
    return deleteAudited(em, actorOrThrow(actor), 'Organization', row, { name: row.name })
  }

  @FieldResolver(() => Municipality, { description: 'Муниципалитет' })
  async municipality(@Root() o: Organization, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipality.load(o.municipality.id))!
  }

  private async orThrow(em: Context['em'], actor: Context['actor'], id: number): Promise<Organization> {
    const row = await em.findOne(Organization, { id })
    if (!row) throw notFound('Организация', id)
    assertMunicipality(actorOrThrow(actor), row.municipality.id)
    return row
  }
}
