import { eventDescriptor } from './event';
import { indicatorDescriptor } from './indicator';
import { investmentDescriptor } from './investment';
import { milestoneDescriptor } from './milestone';
import { projectDescriptor } from './project';
import { tradeReportDescriptor } from './trade-report';

/** Every kind of cited record, by the name the API, the audit log and the URLs use. */
export const KIND_DESCRIPTORS = {
  'trade-report': tradeReportDescriptor,
  investment: investmentDescriptor,
  project: projectDescriptor,
  milestone: milestoneDescriptor,
  event: eventDescriptor,
  indicator: indicatorDescriptor,
} as const;

export type DescribedKind = keyof typeof KIND_DESCRIPTORS;
export const isDescribedKind = (kind: string): kind is DescribedKind =>
  Object.hasOwn(KIND_DESCRIPTORS, kind);
