// The hostile corpus: malformed and hostile requests, generated from the committed schema
// (every argument of every operation, and every field of their inputs) and from a table of
// whole-request cases. Every one of them must be refused, in Russian JSON, without a 500.
import { readFileSync } from 'node:fs'
import {
  buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql'

export interface Fixtures {
  municipalityId: number
  organizationId: number
  roadmapId: number
  directionId: number
  indicatorId: number
  measureId: number
  apiTokenId: number
}

export interface HostileRequest {
  name: string
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
  /** Query string of a GET, without the «?». */
  search?: string
  /** Sent as they are: none given, none sent (fetch itself adds text/plain to a string body). */
  headers?: Record<string, string>
  body?: string | Buffer
}

const ONE_MB = 1024 * 1024
const json = { 'content-type': 'application/json' }
const UNKNOWN_ID = 999999

export const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'))

// Each value is JSON text, so that 1e309 reaches the server as the client wrote it.
const INT = { string: '"42"', fraction: '1.5', boolean: 'true', 'over 32 bits': '2147483648', '1e309': '1e309', '-1e309': '-1e309', 'NaN string': '"NaN"', object: '{}' }
const REFERENCE = { 'unknown id': String(UNKNOWN_ID), 'negative id': '-1' }
const YEAR = { 'year 0': '0', 'year 100000': '100000' }
const FLOAT = { string: '"50"', 'NaN string': '"NaN"', 'Infinity string': '"Infinity"', '1e309': '1e309', '-1e309': '-1e309', boolean: 'true' }
const STRING = { number: '123', 'NUL byte': JSON.stringify('до\u0000после'), '1 MB': JSON.stringify('я'.repeat(ONE_MB)), object: '{}', list: '["a"]' }
const BOOLEAN = { string: '"true"', number: '1', word: '"yes"' }
const INPUT_OBJECT = { string: '"text"', 'unknown field': '{"bogus":1}', list: '[[1]]' }

const PART = { key: 'goals', label: 'Цели:', items: ['Пункт'] }

/** A valid argument set for each operation; the corpus spoils one argument or field at a time. */
function baselines(f: Fixtures): Record<string, Record<string, unknown>> {
  return {
    direction: { id: f.directionId },
    indicator: { id: f.indicatorId },
    municipality: { id: f.municipalityId },
    roadmap: { id: f.roadmapId },
    roadmaps: { municipalityId: f.municipalityId },
    indicatorValues: { first: 5, filter: { roadmapId: f.roadmapId } },
    measures: { first: 5, filter: { roadmapId: f.roadmapId } },
    progress: { roadmapId: f.roadmapId, year: 2022 },
    valueHistory: { indicatorId: f.indicatorId, year: 2022 },
    valueTable: { roadmapId: f.roadmapId, organizationId: f.organizationId, municipalityOnly: false, years: [2022] },
    createApiToken: { name: 'Враждебный токен', role: 'BI', municipalityId: f.municipalityId },
    createDirection: { input: { roadmapId: f.roadmapId, code: '99', title: 'Враждебное направление', parts: [PART] } },
    createIndicator: { input: { directionId: f.directionId, code: '99.1', name: 'Враждебный показатель', unit: '%' } },
    createMeasure: { input: { directionId: f.directionId, code: '99', text: 'Враждебное мероприятие' } },
    createMunicipality: { name: 'Враждебный округ', region: 'Область' },
    createOrganization: { input: { municipalityId: f.municipalityId, name: 'Враждебная школа', shortName: 'ВШ' } },
    createRiskRule: { input: { code: 'R99', indicatorId: f.indicatorId, operator: 'GTE', threshold: 20, title: 'Враждебное правило' } },
    createRoadmap: { input: { municipalityId: f.municipalityId, title: 'Враждебная карта', periodFrom: 2021, periodTo: 2025 } },
    createUser: { input: { login: 'hostile_user', name: 'Враг', password: 'password-123', role: 'SPECIALIST', municipalityId: f.municipalityId } },
    deleteDirection: { id: f.directionId },
    deleteIndicator: { id: f.indicatorId },
    deleteMeasure: { id: f.measureId },
    deleteOrganization: { id: f.organizationId },
    deleteRoadmap: { id: f.roadmapId },
    importValues: { input: { contentBase64: Buffer.from('Код;2022\n1.1;50\n').toString('base64'), dryRun: true, fileName: 'values.csv', roadmapId: f.roadmapId } },
    login: { login: 'admin', password: 'not-the-password' },
    revokeApiToken: { id: f.apiTokenId },
    setIndicatorValues: { input: [{ indicatorId: f.indicatorId, year: 2022, actual: 50 }] },
    setValueColumns: {
      input: { indicatorIds: [f.indicatorId], organizationIds: [null], years: [2022], expectedVersions: [null], actuals: { cells: [0], values: [50] }, notes: { cells: [0], values: ['Примечание'] } },
    },
    setMeasureIndicators: { measureId: f.measureId, indicatorIds: [f.indicatorId] },
    setMeasureStatuses: { input: [{ measureId: f.measureId, year: 2022, status: 'DONE' }] },
    updateDirection: { id: f.directionId, input: { title: 'Новое название', parts: [PART] } },
    updateIndicator: { id: f.indicatorId, input: { name: 'Новое название' } },
    updateMeasure: { id: f.measureId, input: { text: 'Новый текст' } },
    updateOrganization: { id: f.organizationId, input: { name: 'Новое название' } },
    updateRoadmap: { id: f.roadmapId, input: { title: 'Новое название' } },
  }
}

/** Filters narrow a read: an unknown id there is an empty answer, not an error. */
const isFilter = (path: string[]): boolean => path.includes('filter')
const isReference = (name: string): boolean => name === 'id' || /Ids?$/.test(name)

function spoilers(type: GraphQLInputType, path: string[], isMutation: boolean): Record<string, string> {
  const named = getNamedType(type)
  const name = path[path.length - 1]
  const values: Record<string, string> = {}
  if (isNonNullType(type)) values.null = 'null'
  const nullable = getNullableType(type)
  if (isListType(nullable)) {
    const elements = spoilers(nullable.ofType as GraphQLInputType, path, isMutation)
    for (const [label, value] of Object.entries(elements)) values[`[${label}]`] = `[${value}]`
    return values
  }
  if (isEnumType(named)) {
    const first = named.getValues()[0].name
    return { ...values, unknown: '"BOGUS"', lowercase: JSON.stringify(first.toLowerCase()), number: '1' }
  }
  if (isInputObjectType(named)) return { ...values, ...INPUT_OBJECT }
  switch (named.name) {
    case 'Int':
      return {
        ...values, ...INT,
        ...(isReference(name) && !isFilter(path) ? REFERENCE : {}),
        ...(name === 'year' && isMutation ? YEAR : {}),
      }
    case 'Float': return { ...values, ...FLOAT }
    case 'String': return { ...values, ...STRING }
    case 'Boolean': return { ...values, ...BOOLEAN }
    default: return values
  }
}

/** Replaces the value at `path` inside args (the first element of a list) with a JSON-text marker. */
const MARK = '\u0001SPOILED\u0001'
function withMark(args: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const copy = structuredClone(args)
  let node: any = copy
  for (const key of path.slice(0, -1)) {
    if (Array.isArray(node[key])) node = node[key][0]
    else {
      node[key] ??= {}
      node = node[key]
    }
  }
  node[path[path.length - 1]] = MARK
  return copy
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: string[]): string {
  const defs = args.map((a) => `$${a}: ${field.args.find((x) => x.name === a)!.type}`)
  const call = args.map((a) => `${a}: $${a}`)
  const selection = isScalar(field) ? '' : ' { __typename }'
  return `${kind} Hostile${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${call.length ? `(${call.join(', ')})` : ''}${selection} }`
}
const isScalar = (field: GraphQLField<unknown, unknown>): boolean => !('getFields' in getNamedType(field.type))

const jsonBody = (query: string, variablesJson = '{}', extra = ''): string => `{"query":${JSON.stringify(query)},"variables":${variablesJson}${extra}}`

/** Every argument of every operation (and every field of their input objects), spoiled one at a time. */
export function argumentCases(f: Fixtures): HostileRequest[] {
  const base = baselines(f)
  const cases: HostileRequest[] = []
  for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
    for (const field of Object.values(root.getFields())) {
      if (!field.args.length) continue
      const args = base[field.name]
      if (!args) throw new Error(`В корпусе нет исходных аргументов для ${field.name}`)
      const query = operation(kind, field, field.args.map((a) => a.name))
      const visit = (type: GraphQLInputType, path: string[]): void => {
        for (const [label, value] of Object.entries(spoilers(type, path, kind === 'mutation'))) {
          const variables = JSON.stringify(withMark(args, path)).replace(JSON.stringify(MARK), () => value)
          cases.push({ name: `${field.name}: ${path.join('.')} = ${label}`, headers: json, body: jsonBody(query, variables) })
        }
        const named = getNamedType(type)
        if (isInputObjectType(named)) for (const inner of Object.values(named.getFields())) visit(inner.type, [...path, inner.name])
      }
      for (const arg of field.args as readonly GraphQLArgument[]) visit(arg.type, [arg.name])
    }
  }
  return cases
}

/** The same spoiled values written into the query text instead of the variables. */
export function literalCases(f: Fixtures): HostileRequest[] {
  const mutation = (text: string) => ({ body: jsonBody(`mutation { ${text} }`) })
  return ([
    { name: 'literal: tolerance 1e309', ...mutation(`createIndicator(input: { directionId: ${f.directionId}, name: "Х", tolerance: 1e309 }) { id }`) },
    { name: 'literal: updateIndicator tolerance -1e309', ...mutation(`updateIndicator(id: ${f.indicatorId}, input: { tolerance: -1e309 }) { id }`) },
    { name: 'literal: threshold 1e309', ...mutation(`createRiskRule(input: { code: "R", indicatorId: ${f.indicatorId}, operator: GTE, threshold: 1e309, title: "Х" }) { id }`) },
    { name: 'literal: actual 1e309', ...mutation(`setIndicatorValues(input: [{ indicatorId: ${f.indicatorId}, year: 2022, actual: 1e309 }]) { id }`) },
    { name: 'literal: target -1e309', ...mutation(`setIndicatorValues(input: [{ indicatorId: ${f.indicatorId}, year: 2022, target: -1e309 }]) { id }`) },
    { name: 'literal: actual as string', ...mutation(`setIndicatorValues(input: [{ indicatorId: ${f.indicatorId}, year: 2022, actual: "50" }]) { id }`) },
    { name: 'literal: NUL in note', ...mutation(`setIndicatorValues(input: [{ indicatorId: ${f.indicatorId}, year: 2022, note: "a\\u0000b" }]) { id }`) },
    { name: 'literal: NUL in municipality name', ...mutation('createMunicipality(name: "a\\u0000b", region: "Область") { id }') },
    { name: 'literal: organisation name over 255 characters', ...mutation(`createOrganization(input: { municipalityId: ${f.municipalityId}, name: "${'Ш'.repeat(300)}", shortName: "Ш" }) { id }`) },
    { name: 'literal: lowercase enum', ...mutation(`createApiToken(name: "Х", role: bi) { token }`) },
    { name: 'literal: enum as string', ...mutation(`createApiToken(name: "Х", role: "BI") { token }`) },
    { name: 'literal: Int over 32 bits', body: jsonBody(`{ roadmap(id: 99999999999) { id } }`) },
    { name: 'literal: first 1.5', body: jsonBody(`{ indicatorValues(first: 1.5) { totalCount } }`) },
    { name: 'literal: negative first', body: jsonBody(`{ indicatorValues(first: -1) { totalCount } }`) },
    { name: 'literal: first far over a page', body: jsonBody(`{ indicatorValues(first: 2000000000) { totalCount } }`) },
    { name: 'literal: bad cursor', body: jsonBody(`{ indicatorValues(first: 5, after: "!!!") { totalCount } }`) },
    { name: 'literal: cursor of base64 garbage', body: jsonBody(`{ measures(first: 5, after: "${Buffer.from('garbage:xyz').toString('base64')}") { totalCount } }`) },
    { name: 'literal: createApiToken for an unknown municipality', ...mutation(`createApiToken(name: "Х", role: BI, municipalityId: ${UNKNOWN_ID}) { token }`) },
  ] as HostileRequest[]).map((c) => ({ ...c, headers: json }))
}

/** Batches that are hostile as a whole rather than in one field. */
export function batchCases(f: Fixtures): HostileRequest[] {
  const values = 'mutation($input: [IndicatorValueInput!]!) { setIndicatorValues(input: $input) { id } }'
  const statuses = 'mutation($input: [MeasureStatusInput!]!) { setMeasureStatuses(input: $input) { id } }'
  const cell = { indicatorId: f.indicatorId, year: 2022, actual: 50 }
  const status = { measureId: f.measureId, year: 2022, status: 'DONE' }
  const huge = Array.from({ length: 5001 }, (_, i) => ({ ...cell, year: 2000 + (i % 30), note: `№${i}` }))
  const columns = 'mutation($input: ValueColumnsInput!) { setValueColumns(input: $input) { rowCount } }'
  const columnsOf = (cells: { indicatorId: number; year: number; actual: number }[]) => ({
    indicatorIds: cells.map((c) => c.indicatorId), organizationIds: cells.map(() => null), years: cells.map((c) => c.year),
    actuals: { cells: cells.map((_, k) => k), values: cells.map((c) => c.actual) },
  })
  return ([
    { name: 'setIndicatorValues: the same cell twice', body: jsonBody(values, JSON.stringify({ input: [cell, { ...cell, actual: 60 }] })) },
    { name: 'setIndicatorValues: 5 001 cells', body: jsonBody(values, JSON.stringify({ input: huge })) },
    { name: 'setIndicatorValues: one good cell and one unknown indicator', body: jsonBody(values, JSON.stringify({ input: [cell, { ...cell, indicatorId: UNKNOWN_ID }] })) },
    { name: 'setValueColumns: columns of different lengths', body: jsonBody(columns, JSON.stringify({ input: { ...columnsOf([cell]), years: [2022, 2023] } })) },
    { name: 'setValueColumns: a field for a cell past the batch', body: jsonBody(columns, JSON.stringify({ input: { ...columnsOf([cell]), actuals: { cells: [1], values: [50] } } })) },
    { name: 'setValueColumns: a negative cell number', body: jsonBody(columns, JSON.stringify({ input: { ...columnsOf([cell]), actuals: { cells: [-1], values: [50] } } })) },
    { name: 'setValueColumns: one cell twice in a field', body: jsonBody(columns, JSON.stringify({ input: { ...columnsOf([cell, { ...cell, year: 2023 }]), actuals: { cells: [0, 0], values: [50, 60] } } })) },
    { name: 'setValueColumns: more values than cells', body: jsonBody(columns, JSON.stringify({ input: { ...columnsOf([cell]), actuals: { cells: [0], values: [50, 60] } } })) },
    { name: 'setValueColumns: the same cell twice', body: jsonBody(columns, JSON.stringify({ input: columnsOf([cell, { ...cell, actual: 60 }]) })) },
    { name: 'setValueColumns: 5 001 cells', body: jsonBody(columns, JSON.stringify({ input: columnsOf(huge) })) },
    { name: 'setMeasureStatuses: the same measure and year twice', body: jsonBody(statuses, JSON.stringify({ input: [status, { ...status, status: 'NOT_DONE' }] })) },
    { name: 'setMeasureStatuses: 5 001 statuses', body: jsonBody(statuses, JSON.stringify({ input: Array.from({ length: 5001 }, (_, i) => ({ ...status, year: 1000 + i })) })) },
    { name: 'setMeasureIndicators: unknown indicator among known', body: jsonBody(`mutation { setMeasureIndicators(measureId: ${f.measureId}, indicatorIds: [${f.indicatorId}, ${UNKNOWN_ID}]) { id } }`) },
  ] as HostileRequest[]).map((c) => ({ ...c, headers: json }))
}

const ok = '{ municipalities { id } }'

/** Whole requests that are wrong before any argument is read. */
export const requestCases: HostileRequest[] = [
  { name: 'malformed JSON', headers: json, body: '{"query": "{ me { id } }"' },
  { name: 'JSON with a trailing comma', headers: json, body: '{"query": "{ me { id } }",}' },
  { name: 'empty body', headers: json, body: '' },
  { name: 'body of whitespace', headers: json, body: '   ' },
  { name: 'JSON null', headers: json, body: 'null' },
  { name: 'JSON string', headers: json, body: '"{ me { id } }"' },
  { name: 'JSON number', headers: json, body: '42' },
  { name: 'empty object', headers: json, body: '{}' },
  { name: 'batched array of two operations', headers: json, body: `[${jsonBody(ok)},${jsonBody(ok)}]` },
  { name: 'empty batched array', headers: json, body: '[]' },
  { name: 'query is a number', headers: json, body: '{"query": 42}' },
  { name: 'query is an object', headers: json, body: '{"query": {"a": 1}}' },
  { name: 'query is empty', headers: json, body: '{"query": ""}' },
  { name: 'variables is a string', headers: json, body: `{"query": ${JSON.stringify(ok)}, "variables": "x"}` },
  { name: 'variables is an array', headers: json, body: `{"query": ${JSON.stringify(ok)}, "variables": [1]}` },
  { name: 'extensions is a string', headers: json, body: `{"query": ${JSON.stringify(ok)}, "extensions": "x"}` },
  { name: 'operationName is a number', headers: json, body: `{"query": ${JSON.stringify(ok)}, "operationName": 5}` },
  { name: 'operationName names no operation', headers: json, body: `{"query": ${JSON.stringify(ok)}, "operationName": "Facts"}` },
  { name: 'operationName names no operation among named ones', headers: json, body: `{"query": "query A { me { id } } query B { me { id } }", "operationName": "C"}` },
  { name: 'two operations without operationName', headers: json, body: jsonBody('query A { me { id } } query B { me { id } }') },
  { name: 'two operations of the same name', headers: json, body: jsonBody('query A { me { id } } query A { municipalities { id } }') },
  { name: 'persisted query that is not there', headers: json, body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}' },
  { name: 'syntax error', headers: json, body: jsonBody('{ municipalities { id }') },
  { name: 'syntax error: stray character', headers: json, body: jsonBody('{ municipalities { id } } }') },
  { name: 'syntax error: NUL byte in the query', headers: json, body: jsonBody('{ municipalities\u0000 { id } }') },
  { name: 'unknown field', headers: json, body: jsonBody('{ nope }') },
  { name: 'unknown field of a type', headers: json, body: jsonBody('{ municipalities { nope } }') },
  { name: 'unknown argument', headers: json, body: jsonBody('{ municipalities(bogus: 1) { id } }') },
  { name: 'missing required argument', headers: json, body: jsonBody('{ roadmap { id } }') },
  { name: 'object field without selection', headers: json, body: jsonBody('{ municipalities }') },
  { name: 'selection on a scalar', headers: json, body: jsonBody('{ municipalities { id { x } } }') },
  { name: 'unknown type in a variable definition', headers: json, body: jsonBody('query($x: Bogus) { municipalities { id } }') },
  { name: 'output type as a variable type', headers: json, body: jsonBody('query($x: Municipality) { municipalities { id } }') },
  { name: 'variable used but not defined', headers: json, body: jsonBody('{ roadmap(id: $id) { id } }') },
  { name: 'variable defined but not used', headers: json, body: jsonBody('query($id: Int) { municipalities { id } }') },
  { name: 'required variable not provided', headers: json, body: jsonBody('query($id: Int!) { roadmap(id: $id) { id } }') },
  { name: 'variable of the wrong type for its position', headers: json, body: jsonBody('query($id: String!) { roadmap(id: $id) { id } }', '{"id":"1"}') },
  { name: 'unknown directive', headers: json, body: jsonBody('{ municipalities @bogus { id } }') },
  { name: 'directive without its argument', headers: json, body: jsonBody('{ municipalities @include { id } }') },
  { name: 'unknown fragment', headers: json, body: jsonBody('{ municipalities { ...Missing } }') },
  { name: 'cyclic fragments', headers: json, body: jsonBody('{ municipalities { ...A } } fragment A on Municipality { ...B } fragment B on Municipality { ...A }') },
  { name: 'fragment on itself', headers: json, body: jsonBody('{ municipalities { ...A } } fragment A on Municipality { id ...A }') },
  { name: 'unused fragment', headers: json, body: jsonBody('{ municipalities { id } } fragment A on Municipality { id }') },
  { name: 'fragment on an unknown type', headers: json, body: jsonBody('{ municipalities { ...A } } fragment A on Bogus { id }') },
  { name: 'fragment on a type that cannot apply', headers: json, body: jsonBody('{ municipalities { ...A } } fragment A on Roadmap { id }') },
  { name: 'duplicate argument', headers: json, body: jsonBody('{ roadmap(id: 1, id: 2) { id } }') },
  { name: 'conflicting aliases', headers: json, body: jsonBody('{ municipalities { x: id x: name } }') },
  { name: 'subscription the schema has not', headers: json, body: jsonBody('subscription { municipalities { id } }') },
  { name: 'anonymous operation beside a named one', headers: json, body: jsonBody('{ me { id } } query A { me { id } }') },
  { name: 'mutation by GET', method: 'GET', search: `query=${encodeURIComponent('mutation { logout }')}`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET without a query', method: 'GET', search: 'x=1', headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } },
  { name: 'GET with variables that are not JSON', method: 'GET', search: `query=${encodeURIComponent(ok)}&variables=%7Bbad`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET with extensions that are not JSON', method: 'GET', search: `query=${encodeURIComponent(ok)}&extensions=%7Bbad`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'GET without the CSRF header', method: 'GET', search: `query=${encodeURIComponent(ok)}` },
  { name: 'PUT', method: 'PUT', headers: json, body: jsonBody(ok) },
  { name: 'DELETE', method: 'DELETE', headers: json, body: jsonBody(ok) },
  { name: 'PATCH', method: 'PATCH', headers: json, body: jsonBody(ok) },
  { name: 'no content type', body: Buffer.from(jsonBody(ok)) },
  { name: 'text/plain by default', body: jsonBody(ok) },
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: jsonBody(ok) },
  { name: 'form-urlencoded', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(ok)}` },
  { name: 'multipart', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${ok}\r\n--x--\r\n` },
  { name: 'application/xml', headers: { 'content-type': 'application/xml' }, body: '<query/>' },
  { name: 'application/graphql', headers: { 'content-type': 'application/graphql' }, body: ok },
  { name: 'charset latin1', headers: { 'content-type': 'application/json; charset=latin1' }, body: jsonBody(ok) },
  { name: 'charset koi8-r', headers: { 'content-type': 'application/json; charset=koi8-r' }, body: jsonBody(ok) },
  { name: 'charset utf-16 with a UTF-8 body', headers: { 'content-type': 'application/json; charset=utf-16' }, body: jsonBody('{ me { id } }') },
  { name: 'charset that does not exist', headers: { 'content-type': 'application/json; charset=bogus-42' }, body: jsonBody(ok) },
  { name: 'gzip encoding of a plain body', headers: { ...json, 'content-encoding': 'gzip' }, body: jsonBody(ok) },
  { name: 'unknown content encoding', headers: { ...json, 'content-encoding': 'bogus' }, body: jsonBody(ok) },
  { name: 'invalid UTF-8', headers: json, body: Buffer.concat([Buffer.from('{"query":"{ me { id } }","x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]) },
  { name: 'body over the size limit', headers: json, body: `{"query":"{ me { id } }","x":"${'x'.repeat(31 * ONE_MB)}"}` },
  { name: 'variable nested 100 000 levels deep', headers: json, body: `{"query":"query($x: [Int]) { me { id } }","variables":{"x":${'['.repeat(100000)}${']'.repeat(100000)}}}` },
  { name: 'query of a million tokens', headers: json, body: jsonBody(`{ municipalities { ${'id '.repeat(1_000_000)} } }`) },
  { name: 'query with 10 000 nested braces', headers: json, body: jsonBody(`{ ${'municipalities { '.repeat(5000)}id${' }'.repeat(5000)} }`) },
  { name: 'Accept that no response can have', headers: { ...json, accept: 'image/png' }, body: jsonBody('{ nope }') },
]
