import { investmentsRouter } from './router/investments';
import { indicatorsRouter } from './router/indicators';
import { projectsRouter } from './router/projects';
import { sourcesRouter } from './router/sources';
import { timelineRouter } from './router/timeline';
import { tradeRouter } from './router/trade';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  trade: tradeRouter,
  investments: investmentsRouter,
  projects: projectsRouter,
  timeline: timelineRouter,
  sources: sourcesRouter,
  indicators: indicatorsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
