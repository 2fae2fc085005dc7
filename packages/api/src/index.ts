export { appRouter, createCaller, type AppRouter } from './root';
export {
  createInnerTRPCContext,
  type InnerContext,
  type Session,
  type SessionUser,
  type FieldErrors,
} from './trpc';
