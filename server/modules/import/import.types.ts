import { Field, InputType, Int, ObjectType } from 'type-graphql'
import { Indicator } from '../indicator/indicator.entity.js'
import { Organization } from '../organization/organization.entity.js'

@InputType({ description: 'Файл для импорта значений: XLSX или CSV в формате выгрузки Ориентира или таблица документа (показатель, единица, годы)' })
export class ImportValuesInput {
  @Field(() => Int, { description: 'Дорожная карта' }) roadmapId!: number
  @Field(() => String, { description: 'Имя файла (.xlsx, .csv или .txt)' }) fileName!: string
  @Field(() => String, { description: 'Содержимое файла в base64' }) contentBase64!: string
  @Field(() => Int, { nullable: true, description: 'Чьи значения в таблице по годам; не указано — муниципалитета' }) organizationId?: number | null
  @Field(() => Boolean, { nullable: true, description: 'Столбцы годов без подзаголовка «План/Факт» — это факт (по умолчанию план)' }) yearsAreActuals?: boolean | null
  @Field(() => Boolean, { description: 'true — только показать изменения, false — записать (всё или ничего)' }) dryRun!: boolean
}

@ObjectType({ description: 'Изменение одной ячейки при импорте' })
export class ImportChangeType {
  @Field(() => Int, { description: 'Строка файла' }) row!: number
  @Field(() => Indicator, { description: 'Показатель' }) indicator!: Indicator
  @Field(() => Organization, { nullable: true, description: 'Организация; null — муниципалитет' }) organization!: Organization | null
  @Field(() => Int, { description: 'Год' }) year!: number
  @Field(() => String, { description: 'Поле: target, actual или note' }) field!: string
  @Field(() => String, { nullable: true, description: 'Было' }) oldValue!: string | null
  @Field(() => String, { nullable: true, description: 'Станет' }) newValue!: string | null
}

@ObjectType({ description: 'Ошибка в строке файла' })
export class ImportRowError {
  @Field(() => Int, { description: 'Строка файла' }) row!: number
  @Field(() => String, { description: 'Что не так' }) message!: string
}

@ObjectType({ description: 'Итог импорта' })
export class ImportResultType {
  @Field(() => String, { description: 'Распознанный формат: flat — выгрузка Ориентира, matrix — таблица по годам' }) layout!: string
  @Field(() => String, { nullable: true, description: 'Кодировка текстового файла: utf-8, utf-8-bom, utf-16le, utf-16be (Юникод-текст Excel) или windows-1251 (CSV Excel в России); null — XLSX' }) encoding!: string | null
  @Field(() => Boolean, { description: 'Это был пробный прогон' }) dryRun!: boolean
  @Field(() => Boolean, { description: 'Изменения записаны' }) applied!: boolean
  @Field(() => [ImportChangeType], { description: 'Изменения по ячейкам' }) changes!: ImportChangeType[]
  @Field(() => [ImportRowError], { description: 'Ошибки по строкам; при ошибках ничего не записывается' }) errors!: ImportRowError[]
  @Field(() => Int, { description: 'Ячеек без изменений' }) unchanged!: number
}
