'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from './palette';

/** A horizontal bar per category (e.g. projects by status). Counts, not money. */
export default function ChartBarCounts({
  data,
  height = 260,
}: {
  data: { label: string; count: number }[];
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name="Projects" fill={PALETTE[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
