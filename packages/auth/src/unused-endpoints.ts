/**
 * better-auth endpoints that would change a user or an account, none of which the app calls (it uses
 * sign-in, sign-out and the session). Users are created, re-roled and removed only through procedures
 * that write an audit entry in the same transaction; these would change the same rows with no trace, so
 * they answer 404. To offer one, give it an audit entry first (better-auth's database hooks).
 */
export const UNUSED_ENDPOINTS = [
  '/update-user',
  '/change-email',
  '/change-password',
  '/delete-user',
  '/delete-user/callback',
  '/request-password-reset',
  '/reset-password',
  '/send-verification-email',
  '/verify-email',
  '/link-social',
  '/unlink-account',
];
