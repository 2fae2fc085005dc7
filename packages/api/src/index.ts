export { appRouter, createCaller, type AppRouter } from './root';
export { createInnerTRPCContext, type Session } from './trpc';
