// Refuse queries that would make the server do unbounded work. Before execution: the shape of
// the document (tokens, depth, aliases, directives) and an estimate of its cost; during
// execution: the fields and list items actually resolved, and the time (execution-budget.ts).
import {
  GraphQLError, Kind, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isListType, isObjectType, isUnionType,
  type ASTVisitor, type FragmentDefinitionNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValidationContext,
} from 'graphql'
import type { ComplexityEstimator } from 'graphql-query-complexity'

export const LIMITS = {
  /** Lexical tokens of one document; the parser stops at the limit. The introspection query has about 300. */
  tokens: 5_000,
  /** Nesting of selection sets, introspection aside (its type references are 9 levels of ofType). */
  depth: 10,
  aliases: 50,
  directives: 50,
  /** The estimated cost of the data an operation asks for: fields, times the rows of each list. */
  complexity: 250_000,
  /** The same measure for the introspection part, each list priced at its size in this schema. */
  introspectionComplexity: 1_000_000,
  /** Fields and list items a query may actually resolve: the real size, counted while it runs. */
  resolved: 250_000,
  /** Wall time of a query's execution. */
  milliseconds: 15_000,
} as const

export const INTROSPECTION_FIELDS = new Set(['__schema', '__type'])

const refusal = (message: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } })

interface Shape {
  depth: number
  aliases: number
  directives: number
}

/** The depth, aliases and directives of one operation, with its fragments spread in place. */
export function operationShape(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): Shape {
  const shape: Shape = { depth: 0, aliases: 0, directives: operation.directives?.length ?? 0 }
  const walk = (set: SelectionSetNode | undefined, depth: number, spreading: ReadonlySet<string>): void => {
    if (!set) return
    shape.depth = Math.max(shape.depth, depth)
    for (const selection of set.selections) {
      shape.directives += selection.directives?.length ?? 0
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases += 1
        // The introspection query is deep by design (type references); its cost is bounded apart.
        if (!INTROSPECTION_FIELDS.has(selection.name.value)) walk(selection.selectionSet, depth + 1, spreading)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, spreading)
      } else if (!spreading.has(selection.name.value)) {
        // A fragment counts at every place it is spread: that is what execution does.
        const fragment = fragments.get(selection.name.value)
        shape.directives += fragment?.directives?.length ?? 0
        walk(fragment?.selectionSet, depth, new Set([...spreading, selection.name.value]))
      }
    }
  }
  walk(operation.selectionSet, 0, new Set())
  return shape
}

/** Validation rule: refuses an operation deeper, or with more aliases or directives, than LIMITS allows. */
export function shapeLimits(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  return {
    OperationDefinition(operation) {
      const { depth, aliases, directives } = operationShape(operation, fragments)
      if (depth > LIMITS.depth)
        context.reportError(refusal(`Запрос слишком глубокий: ${depth} уровней вложенности, допускается ${LIMITS.depth}`, { depth, maximum: LIMITS.depth }))
      if (aliases > LIMITS.aliases)
        context.reportError(refusal(`В запросе слишком много псевдонимов полей: ${aliases}, допускается ${LIMITS.aliases}. Разбейте его на несколько запросов`, { aliases, maximum: LIMITS.aliases }))
      if (directives > LIMITS.directives)
        context.reportError(refusal(`В запросе слишком много директив: ${directives}, допускается ${LIMITS.directives}`, { directives, maximum: LIMITS.directives }))
    },
  }
}

// graphql-js stops parsing at parseOptions.maxTokens with an English syntax error; say it in Russian.
const TOKENS = /^Syntax Error: Document contains more that (\d+) tokens/
export function explainTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!TOKENS.test(formatted.message)) return formatted
  return {
    ...formatted,
    message: `Запрос слишком длинный: больше ${LIMITS.tokens} лексем. Разбейте его на несколько запросов`,
    extensions: { ...formatted.extensions, maximum: LIMITS.tokens },
  }
}

const isIntrospectionField = (parent: { name: string }, field: { name: string }): boolean =>
  parent.name.startsWith('__') || INTROSPECTION_FIELDS.has(field.name)

// A list that is not paged by `first` is priced at a few rows here; what it really holds is
// counted while the query runs (execution-budget.ts).
const LIST_GUESS = 5

/** The data part of an operation: a list asked with `first` costs its children that many times. */
export const dataEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (isIntrospectionField(type, field)) return 0
  if (typeof args.first === 'number' && Number.isFinite(args.first)) return 1 + childComplexity * Math.max(1, args.first)
  // A connection's edges are the page its `first` already paid for.
  if (field.name === 'edges') return 1 + childComplexity
  return isListType(getNullableType(field.type)) ? 1 + childComplexity * LIST_GUESS : 1 + childComplexity
}

/**
 * The introspection part: the schema is known, so each list of it costs its largest real size
 * (the most fields of a type, the most arguments of a field …): nesting types in types grows fast.
 */
export function introspectionEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const size = introspectionListSizes(schema)
  return ({ childComplexity, field, type }) => {
    if (!isIntrospectionField(type, field)) return 0
    if (!isListType(getNullableType(field.type))) return 1 + childComplexity
    return 1 + childComplexity * (size.get(field.name) ?? 1)
  }
}

function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap())
  const max = (values: number[]): number => Math.max(1, ...values)
  const fieldsOf = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []))
  return new Map([
    ['types', types.length],
    ['fields', max(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['args', max([...fieldsOf.map((f) => f.args.length), ...schema.getDirectives().map((d) => d.args.length)])],
    ['inputFields', max(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['enumValues', max(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    ['interfaces', max(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)))],
    ['possibleTypes', max(types.map((t) => (isUnionType(t) ? t.getTypes().length : isInterfaceType(t) ? schema.getPossibleTypes(t).length : 0)))],
    ['directives', schema.getDirectives().length],
    ['locations', 19],
  ])
}
