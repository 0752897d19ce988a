import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.batchbench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The dependency rule of ARCHITECTURE.md: the domain is pure.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'child_process', 'os', 'path'],
              message: 'src/domain is pure: no I/O.',
            },
            {
              group: ['**/app/**', '**/adapters/**', '**/cli/**', '**/entrypoints/**', '**/ports/**'],
              message: 'src/domain imports nothing of the project outside domain.',
            },
            { group: ['@aws-sdk/*', '@actions/*'], message: 'SDKs belong in src/adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**', '**/cli/**', '**/entrypoints/**'],
              message: 'src/app depends on domain and ports only.',
            },
            {
              group: ['@aws-sdk/*', '@actions/*', 'node:child_process'],
              message: 'SDKs belong in src/adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    // Size limits of the project brief: no source file over 400 lines, no function over 80.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
);
