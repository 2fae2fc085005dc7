import type { ReactNode } from 'react';
import { citationsOf, type SourceRefView } from './citation';
import { ValueDisclosure, type ValueDisclosureProps } from './value-disclosure';

/** Another report of the same figure or fact, with its sources as the procedures return them. */
interface OtherReport {
  id: number;
  text: string;
  sources: SourceRefView[];
  detail?: ReactNode;
}

type Props = Omit<ValueDisclosureProps, 'citations' | 'others'> & {
  sources: SourceRefView[];
  others?: OtherReport[];
};

/**
 * A reported value with its sources one click away and — when other reports of it exist — a "+N" that
 * lists them with their own sources: disagreement is shown, never hidden. Uses <details>, so it opens
 * from the keyboard (its popover is rendered once opened); <details> is block content, so never put it inside a <p>
 * (the parser closes the <p> before it, the DOM no longer matches what React rendered and hydration
 * fails) — wrap it in a <div> or a table cell instead.
 */
export function ReportedValue({ sources, others = [], ...rest }: Props) {
  return (
    <ValueDisclosure
      {...rest}
      citations={citationsOf(sources)}
      others={others.map(({ sources: theirs, ...o }) => ({ ...o, citations: citationsOf(theirs) }))}
    />
  );
}
