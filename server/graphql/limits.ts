// Refuse queries that would make the server do unbounded work: too deep, or too costly
// (the cost is checked by complexity-plugin.ts, which sees the variables).
import { GraphQLError, getNullableType, isListType, type ValidationContext, type ASTVisitor, Kind, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql'
import type { ComplexityEstimator } from 'graphql-query-complexity'

export const MAX_DEPTH = 10
export const MAX_COMPLEXITY = 100000

export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth
      let max = depth
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) max = Math.max(max, depthOf(sel.selectionSet, depth + (sel.selectionSet ? 1 : 0), seen))
        else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, depth, seen))
        else if (!seen.has(sel.name.value)) max = Math.max(max, depthOf(fragments.get(sel.name.value)?.selectionSet, depth, new Set([...seen, sel.name.value])))
      }
      return max
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set())
        if (depth > maxDepth)
          context.reportError(new GraphQLError(`Запрос слишком глубокий: ${depth} уровней вложенности, допускается ${maxDepth}`, { extensions: { code: 'BAD_USER_INPUT' } }))
      },
    }
  }
}

// A list asked with `first` costs its children that many times; other lists count as a few rows.
const LIST_FACTOR = 5
export const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(1, args.first)
  // A connection's edges are the page its `first` already paid for.
  if (field.name === 'edges') return 1 + childComplexity
  return isListType(getNullableType(field.type)) ? 1 + childComplexity * LIST_FACTOR : undefined
}
