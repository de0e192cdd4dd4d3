import type { Rel } from '@mikro-orm/core'
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { DirectionKind } from '../../domain/enums.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { DirectionPart } from './direction-part.type.js'

@ObjectType({ description: 'Направление дорожной карты: группа механизмов, направление или подраздел' })
@Entity({ tableName: 'direction' })
@Index({ properties: ['roadmap', 'position'] })
export class Direction {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Roadmap, deleteRule: 'cascade' })
  roadmap!: Rel<Roadmap>

  @ManyToOne({ entity: () => Direction, nullable: true, deleteRule: 'cascade' })
  parent: Rel<Direction> | null = null

  @Field(() => DirectionKind, { description: 'Уровень в дереве' })
  @Enum({ items: () => DirectionKind, type: 'string' })
  kind!: DirectionKind

  @Field(() => String, { description: 'Код, как в документе: «1», «1.2», «I»' })
  @Property({ type: 'string' })
  code!: string

  @Field(() => String, { description: 'Наименование' })
  @Property({ type: 'text' })
  title!: string

  @Field(() => Int, { description: 'Порядок в документе (сквозной по дорожной карте)' })
  @Property({ type: 'integer' })
  position!: number

  @Field(() => [DirectionPart], { description: 'Текстовые части: цели, задачи, показатели, методы сбора информации и др.' })
  @Property({ type: 'json' })
  parts: DirectionPart[] = []
}
