/** Test-only accounts, created in the e2e database by support/create-users.ts before the server starts. */
export const E2E_USERS = {
  admin: { email: 'admin@e2e.test', password: 'e2e admin password 1', role: 'admin' },
  editor: { email: 'editor@e2e.test', password: 'e2e editor password 1', role: 'editor' },
  viewer: { email: 'viewer@e2e.test', password: 'e2e viewer password 1', role: 'viewer' },
} as const;
