// Import of values from a file: a dry run first, then the all-or-nothing write.
import { gqlRequest } from './graphqlClient.js'

export interface ImportValuesInput {
  roadmapId: number
  fileName: string
  contentBase64: string
  organizationId: number | null
  yearsAreActuals: boolean
  dryRun: boolean
}

export interface ImportChange {
  row: number
  indicator: { id: number; code: string; name: string }
  organization: { id: number; shortName: string } | null
  year: number
  field: 'target' | 'actual' | 'note'
  oldValue: string | null
  newValue: string | null
}

export type ImportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251'

export interface ImportResult {
  layout: 'flat' | 'matrix'
  /** null for XLSX */
  encoding: ImportEncoding | null
  dryRun: boolean
  applied: boolean
  unchanged: number
  changes: ImportChange[]
  errors: { row: number; message: string }[]
}

export async function importValues(input: ImportValuesInput): Promise<ImportResult> {
  const data = await gqlRequest<{ importValues: ImportResult }>(
    `mutation ImportValues($input: ImportValuesInput!) { importValues(input: $input) {
      layout encoding dryRun applied unchanged
      changes { row indicator { id code name } organization { id shortName } year field oldValue newValue }
      errors { row message } } }`,
    { input },
  )
  return data.importValues
}
