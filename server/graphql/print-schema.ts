import { lexicographicSortSchema, printSchema } from 'graphql'
import { buildAppSchema } from './schema.js'

/** The committed SDL: sorted, so that a diff shows what changed and not where. */
export async function printSchemaText(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n'
}
