// The Next.js app: the React rules plus Next's own (Core Web Vitals set: <img>, sync scripts, links).
import nextPlugin from '@next/eslint-plugin-next';
import react from './react.js';

export default [
  ...react,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ...nextPlugin.configs['core-web-vitals'],
  },
];
