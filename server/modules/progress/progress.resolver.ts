import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import { actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { roadmapProgress } from './progress.service.js'
import { RoadmapProgress } from './progress.types.js'

@Resolver()
export class ProgressResolver {
  @Authorized()
  @Query(() => RoadmapProgress, { description: 'План и факт дорожной карты за год: итоги по направлениям, темп, прогноз, свод по школам, отстающие показатели, просроченные мероприятия, школы в зоне риска' })
  progress(
    @Arg('roadmapId', () => Int, { description: 'Дорожная карта' }) roadmapId: number,
    @Arg('year', () => Int, { description: 'Год' }) year: number,
    @Ctx() { em, actor }: Context,
    @Arg('organizationId', () => Int, { nullable: true, description: 'Организация; не указана — муниципалитет' }) organizationId?: number | null,
  ): Promise<RoadmapProgress> {
    return roadmapProgress(em, actorOrThrow(actor), roadmapId, year, organizationId ?? null)
  }
}
