import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { actorOrThrow, assertMunicipality, assertRegionWide } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Role } from '../../domain/enums.js'
import { badInput, notFound } from '../../errors.js'
import { createAudited } from '../audit/audited-write.js'
import { Organization } from '../organization/organization.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { Municipality } from './municipality.entity.js'

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Authorized()
  @Query(() => [Municipality], { description: 'Муниципалитеты, доступные вызывающему' })
  municipalities(@Ctx() { em, actor }: Context): Promise<Municipality[]> {
    const { municipalityId } = actorOrThrow(actor)
    return em.find(Municipality, municipalityId === null ? {} : { id: municipalityId }, { orderBy: { id: 'asc' } })
  }

  @Authorized()
  @Query(() => Municipality, { description: 'Муниципалитет по идентификатору' })
  async municipality(@Arg('id', () => Int, { description: 'Идентификатор' }) id: number, @Ctx() { em, actor }: Context): Promise<Municipality> {
    const municipality = await em.findOne(Municipality, { id })
    if (!municipality) throw notFound('Муниципалитет', id)
    assertMunicipality(actorOrThrow(actor), id)
    return municipality
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Municipality, { description: 'Добавить муниципалитет (администратор региона)' })
  async createMunicipality(
    @Arg('name', () => String, { description: 'Наименование' }) name: string,
    @Arg('region', () => String, { description: 'Субъект РФ' }) region: string,
    @Ctx() { em, actor }: Context,
  ): Promise<Municipality> {
    assertRegionWide(actorOrThrow(actor), 'Добавлять муниципалитеты')
    if (!name.trim() || !region.trim()) throw badInput('Укажите наименование и субъект РФ')
    if (await em.count(Municipality, { name: name.trim() })) throw badInput(`Муниципалитет «${name.trim()}» уже есть`)
    const row = em.create(Municipality, { name: name.trim(), region: region.trim(), isSynthetic: false })
    return createAudited(em, actorOrThrow(actor), 'Municipality', row, { name: row.name, region: row.region })
  }

  @FieldResolver(() => [Organization], { description: 'Образовательные организации (школе — только своя)' })
  async organizations(@Root() m: Municipality, @Ctx() { loaders, actor }: Context): Promise<Organization[]> {
    const all = await loaders.organizationsOfMunicipality.load(m.id)
    return actor?.role === Role.SCHOOL ? all.filter((o) => o.id === actor.organizationId) : all
  }

  @FieldResolver(() => [Roadmap], { description: 'Дорожные карты муниципалитета' })
  roadmaps(@Root() m: Municipality, @Ctx() { em }: Context): Promise<Roadmap[]> {
    return em.find(Roadmap, { municipality: m.id }, { orderBy: { id: 'asc' } })
  }
}
