import type { Rel } from '@mikro-orm/core'
import { Entity, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { Direction } from './direction.entity.js'

@ObjectType({ description: 'Ожидаемый результат направления за год (текстовый результат, не число)' })
@Entity({ tableName: 'expected_result' })
export class ExpectedResult {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Direction, deleteRule: 'cascade' })
  direction!: Rel<Direction>

  @Field(() => Int, { description: 'Номер строки в таблице документа' })
  @Property({ type: 'integer' })
  rowNo!: number

  @Field(() => Int, { description: 'Год' })
  @Property({ type: 'integer' })
  year!: number

  @Field(() => String, { description: 'Ожидаемый результат дословно' })
  @Property({ type: 'text' })
  text!: string
}
