// Shared lint rules for every package: typescript-eslint's type-checked recommended set (the rules that
// need types, such as no-floating-promises and no-misused-promises, only work with the project service)
// plus the few rules that catch real bugs in this codebase.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      // .next-* too: a second build output (`distDir`) kept beside the first to compare two builds.
      '**/.next*/**',
      '**/node_modules/**',
      '**/drizzle/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/*.config.*',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each package's eslint.config.js sets tsconfigRootDir to its own folder.
      parserOptions: { projectService: true },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Numbers and booleans read fine in messages and URLs; objects and nullish values stay errors.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // Values typed unknown narrow to {} and are flagged even after an object check; every hit was false.
      '@typescript-eslint/no-base-to-string': 'off',
      // async without await is how these functions meet an async interface (resolvers, test streams).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringContaining, expect.any) are typed any.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Plain JavaScript (scripts, configs) has no types to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
