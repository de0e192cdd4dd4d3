// Pure helpers over the direction tree, given as flat rows.

export interface TreeRow {
  id: number
  parentId: number | null
}

/** The id and every descendant's id. */
export function subtreeIds(rows: TreeRow[], rootId: number): number[] {
  const children = new Map<number, number[]>()
  for (const row of rows) if (row.parentId !== null) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id])
  const result: number[] = []
  const stack = [rootId]
  while (stack.length) {
    const id = stack.pop()!
    result.push(id)
    stack.push(...(children.get(id) ?? []))
  }
  return result
}
