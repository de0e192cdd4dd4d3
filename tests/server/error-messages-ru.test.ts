import { describe, expect, it } from 'vitest'
import { shorten, toRussian } from '../../server/graphql/error-messages-ru.js'

describe('toRussian', () => {
  it('says a variable that failed coercion in Russian, naming the cell', () => {
    expect(toRussian('Variable "$input" got invalid value "50" at "input[0].actual"; Float cannot represent non numeric value: "50"', 'BAD_USER_INPUT'))
      .toBe('Неверное значение "50" в input[0].actual: ожидается число')
  })

  it('keeps graphql-js suggestions, in Russian', () => {
    expect(toRussian('Variable "$r" got invalid value "bi"; Value "bi" does not exist in "Role" enum. Did you mean the enum value "BI"?', 'BAD_USER_INPUT'))
      .toBe('Неверное значение "bi" в r: нет такого значения перечисления Role. Возможно, имелось в виду: BI')
  })

  it('translates a literal its scalar refuses', () => {
    expect(toRussian('Int cannot represent non 32-bit signed integer value: 99999999999', 'GRAPHQL_VALIDATION_FAILED'))
      .toBe('Неверное значение 99999999999: ожидается целое число от −2147483648 до 2147483647')
  })

  it('translates validation, syntax and HTTP refusals', () => {
    expect(toRussian('Cannot query field "nope" on type "Query".', 'GRAPHQL_VALIDATION_FAILED')).toBe('В типе Query нет поля «nope»')
    expect(toRussian('Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED')).toBe('Синтаксическая ошибка в запросе GraphQL: ожидалось имя, найдено конец запроса')
    expect(toRussian('Operation batching disabled.', 'BAD_REQUEST')).toBe('Пакет из нескольких операций (массив) не принимается: отправляйте по одной операции')
    expect(toRussian('GET requests only support query operations, not mutation operations', 'BAD_REQUEST')).toMatch(/методом POST/)
  })

  it('keeps a Russian message as it is, and says an unknown English one in Russian by its code', () => {
    expect(toRussian('Ячейка заблокирована', 'FORBIDDEN')).toBe('Ячейка заблокирована')
    expect(toRussian('Something new in Apollo 6', 'GRAPHQL_VALIDATION_FAILED')).toBe('Запрос не соответствует схеме GraphQL')
  })

  it('translates an English message that quotes a Russian value', () => {
    expect(toRussian('Variable "$n" got invalid value 5; String cannot represent a non string value: 5', 'BAD_USER_INPUT')).toBe('Неверное значение 5 в n: ожидается строка')
    expect(toRussian('Value "школа" does not exist in "OrganizationKind" enum.', 'GRAPHQL_VALIDATION_FAILED')).toBe('Нет значения «школа» в перечислении OrganizationKind')
  })

  it('never echoes a long value whole', () => {
    expect(shorten('я'.repeat(1000))).toHaveLength(58)
  })
})
