import { registerEnumType } from 'type-graphql'
import {
  ChangeSource, DirectionKind, GoodDirection, IndicatorLevel, MeasureStatusKind, OrganizationKind,
  RiskCombinator, RiskOperator, Role, RollupRule, ValueStatus, ValueType,
} from '../domain/enums.js'

type Described<E extends Record<string, string>> = { [K in keyof E]: string }

function register<E extends Record<string, string>>(enumObj: E, name: string, description: string, values: Described<E>): void {
  registerEnumType(enumObj, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  })
}

register(Role, 'Role', 'Роль пользователя или токена API', {
  ADMIN: 'Администратор: пользователи, токены, закрытие отчётных годов',
  SPECIALIST: 'Специалист управления образования: ведёт дорожную карту, планы и факты',
  SCHOOL: 'Ответственный в школе: вводит факты только своей организации',
  MANAGER: 'Руководитель: только чтение',
  BI: 'BI-система: только чтение по токену',
})
register(ValueType, 'ValueType', 'Тип значения показателя, по нему проверяется ввод', {
  PERCENT: 'Процент от 0 до 100',
  COUNT: 'Количество: целое, не отрицательное',
  SCORE: 'Балл: не отрицательный',
  MARK: 'Отметка от 1 до 5',
  BOOLEAN: 'Да (1) или нет (0)',
  TEXT: 'Текст: число не вводится, только примечание',
})
register(GoodDirection, 'GoodDirection', 'Что лучше для показателя', {
  UP: 'Больше — лучше',
  DOWN: 'Меньше — лучше',
  HOLD: 'Держать на уровне плана ± допуск',
})
register(IndicatorLevel, 'IndicatorLevel', 'Уровень показателя', {
  MUNICIPALITY: 'Муниципалитет',
  ORGANIZATION: 'Образовательная организация (и свод по муниципалитету)',
})
register(RollupRule, 'RollupRule', 'Как значения школ сводятся к муниципалитету', {
  SUM: 'Сумма',
  MEAN: 'Среднее',
  RATIO: 'По числителю и знаменателю',
  NONE: 'Не сводится, только ввод',
})
register(DirectionKind, 'DirectionKind', 'Уровень в дереве направлений', {
  GROUP: 'Группа механизмов',
  DIRECTION: 'Направление',
  SECTION: 'Подраздел направления',
})
register(OrganizationKind, 'OrganizationKind', 'Вид организации', {
  SCHOOL: 'Общеобразовательная организация (ОО)',
  KINDERGARTEN: 'Дошкольная образовательная организация (ДОО)',
  OTHER: 'Иная организация',
})
register(ValueStatus, 'ValueStatus', 'Статус факта относительно плана', {
  MET: 'План достигнут',
  NOT_MET: 'План не достигнут',
  NO_DATA: 'План есть, факта нет',
  NO_TARGET: 'Плана нет',
})
register(MeasureStatusKind, 'MeasureStatusKind', 'Статус мероприятия за год', {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  NOT_DONE: 'Не выполнено',
  CANCELLED: 'Отменено',
})
register(ChangeSource, 'ChangeSource', 'Откуда пришло изменение', {
  WEB: 'Веб-приложение',
  API: 'API по токену',
  IMPORT: 'Импорт файла',
  SEED: 'Начальные данные из документов',
  SYSTEM: 'Система',
})
register(RiskOperator, 'RiskOperator', 'Сравнение значения с порогом в правиле риска', {
  GTE: 'Больше или равно',
  GT: 'Больше',
  LTE: 'Меньше или равно',
  LT: 'Меньше',
})
register(RiskCombinator, 'RiskCombinator', 'Как соединены условия правила риска', {
  OR: '«и/или»: достаточно одного условия',
  AND: '«и»: нужны все условия',
})
