import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { Organization } from './organization.entity.js'
import { CreateOrganizationInput, OrganizationInput } from './organization.inputs.js'
import { createOrganization, deleteOrganization, updateOrganization } from './organization.service.js'

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Organization, { description: 'Добавить организацию' })
  createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'Данные' }) input: CreateOrganizationInput, @Ctx() { em, actor }: Context): Promise<Organization> {
    return createOrganization(em, actorOrThrow(actor), input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Organization, { description: 'Изменить организацию' })
  updateOrganization(
    @Arg('id', () => Int, { description: 'Идентификатор' }) id: number,
    @Arg('input', () => OrganizationInput, { description: 'Данные' }) input: OrganizationInput,
    @Ctx() { em, actor }: Context,
  ): Promise<Organization> {
    return updateOrganization(em, actorOrThrow(actor), id, input)
  }

  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => Boolean, { description: 'Удалить организацию со всеми её значениями' })
  deleteOrganization(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<boolean> {
    return deleteOrganization(em, actorOrThrow(actor), id)
  }

  @FieldResolver(() => Municipality, { description: 'Муниципалитет' })
  async municipality(@Root() o: Organization, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipality.load(o.municipality.id))!
  }
}
