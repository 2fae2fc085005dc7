import base from '@tianshan/eslint-config/base';

export default [
  ...base,
  // Type-aware rules resolve each file's tsconfig from this package's folder.
  { languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } } },
];
