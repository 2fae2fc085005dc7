'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { billions, PALETTE } from './palette';

export interface LineSeries {
  key: string;
  label: string;
  dashed?: boolean;
}

export interface LineChartProps {
  data: Record<string, number | null>[];
  series: LineSeries[];
  xKey: string;
  height?: number;
}

/**
 * Values in USD drawn in billions. Missing years are null and stay gaps (`connectNulls={false}`):
 * a line is never drawn across a year no source reported.
 */
export default function ChartLineSeries({ data, series, xKey, height = 320 }: LineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
        <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
        <YAxis
          tickFormatter={billions}
          tick={{ fontSize: 12 }}
          label={{ value: 'bn USD', angle: -90, position: 'insideLeft', fontSize: 12 }}
          width={56}
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? `$${billions(v)} bn` : '—')} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
