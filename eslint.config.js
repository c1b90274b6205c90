import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// House rules as tools: no import cycles, short functions (100 lines as Prettier lays them out),
// the TypeScript rules that catch bugs.
// Formatting is Prettier's (.prettierrc.json), not ESLint's.
export default tseslint.config(
  { ignores: ['dist/', 'output/', 'node_modules/', 'test/fixtures/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      // Not through node_modules (a package cannot import ours back): a third of eslint's time on a clean clone went there.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
      // Hostile input is cleaned of control characters on purpose (terminal escapes, XML, CSV).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // A test is a list of cases, not a function to keep short; bench and scripts are Node scripts.
  { files: ['test/**/*.ts'], rules: { 'max-lines-per-function': 'off' } },
  { files: ['bench/**/*.mjs', 'scripts/**'], languageOptions: { globals: globals.node } },
  // A preload for child processes (`node --require`, which worker threads inherit), so CommonJS.
  { files: ['test/**/*.cjs'], languageOptions: { globals: globals.node }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
