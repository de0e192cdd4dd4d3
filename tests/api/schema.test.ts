import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType, isSpecifiedScalarType, type GraphQLNamedType } from 'graphql'
import { describe, expect, it } from 'vitest'

const committed = readFileSync('schema/schema.graphql', 'utf8')

describe('schema/schema.graphql', () => {
  it('is what the code generates (run npm run schema after changing the API)', () => {
    const generated = execFileSync(process.execPath, ['dist/server/cli/print-schema.js', '--stdout'], { encoding: 'utf8' })
    expect(committed).toBe(generated)
  })

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(committed)
    const missing: string[] = []
    const named = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !isIntrospectionType(t) && !isSpecifiedScalarType(t))
    for (const type of named) {
      if (!type.description) missing.push(type.name)
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`)
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`)
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`)
    }
    expect(missing).toEqual([])
  })

  it('keeps the names outside clients rely on', () => {
    for (const name of ['municipalities', 'roadmaps(', 'roadmap(', 'indicatorValues(', 'measures(', 'valueHistory(', 'login(', 'logout', 'createApiToken(', 'setIndicatorValues(']) {
      expect(committed).toContain(name)
    }
  })
})
