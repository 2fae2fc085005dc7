import type { Database } from '../database';
import { runWrite } from './step/run-write';
import {
  deleteUserStep,
  setUserRoleStep,
  type UserDeletion,
  type UserRoleChange,
} from './step/user-steps';

/** User management on either database, each change audited in its own transaction. */

export const setUserRole = (db: Database, change: UserRoleChange) =>
  runWrite(db, (w) => setUserRoleStep(w, change));

export const deleteUser = (db: Database, deletion: UserDeletion) =>
  runWrite(db, (w) => deleteUserStep(w, deletion));
