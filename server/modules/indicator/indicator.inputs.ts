import { Field, Float, InputType, Int } from 'type-graphql'
import { GoodDirection, IndicatorLevel, RollupRule, ValueType } from '../../domain/enums.js'

@InputType({ description: 'Данные показателя; при изменении не указанные поля не меняются' })
export class IndicatorInput {
  @Field(() => String, { nullable: true, description: 'Код' })
  code?: string

  @Field(() => String, { nullable: true, description: 'Наименование' })
  name?: string

  @Field(() => String, { nullable: true, description: 'Единица измерения' })
  unit?: string

  @Field(() => ValueType, { nullable: true, description: 'Тип значения' })
  valueType?: ValueType

  @Field(() => Int, { nullable: true, description: 'Знаков после запятой (0..4)' })
  decimals?: number

  @Field(() => Float, { nullable: true, description: 'Нижняя граница шкалы (по умолчанию по типу: процент 0, отметка 1)' })
  minValue?: number | null

  @Field(() => Float, { nullable: true, description: 'Верхняя граница шкалы (по умолчанию по типу: процент 100, отметка 5)' })
  maxValue?: number | null

  @Field(() => GoodDirection, { nullable: true, description: 'Что лучше' })
  goodDirection?: GoodDirection

  @Field(() => Float, { nullable: true, description: 'Допуск для HOLD' })
  tolerance?: number | null

  @Field(() => IndicatorLevel, { nullable: true, description: 'Уровень' })
  level?: IndicatorLevel

  @Field(() => RollupRule, { nullable: true, description: 'Правило свода' })
  rollup?: RollupRule

  @Field(() => String, { nullable: true, description: 'Формула' })
  formula?: string | null

  @Field(() => String, { nullable: true, description: 'Числитель' })
  numerator?: string | null

  @Field(() => String, { nullable: true, description: 'Знаменатель' })
  denominator?: string | null

  @Field(() => String, { nullable: true, description: 'Источник данных' })
  source?: string | null

  @Field(() => String, { nullable: true, description: 'Периодичность' })
  periodicity?: string | null

  @Field(() => String, { nullable: true, description: 'Примечание' })
  notes?: string | null
}

@InputType({ description: 'Новый показатель' })
export class CreateIndicatorInput extends IndicatorInput {
  @Field(() => Int, { description: 'Направление' })
  directionId!: number
}
