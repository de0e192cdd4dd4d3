// Writes schema/schema.graphql from the code: node dist/server/cli/print-schema.js
// With --stdout it prints instead, which the drift test compares with the committed file.
import 'reflect-metadata'
import { writeFileSync } from 'node:fs'
import { printSchemaText } from '../graphql/print-schema.js'

const text = await printSchemaText()
if (process.argv.includes('--stdout')) process.stdout.write(text)
else {
  writeFileSync('schema/schema.graphql', text)
  console.log('schema/schema.graphql обновлён')
}
