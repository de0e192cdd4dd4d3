import type { Opt, Rel } from '@mikro-orm/core'
import { Collection, Entity, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { Direction } from '../direction/direction.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { scheduleOf } from './deadline-parser.js'
import type { Schedule } from './schedule.js'

@ObjectType({ description: 'Мероприятие дорожной карты: текст, срок, ответственные, ожидаемый результат' })
@Entity({ tableName: 'measure' })
@Index({ properties: ['roadmap', 'position'] })
export class Measure {
  [OptionalProps]?: 'isIndicatorLinkInferred'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Roadmap, deleteRule: 'cascade' })
  roadmap!: Rel<Roadmap>

  @ManyToOne({ entity: () => Direction, deleteRule: 'cascade' })
  direction!: Rel<Direction>

  @Field(() => String, { description: 'Номер мероприятия, как в документе' })
  @Property({ type: 'string' })
  code!: string

  @Field(() => String, { description: 'Текст мероприятия дословно' })
  @Property({ type: 'text' })
  text!: string

  @Field(() => String, { description: 'Срок дословно: «Весь период», «Ежегодно, август», «Март 2021 года»' })
  @Property({ type: 'text' })
  deadlineText!: string

  /** The deadline read into a schedule. Read from the text, never stored: a better reading reaches every measure at once. */
  get schedule(): Opt<Schedule> {
    return scheduleOf(this.deadlineText)
  }

  @Field(() => String, { description: 'Ответственные дословно' })
  @Property({ type: 'text' })
  responsibleText!: string

  @Field(() => [String], { description: 'Ответственные, разобранные по участникам' })
  @Property({ type: 'json' })
  responsibleParties: string[] = []

  @Field(() => String, { nullable: true, description: 'Ожидаемый результат' })
  @Property({ type: 'text', nullable: true })
  expectedResult: string | null = null

  @Field(() => Int, { description: 'Порядок в дорожной карте' })
  @Property({ type: 'integer' })
  position!: number

  @Field(() => Boolean, { description: 'Связь с показателями выведена при загрузке (показатели раздела), документ её не устанавливает; специалист может её изменить' })
  @Property({ type: 'boolean' })
  isIndicatorLinkInferred: boolean = false

  // The indicators this measure is meant to move: lagging ones without a measure are listed.
  @ManyToMany({ entity: () => Indicator, pivotTable: 'measure_indicator', owner: true })
  indicators = new Collection<Indicator>(this)
}
