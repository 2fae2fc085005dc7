import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { appRouter, createCaller, type AppRouter } from './root';
export { createInnerTRPCContext, type Session } from './trpc';

/** What each procedure accepts and returns, inferred from the routers so the app never redeclares them. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
