import { investmentsRouter } from './router/investments';
import { indicatorsRouter } from './router/indicators';
import { projectsRouter } from './router/projects';
import { recordsRouter } from './router/records';
import { sourcesRouter } from './router/sources';
import { timelineRouter } from './router/timeline';
import { tradeRouter } from './router/trade';
import { usersRouter } from './router/users';
import { workbenchRouter } from './router/workbench';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  trade: tradeRouter,
  investments: investmentsRouter,
  projects: projectsRouter,
  timeline: timelineRouter,
  sources: sourcesRouter,
  indicators: indicatorsRouter,
  records: recordsRouter,
  users: usersRouter,
  workbench: workbenchRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
