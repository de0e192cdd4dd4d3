import type { Rel } from '@mikro-orm/core'
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { DirectionPart } from '../direction/direction-part.type.js'
import { Municipality } from '../municipality/municipality.entity.js'

@ObjectType({ description: 'Дорожная карта (программа) муниципалитета с периодом и базовыми годами' })
@Entity({ tableName: 'roadmap' })
export class Roadmap {
  [OptionalProps]?: 'isPeriodStated' | 'parts'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' })
  municipality!: Rel<Municipality>

  @Field(() => String, { description: 'Название, как в документе' })
  @Property({ type: 'text' })
  title!: string

  @Field(() => Int, { description: 'Первый год периода дорожной карты' })
  @Property({ type: 'integer' })
  periodFrom!: number

  @Field(() => Int, { description: 'Последний год периода дорожной карты' })
  @Property({ type: 'integer' })
  periodTo!: number

  @Field(() => Boolean, { description: 'Период указан в документе; false — документ срок не указывает, годы периода заданы условно и их устанавливает специалист' })
  @Property({ type: 'boolean' })
  isPeriodStated: boolean = true

  @Field(() => [DirectionPart], { description: 'Паспорт программы: цели, задачи, ожидаемые результаты … с пунктами по порядку, как в документе' })
  @Property({ type: 'json' })
  parts: DirectionPart[] = []

  @Field(() => Int, { nullable: true, description: 'Первый базовый год (история до начала периода)' })
  @Property({ type: 'integer', nullable: true })
  baselineFrom: number | null = null

  @Field(() => Int, { nullable: true, description: 'Последний базовый год' })
  @Property({ type: 'integer', nullable: true })
  baselineTo: number | null = null

  @Field(() => String, { nullable: true, description: 'Номер утверждающего документа (приказа)' })
  @Property({ type: 'string', nullable: true })
  approvalNumber: string | null = null

  @Field(() => String, { nullable: true, description: 'Дата утверждающего документа, ГГГГ-ММ-ДД' })
  @Property({ type: 'string', nullable: true })
  approvalDate: string | null = null

  @Field(() => String, { nullable: true, description: 'Орган, утвердивший документ' })
  @Property({ type: 'text', nullable: true })
  approvalBody: string | null = null

  @Field(() => String, { nullable: true, description: 'Файл исходного документа' })
  @Property({ type: 'string', nullable: true })
  sourceDocument: string | null = null

  @Field(() => [Int], { description: 'Закрытые отчётные годы: значения в них не меняются' })
  @Property({ type: 'json' })
  lockedYears: number[] = []
}
