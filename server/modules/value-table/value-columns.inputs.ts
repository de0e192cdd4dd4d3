import { Field, Float, InputType, Int } from 'type-graphql'

@InputType({ description: 'Значения одного поля для части ячеек пакета: i-е значение записывается в ячейку номер cells[i]' })
export class ValueColumnInput {
  @Field(() => [Int], { description: 'Номера ячеек пакета (с 0), в которые записывается поле; каждая не больше одного раза' })
  cells!: number[]

  @Field(() => [Float], { nullable: 'items', description: 'Значения в том же порядке; null — очистить' })
  values!: (number | null)[]
}

@InputType({ description: 'Примечания для части ячеек пакета: i-е примечание записывается в ячейку номер cells[i]' })
export class NoteColumnInput {
  @Field(() => [Int], { description: 'Номера ячеек пакета (с 0), в которые записывается примечание; каждая не больше одного раза' })
  cells!: number[]

  @Field(() => [String], { nullable: 'items', description: 'Примечания в том же порядке; null — очистить' })
  values!: (string | null)[]
}

@InputType({
  description:
    'Пакет ячеек по столбцам: i-й элемент indicatorIds, organizationIds, years и expectedVersions относится к i-й ячейке. ' +
    'Записываемые поля — отдельными столбцами по номерам ячеек; поле, не указанное для ячейки, не меняется. ' +
    'То же, что setIndicatorValues с теми же ячейками, в компактной форме',
})
export class ValueColumnsInput {
  @Field(() => [Int], { description: 'Показатель каждой ячейки' })
  indicatorIds!: number[]

  @Field(() => [Int], { nullable: 'items', description: 'Организация каждой ячейки; null — значение муниципалитета' })
  organizationIds!: (number | null)[]

  @Field(() => [Int], { description: 'Год каждой ячейки' })
  years!: number[]

  @Field(() => [Int], {
    nullable: 'itemsAndList',
    description: 'Версия каждой ячейки, которую видел клиент (0 — ячейка ещё не записывалась); null или столбец не указан — запись без проверки версии',
  })
  expectedVersions?: (number | null)[] | null

  @Field(() => ValueColumnInput, { nullable: true, description: 'План: какие ячейки и что записать' })
  targets?: ValueColumnInput | null

  @Field(() => ValueColumnInput, { nullable: true, description: 'Факт: какие ячейки и что записать' })
  actuals?: ValueColumnInput | null

  @Field(() => NoteColumnInput, { nullable: true, description: 'Примечание: какие ячейки и что записать' })
  notes?: NoteColumnInput | null
}
