import type { RouterOutputs } from '@tianshan/api';
import {
  countryName,
  formatPartialDate,
  formatUsd,
  investmentChartGroup,
  SCOPE_CODES,
  timeSpanOf,
  type ScopeCode,
} from '@tianshan/model';
import { qualified } from '~/components/qualified';

type Point = RouterOutputs['investments']['chart'][number];

export type PanelUnit = 'usd' | 'count';

/** One figure as a chart draws it: a marker at `x`, a whisker over the span its date can mean. */
export interface InvestmentMark {
  id: number;
  scope: string;
  scopeName: string;
  x: number;
  xStart: number;
  xEnd: number;
  y: number;
  qualifier: string;
  dateLabel: string;
  valueLabel: string;
  metricLabel: string;
  source: { id: number; title: string } | null;
}

export interface InvestmentPanel {
  key: string;
  /** The kind and coverage this panel draws, for its download. */
  metricKind: string;
  coverage: string;
  label: string;
  unit: PanelUnit;
  /** Scopes in this panel, in the fixed country order, so colours match between panels and pages. */
  scopes: string[];
  marks: InvestmentMark[];
  xDomain: [number, number];
  yMax: number;
}

const scopeOrder = (s: string) => {
  const i = SCOPE_CODES.indexOf(s as ScopeCode);
  return i === -1 ? SCOPE_CODES.length : i;
};

/** A time in years to a ten-thousandth (under an hour): what a chart can draw, in a third of the digits. */
const drawn = (years: number) => Math.round(years * 1e4) / 1e4;

function markOf(p: Point, unit: PanelUnit): InvestmentMark {
  const value = unit === 'usd' ? (p.amountUsd ?? 0) : (p.count ?? 0);
  const span = timeSpanOf(p.asOf);
  const first = p.sources[0];
  return {
    id: p.id,
    scope: p.scope,
    scopeName: countryName(p.scope as ScopeCode),
    x: drawn(span.mid),
    xStart: drawn(span.start),
    xEnd: drawn(span.end),
    y: value,
    qualifier: p.qualifier,
    dateLabel: p.asOfLabel ?? formatPartialDate(p.asOf),
    valueLabel: qualified(
      p.qualifier,
      unit === 'usd' ? formatUsd(value) : `${value.toLocaleString('en-US')}`,
    ),
    metricLabel: p.metricLabel,
    source: first ? { id: first.id, title: first.title } : null,
  };
}

/**
 * One panel per group of comparable figures (investmentChartGroup) and unit: an amount and a count never
 * share an axis, and nothing is summed. Every figure becomes its own mark, so two sources disagreeing
 * about the same date are both drawn.
 */
export function investmentPanels(points: Point[]): InvestmentPanel[] {
  const panels = new Map<string, InvestmentPanel & { order: number }>();
  for (const p of points) {
    const unit: PanelUnit | null = p.amountUsd !== null ? 'usd' : p.count !== null ? 'count' : null;
    if (!unit) continue;
    const group = investmentChartGroup(p);
    const key = `${group.key}:${unit}`;
    let panel = panels.get(key);
    if (!panel) {
      panel = {
        key,
        metricKind: p.metricKind,
        coverage: group.coverage,
        label:
          unit === 'count' && group.metricKind !== 'company-count'
            ? `${group.label} (count)`
            : group.label,
        unit,
        order: group.order,
        scopes: [],
        marks: [],
        xDomain: [Infinity, -Infinity],
        yMax: 0,
      };
      panels.set(key, panel);
    }
    const mark = markOf(p, unit);
    panel.marks.push(mark);
    if (!panel.scopes.includes(p.scope)) panel.scopes.push(p.scope);
    panel.xDomain = [
      Math.min(panel.xDomain[0], Math.floor(mark.xStart)),
      Math.max(panel.xDomain[1], Math.ceil(mark.xEnd)),
    ];
    panel.yMax = Math.max(panel.yMax, mark.y);
  }
  return [...panels.values()]
    .sort((a, b) => a.order - b.order || Number(a.unit === 'count') - Number(b.unit === 'count'))
    .map(({ order: _order, ...panel }) => ({
      ...panel,
      scopes: panel.scopes.sort((a, b) => scopeOrder(a) - scopeOrder(b)),
      marks: panel.marks.sort(
        (a, b) => a.x - b.x || scopeOrder(a.scope) - scopeOrder(b.scope) || a.id - b.id,
      ),
    }));
}
