// The values of @mikro-orm/core that the server uses, loaded with require. Its ESM entry point
// (index.mjs) wraps the CommonJS build, and Node 20 finds the export names of a CommonJS module
// imported from ESM by reading and lexing every file it re-exports: for @mikro-orm/core about 150
// files, ≈ 140 ms of CPU at every start. A require loads the same module (the ESM entry point and
// the tests' imports share its classes) without that scan. Types still come from
// `import type … from '@mikro-orm/core'`; eslint.config.js refuses a value import from there.
import { createRequire } from 'node:module'
import type * as Core from '@mikro-orm/core'

const core = createRequire(import.meta.url)('@mikro-orm/core') as typeof Core

// Decorators and markers of the entities.
export const { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property, Unique, wrap } = core
export const OptionalProps: typeof Core.OptionalProps = core.OptionalProps

// Classes and enums used as values and as types.
export const Collection = core.Collection
export type Collection<T extends object, O extends object = object> = Core.Collection<T, O>
export const MikroORM = core.MikroORM
export type MikroORM = Core.MikroORM
export const LoadStrategy = core.LoadStrategy
export type LoadStrategy = Core.LoadStrategy
export const LockMode = core.LockMode
export type LockMode = Core.LockMode

// The driver's errors, told apart with instanceof.
export const {
  DeadlockException, ForeignKeyConstraintViolationException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException,
} = core
