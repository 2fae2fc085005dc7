import nextjs from '@tianshan/eslint-config/nextjs';

export default [
  ...nextjs,
  // Type-aware rules resolve each file's tsconfig from this package's folder.
  { languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } } },
];
