import type { Role } from './enums';

/**
 * Who may do what, decided here once: the tRPC procedures, the import routes, the admin pages and the
 * links a page offers all ask these, so a role can never see a button its requests would be refused for.
 */

/** Editors and admins change data; viewers (and anonymous readers) only read. */
export function canEdit(role: Role): boolean {
  return role === 'editor' || role === 'admin';
}

/** Only admins manage accounts and read the audit log. */
export function canAdminister(role: Role): boolean {
  return role === 'admin';
}
