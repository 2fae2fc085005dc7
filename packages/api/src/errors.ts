import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { DuplicateUserError } from '@tianshan/auth';
import {
  InvalidReferenceError,
  RecordConflictError,
  RecordNotFoundError,
} from '@tianshan/db/write/errors';

/** Write-layer failures a user can cause become 4xx with their message; anything else stays a 500. */
export function toTrpcError(error: unknown): never {
  if (error instanceof TRPCError) throw error;
  if (error instanceof ZodError)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input', cause: error });
  if (error instanceof InvalidReferenceError) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `${error.field} ${error.message}`,
      cause: new ZodError([
        { code: 'custom', path: error.field.split('.'), message: error.message, input: undefined },
      ]),
    });
  }
  if (error instanceof RecordNotFoundError)
    throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
  if (error instanceof RecordConflictError || error instanceof DuplicateUserError)
    throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  throw error;
}

export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return toTrpcError(error);
  }
}
