import { z } from 'zod';
import { eventDescriptor } from './event';
import { indicatorDescriptor } from './indicator';
import { investmentDescriptor } from './investment';
import { milestoneDescriptor } from './milestone';
import { projectDescriptor } from './project';
import { projectFactDescriptor } from './project-fact';
import { tradeReportDescriptor } from './trade-report';

/** Every kind of cited record, by the name the API, the audit log and the URLs use. */
export const KIND_DESCRIPTORS = {
  'trade-report': tradeReportDescriptor,
  investment: investmentDescriptor,
  project: projectDescriptor,
  'project-fact': projectFactDescriptor,
  milestone: milestoneDescriptor,
  event: eventDescriptor,
  indicator: indicatorDescriptor,
} as const;

export type DescribedKind = keyof typeof KIND_DESCRIPTORS;

/** A record's kind with its input, as the API takes it: the kind picks the schema its data must pass. */
export const kindAndInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trade-report'), data: tradeReportDescriptor.input }),
  z.object({ kind: z.literal('investment'), data: investmentDescriptor.input }),
  z.object({ kind: z.literal('project'), data: projectDescriptor.input }),
  z.object({ kind: z.literal('project-fact'), data: projectFactDescriptor.input }),
  z.object({ kind: z.literal('milestone'), data: milestoneDescriptor.input }),
  z.object({ kind: z.literal('event'), data: eventDescriptor.input }),
  z.object({ kind: z.literal('indicator'), data: indicatorDescriptor.input }),
]);
