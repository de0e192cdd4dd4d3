// ESLint for the whole repository: `npm run lint` (run by `npm test`, warnings fail it too).
// typescript-eslint's recommended rules (not the type-aware set; `tsc` and `vue-tsc` check the
// types) and eslint-plugin-vue's recommended rules for Vue 3.
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Templates are laid out by hand, compactly (several attributes and short text on one line):
// the linter checks code, not layout, so eslint-plugin-vue's layout rules are off.
const vueLayoutRulesOff = Object.fromEntries(
  Object.entries(pluginVue.rules)
    .filter(([, rule]) => rule.meta?.type === 'layout')
    .map(([name]) => [`vue/${name}`, 'off']),
)

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'test-results/', 'tests/e2e/artifacts/', '.vite/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // vue-tsc resolves the names in components, types included, as tsc does for .ts files.
    rules: { ...vueLayoutRulesOff, 'no-undef': 'off' },
  },
  {
    rules: {
      // A leading underscore marks a parameter kept for the signature, and `{ x: _x, ...rest }`
      // is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // What the server loads at start: MikroORM's runtime through server/mikro-orm.ts (its ESM
    // entry point costs every start a scan of 150 files), the migrator only when one is pending.
    files: ['server/**/*.ts'],
    ignores: ['server/mikro-orm.ts', 'server/migrations/**', 'server/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: '@mikro-orm/core', allowTypeImports: true, message: 'Значения MikroORM берутся из server/mikro-orm.ts (require), типы — import type.' },
          { name: '@mikro-orm/migrations', allowTypeImports: true, message: 'Мигратор загружается в orm.ts только при невыполненных миграциях.' },
        ],
      }],
    },
  },
  // The client and the grid benchmark's page run in the browser; everything else under Node.
  { files: ['client/**', 'tests/bench/plain-grid/**'], languageOptions: { globals: globals.browser } },
  { ignores: ['client/**', 'tests/bench/plain-grid/**'], languageOptions: { globals: globals.node } },
  // The grid benchmark drives Chromium: its page.evaluate callbacks run in the page.
  { files: ['tests/bench/grid-bench.mjs'], languageOptions: { globals: globals.browser } },
  {
    files: ['tests/**'],
    rules: {
      // Tests read GraphQL responses whose shape the query beside them states; typing each
      // response would restate every query.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
)
