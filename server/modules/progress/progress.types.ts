import { Field, Float, Int, ObjectType } from 'type-graphql'
import { ValueStatus } from '../../domain/enums.js'
import { Direction } from '../direction/direction.entity.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Measure } from '../measure/measure.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { RiskRule } from '../risk-rule/risk-rule.entity.js'

@ObjectType({ description: 'Сколько показателей достигли плана, не достигли, без факта, без плана' })
export class StatusCountsType {
  @Field(() => Int, { description: 'Достигнут' }) met!: number
  @Field(() => Int, { description: 'Не достигнут' }) notMet!: number
  @Field(() => Int, { description: 'Нет факта' }) noData!: number
  @Field(() => Int, { description: 'Нет плана' }) noTarget!: number
  @Field(() => Int, { description: 'Всего показателей' }) total!: number
}

@ObjectType({ description: 'Свод значений школ к муниципалитету по правилу показателя' })
export class RollupType {
  @Field(() => Float, { nullable: true, description: 'Значение свода' }) value!: number | null
  @Field(() => Int, { description: 'Сколько школ дали значение' }) count!: number
  @Field(() => Boolean, { description: 'Введённое значение муниципалитета расходится со сводом' }) disagrees!: boolean
}

@ObjectType({ description: 'Ход выполнения одного показателя за год' })
export class IndicatorProgress {
  @Field(() => Indicator, { description: 'Показатель' }) indicator!: Indicator
  @Field(() => ValueStatus, { description: 'Статус за год' }) status!: ValueStatus
  @Field(() => Float, { nullable: true, description: 'План за год' }) target!: number | null
  @Field(() => Float, { nullable: true, description: 'Факт за год' }) actual!: number | null
  @Field(() => Float, { nullable: true, description: 'Отклонение: факт − план' }) deviation!: number | null
  @Field(() => Float, { nullable: true, description: 'Достижение плана, %' }) achievement!: number | null
  @Field(() => Float, { nullable: true, description: 'План последнего года дорожной карты' }) finalTarget!: number | null
  @Field(() => Int, { nullable: true, description: 'Год последнего факта' }) lastActualYear!: number | null
  @Field(() => Float, { nullable: true, description: 'Нужный темп: изменение в год от последнего факта до плана последнего года' }) requiredPace!: number | null
  @Field(() => Float, { nullable: true, description: 'Темп до сих пор: среднее изменение факта в год' }) paceSoFar!: number | null
  @Field(() => Float, { nullable: true, description: 'Линейный прогноз на последний год' }) forecast!: number | null
  @Field(() => Boolean, { description: 'Прогноз не достигает плана последнего года' }) forecastMisses!: boolean
  @Field(() => Boolean, { description: 'Отстаёт: план года не достигнут или прогноз не достигает плана' }) isLagging!: boolean
  @Field(() => RollupType, { nullable: true, description: 'Свод по школам (для показателей уровня организации, в разрезе муниципалитета)' }) rollup!: RollupType | null
}

@ObjectType({ description: 'Итог по направлению за год' })
export class DirectionProgress {
  @Field(() => Direction, { description: 'Направление' }) direction!: Direction
  @Field(() => StatusCountsType, { description: 'Показатели направления со всеми подразделами' }) counts!: StatusCountsType
}

@ObjectType({ description: 'Мероприятие выполнено, а его показатель всё ещё отстаёт' })
export class DoneButLagging {
  @Field(() => Measure, { description: 'Мероприятие' }) measure!: Measure
  @Field(() => Indicator, { description: 'Показатель' }) indicator!: Indicator
}

@ObjectType({ description: 'Значение условия правила риска в году окна' })
export class RiskClauseValue {
  @Field(() => Int, { description: 'Порядок условия в правиле (с 0)' }) clauseIndex!: number
  @Field(() => Indicator, { description: 'Показатель условия' }) indicator!: Indicator
  @Field(() => Float, { nullable: true, description: 'Факт школы за год; null — нет данных' }) value!: number | null
  @Field(() => Boolean, { description: 'Значение выходит за порог условия' }) trips!: boolean
}

@ObjectType({ description: 'Год окна, в котором условие правила выполнилось, со значениями всех его условий' })
export class RiskYear {
  @Field(() => Int, { description: 'Год' }) year!: number
  @Field(() => [RiskClauseValue], { description: 'Значения условий за год' }) values!: RiskClauseValue[]
}

@ObjectType({ description: 'Школа, выявленная правилом риска: правило и значения каждого года, в котором оно выполнилось' })
export class RiskFlag {
  @Field(() => Organization, { description: 'Школа' }) organization!: Organization
  @Field(() => RiskRule, { description: 'Правило' }) rule!: RiskRule
  @Field(() => Indicator, { nullable: true, description: 'Показатель первого условия правила' }) indicator!: Indicator | null
  @Field(() => [RiskYear], { description: 'Годы окна, в которых условие выполнилось, по возрастанию' }) years!: RiskYear[]
}

@ObjectType({ description: 'Ход выполнения дорожной карты за год' })
export class RoadmapProgress {
  @Field(() => Int, { description: 'Год' }) year!: number
  @Field(() => Int, { nullable: true, description: 'Организация; null — муниципалитет' }) organizationId!: number | null
  @Field(() => StatusCountsType, { description: 'Итог по всем показателям' }) counts!: StatusCountsType
  @Field(() => [DirectionProgress], { description: 'Итоги по направлениям в порядке документа' }) directions!: DirectionProgress[]
  @Field(() => [IndicatorProgress], { description: 'Показатели' }) indicators!: IndicatorProgress[]
  @Field(() => [Indicator], { description: 'Отстающие показатели без действующего мероприятия' }) laggingWithoutMeasure!: Indicator[]
  @Field(() => [DoneButLagging], { description: 'Выполненные мероприятия, чей показатель всё ещё отстаёт' }) doneButLagging!: DoneButLagging[]
  @Field(() => [Measure], { description: 'Просроченные за год мероприятия: срок по дате прошёл, а мероприятие не выполнено' }) overdueMeasures!: Measure[]
  @Field(() => [Measure], { description: 'Мероприятия без срока по дате (весь период, по событию, между сроками раз в несколько лет), за год без статуса: не просрочены, но о них не отчитались' }) unreportedMeasures!: Measure[]
  @Field(() => [RiskFlag], { description: 'Школы в зоне риска по правилам' }) schoolsAtRisk!: RiskFlag[]
}
