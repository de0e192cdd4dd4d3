// The one check of every text and number a request passes in, before any resolver runs: a text
// has no NUL (PostgreSQL refuses it) and fits its column, a Float is finite (a literal 1e309
// parses to Infinity). The database is never the validator.
import {
  GraphQLError, getNullableType, isInputObjectType, isListType, isNonNullType,
  type GraphQLInputType,
} from 'graphql'
import { MAX_IMPORT_BYTES } from '../modules/import/import-file.js'

/** Short texts are stored in varchar(255) columns. */
export const SHORT_TEXT = 255
/** Notes, names of indicators, texts of measures and documents. */
export const LONG_TEXT = 20_000

// Every text input is short unless listed here; the key is `InputType.field` or `Type.field(argument)`.
const LONG: Record<string, number> = Object.fromEntries([
  ...['note'].map((f) => `IndicatorValueInput.${f}`),
  ...['values'].map((f) => `NoteColumnInput.${f}`),
  ...['note', 'evidence'].map((f) => `MeasureStatusInput.${f}`),
  ...['title'].flatMap((f) => [`CreateDirectionInput.${f}`, `DirectionInput.${f}`]),
  ...['items'].map((f) => `DirectionPartInput.${f}`),
  ...['name', 'formula', 'numerator', 'denominator', 'source', 'notes'].flatMap((f) => [`CreateIndicatorInput.${f}`, `IndicatorInput.${f}`]),
  ...['text', 'deadlineText', 'responsibleText', 'expectedResult'].flatMap((f) => [`CreateMeasureInput.${f}`, `MeasureInput.${f}`]),
  ...['title', 'description'].map((f) => `CreateRiskRuleInput.${f}`),
  ...['title', 'approvalBody'].flatMap((f) => [`CreateRoadmapInput.${f}`, `RoadmapInput.${f}`]),
].map((key) => [key, LONG_TEXT]))

const LIMITS: Record<string, number> = {
  ...LONG,
  // Base64 of the largest file the import takes.
  'ImportValuesInput.contentBase64': Math.ceil(MAX_IMPORT_BYTES / 3) * 4,
  // Long passphrases are welcome; a megabyte to hash is not.
  'Mutation.login(password)': 1024,
  'CreateUserInput.password': 1024,
}

export const textLimit = (owner: string): number => LIMITS[owner] ?? SHORT_TEXT

const refuse = (path: string, message: string, details: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(`Неверное значение в ${path}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', path, ...details, http: { status: 400 } } })

/**
 * Walks one coerced argument value along its GraphQL type. `owner` names the argument or input
 * field whose limit applies; `path` is what the message shows («input[0].note»), `index` the
 * item of the list at `path` the value is. The path of an item is spelt only when it is refused:
 * a batch as columns has tens of thousands of items.
 */
export function checkInput(value: unknown, type: GraphQLInputType, owner: string, path: string, index?: number): void {
  if (value === null || value === undefined) return
  const nullable = getNullableType(isNonNullType(type) ? type.ofType : type) as GraphQLInputType
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return
    const list = pathOf(path, index)
    for (let i = 0; i < value.length; i++) checkInput(value[i], nullable.ofType, owner, list, i)
    return
  }
  if (isInputObjectType(nullable)) {
    const object = pathOf(path, index)
    for (const field of Object.values(nullable.getFields()))
      checkInput((value as Record<string, unknown>)[field.name], field.type, `${nullable.name}.${field.name}`, `${object}.${field.name}`)
    return
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw refuse(pathOf(path, index), 'текст содержит нулевой символ (U+0000); уберите его')
    const limit = textLimit(owner)
    if (value.length > limit) throw refuse(pathOf(path, index), `текст длиннее ${limit} знаков (${value.length})`, { limit })
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw refuse(pathOf(path, index), 'ожидается конечное число')
}

const pathOf = (path: string, index: number | undefined): string => (index === undefined ? path : `${path}[${index}]`)
