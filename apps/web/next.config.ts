import type { NextConfig } from 'next';

const config: NextConfig = {
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  transpilePackages: ['@tianshan/model', '@tianshan/db', '@tianshan/api', '@tianshan/csv'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
