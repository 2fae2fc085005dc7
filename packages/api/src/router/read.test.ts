import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { BUMP_WRITE_VERSION_SQL } from '@tianshan/db/write/write-version';
import { callerOn } from '../test-caller';

describeOnEachDatabase(
  'reads',
  (database) => {
    const caller = () => callerOn(database().db);
    /** A change made behind the write layer's back, bumping the write version as every writer must. */
    const rawWrite = async (text: string, params: unknown[]) => {
      await database().query(text, params);
      await database().query(BUMP_WRITE_VERSION_SQL);
    };

    describe('trade', () => {
      it('exposes one preferred figure per key and lists the disagreeing report as an alternative', async () => {
        const figures = await caller().trade.figures({
          countries: ['KZ'],
          yearFrom: 2024,
          yearTo: 2024,
          reporters: ['CN'],
          periodKinds: ['year'],
        });
        expect(figures).toHaveLength(1);
        const [kz] = figures;
        // GACC's exact 43.82 bn beats the newspaper's "exceeded 44 bn" bound.
        expect(kz?.totalUsd).toBe(43_820_000_000);
        expect(kz?.preferredBecause).toBe('exact-over-bound');
        expect(kz?.alternatives.map((a) => [a.totalUsd, a.qualifier])).toEqual([
          [44_000_000_000, 'more-than'],
        ]);
        expect(kz?.sources.length).toBeGreaterThan(0);
      });

      it('shows the same preferred figure in the coverage grid, with the disagreeing reports counted', async () => {
        const { years, grids, series } = await caller().trade.coverage({ countries: ['KZ'] });
        expect(years[0]).toBe(2000);
        const kz = grids.find((g) => g.reporterGroup === 'china')?.rows[0];
        const y2024 = kz?.cells.find((c) => c.year === 2024);
        expect(y2024?.totalUsd).toBe(43_820_000_000);
        expect(y2024?.conflictingReports).toBeGreaterThanOrEqual(2);
        expect(kz?.cells.filter((c) => c.status === 'gap').every((c) => c.totalUsd === null)).toBe(
          true,
        );
        expect(series.find((s) => s.reporterGroup === 'china')?.publisher).toBe('CN');
      });

      it('compares China-reported and Kyrgyz-reported totals with the gap ratio and its reasons', async () => {
        const mirror = await caller().trade.mirror({ country: 'KG' });
        const y2024 = mirror.years.find((y) => y.year === 2024);
        expect(y2024?.china.totalUsd).toBe(22_710_000_000);
        expect(y2024?.partner.totalUsd).toBe(5_300_000_000);
        expect(y2024?.ratio).toBeCloseTo(4.28, 2);
        expect(mirror.reasons.join(' ')).toMatch(/transit/i);
      });

      it('checks the C5 aggregate against the sum of the five countries (2024: 94.82 bn)', async () => {
        const checks = await caller().trade.aggregateCheck();
        const y2024 = checks.find((c) => c.year === 2024);
        expect(y2024?.reportedUsd).toBe(94_820_000_000);
        expect(y2024?.sumOfCountriesUsd).toBe(94_820_000_000);
        expect(y2024?.countries.map((c) => c.scope).sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
      });

      it('keeps C5 rows out of the country series', async () => {
        const { cells, chart } = await caller().trade.byCountryYear({ reporter: 'CN' });
        expect(cells.every((c) => c.country !== ('C5' as string))).toBe(true);
        expect(cells.find((c) => c.country === 'TJ' && c.year === 2024)?.figure.totalUsd).toBe(
          3_860_000_000,
        );
        expect(chart.find((r) => r.year === 2024)?.TJ).toBe(3_860_000_000);
        expect(chart.every((r) => !('C5' in r))).toBe(true);
      });

      it('leaves missing years as gaps and computes growth only across consecutive years', async () => {
        const { points, chart } = await caller().trade.series({ country: 'KG', reporters: ['CN'] });
        const years = points.map((p) => p.year);
        expect(years).toContain(2022);
        expect(years).not.toContain(2021);
        expect(points.find((p) => p.year === 2022)?.computedGrowthBp).toBeNull();
        expect(points.find((p) => p.year === 2023)?.computedGrowthBp).toBe(2774);
        // The chart keeps every year of the span, a missing one as a gap rather than a zero.
        const chartYears = chart.map((r) => r.year);
        expect(chartYears).toEqual(
          Array.from({ length: chartYears.length }, (_, i) => (chartYears[0] ?? 0) + i),
        );
        if (years.some((y) => y < 2021)) expect(chart.find((r) => r.year === 2021)?.cn).toBeNull();
      });

      it("draws the explorer's chart from the calendar-year figures the filter selects", async () => {
        const filter = { countries: ['KG' as const], reporters: ['CN' as const] };
        const { lines, rows } = await caller().trade.yearChart(filter);
        const yearly = (await caller().trade.figures(filter)).filter(
          (f) => f.periodKind === 'year' && f.totalUsd !== null,
        );
        expect(lines.map((l) => l.key)).toEqual(['KG|CN']);
        for (const f of yearly)
          expect(rows.find((r) => r.year === f.year)?.['KG|CN']).toBe(f.totalUsd);
        expect(await caller().trade.yearChart({ ...filter, periodKinds: ['month'] })).toEqual({
          lines: [],
          rows: [],
        });
      });

      it('reports the newest China–Central Asia total with its change', async () => {
        const headline = await caller().trade.headline();
        expect(headline?.latest.year).toBe(2025);
        expect(headline?.latest.totalUsd).toBe(106_300_000_000);
      });
    });

    describe('projects, timeline, sources', () => {
      it('filters projects by country, sector and status', async () => {
        const { rows, total } = await caller().projects.list({
          countries: ['KZ'],
          sectors: ['energy'],
          statuses: ['operating'],
          limit: 100,
          offset: 0,
        });
        const names = rows.map((r) => r.name);
        expect(total).toBe(rows.length);
        expect(names).toContain('Beineu-Bozoi-Shymkent Gas Pipeline');
        expect(
          rows.every(
            (r) => r.countries.includes('KZ') && r.sector === 'energy' && r.status === 'operating',
          ),
        ).toBe(true);
      });

      it('counts every live project on the unfiltered page, and only the matching ones once filtered', async () => {
        const hide = (deletedAt: string | null) =>
          rawWrite(
            'UPDATE projects SET deleted_at = $1 WHERE id = (SELECT max(id) FROM projects)',
            [deletedAt],
          );
        await hide('2026-01-01T00:00:00.000Z');
        const live = await database().count(
          'SELECT count(*) FROM projects WHERE deleted_at IS NULL',
        );
        expect((await caller().projects.list({ limit: 10, offset: 0 })).total).toBe(live);
        expect((await caller().projects.list({ search: '  ', limit: 10, offset: 0 })).total).toBe(
          live,
        );
        const kg = await database().count(
          "SELECT count(*) FROM projects p WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM project_countries c WHERE c.project_id = p.id AND c.country = 'KG')",
        );
        expect(
          (await caller().projects.list({ countries: ['KG'], limit: 10, offset: 0 })).total,
        ).toBe(kg);
        expect(kg).toBeLessThan(live);
        expect(live).toBeLessThan(await database().count('SELECT count(*) FROM projects'));
        await hide(null);
      });

      it('treats % and _ in a search as literal text', async () => {
        // One project whose text holds a literal %, another a literal _; the rest hold neither.
        const [percent, underscore] = await database().query<{
          id: number;
          description: string | null;
        }>('SELECT id, description FROM projects WHERE deleted_at IS NULL ORDER BY id LIMIT 2');
        if (!percent || !underscore) throw new Error('the seed has fewer than two projects');
        const setDescription = (description: string | null, id: number) =>
          rawWrite('UPDATE projects SET description = $1 WHERE id = $2', [description, id]);
        await setDescription('holds a 50% stake', percent.id);
        await setDescription('customs code KG_7', underscore.id);
        // Which live projects contain the character in any searched column, by plain substring.
        const searched = await database().query<Record<string, string | null> & { id: number }>(
          `SELECT id, name, description, chinese_parties, local_parties, sector_detail, status_detail
         FROM projects WHERE deleted_at IS NULL ORDER BY id`,
        );
        const holding = (character: string) =>
          searched
            .filter(({ id: _id, ...texts }) =>
              Object.values(texts).some((text) => text?.includes(character)),
            )
            .map((row) => row.id);
        const found = async (search: string) =>
          (await caller().projects.list({ search, limit: 100, offset: 0 })).rows
            .map((r) => r.id)
            .sort((a, b) => a - b);
        try {
          expect(holding('%')).toContain(percent.id);
          expect(holding('%')).not.toContain(underscore.id);
          expect(await found('%')).toEqual(holding('%'));
          expect(holding('_')).toContain(underscore.id);
          expect(holding('_')).not.toContain(percent.id);
          expect(await found('_')).toEqual(holding('_'));
        } finally {
          await setDescription(percent.description, percent.id);
          await setDescription(underscore.description, underscore.id);
        }
      });

      it('sorts by value with unknown values last', async () => {
        const { rows } = await caller().projects.list({
          sort: 'value',
          dir: 'desc',
          limit: 100,
          offset: 0,
        });
        const values = rows.map((r) => r.valueUsd);
        const firstNull = values.indexOf(null);
        expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
        const known = values.slice(0, firstNull) as number[];
        expect(known).toEqual([...known].sort((a, b) => b - a));
      });

      it('returns a project with its milestones in date order and keeps date precision', async () => {
        const { rows } = await caller().projects.list({
          search: 'China-Kyrgyzstan-Uzbekistan Railway',
          limit: 5,
          offset: 0,
        });
        const project = await caller().projects.byId({ id: rows[0]?.id ?? -1 });
        expect(project.startedOn).toBe('2024-12-27');
        const dates = project.milestones.map((m) => m.date);
        expect(dates).toEqual([...dates].sort());
        expect(project.milestones.every((m) => m.sources.length > 0)).toBe(true);
      });

      it('puts milestones and events on one axis, filterable by country', async () => {
        const entries = await caller().timeline.list({
          countries: ['KG'],
          from: '2025',
          to: '2025',
        });
        expect(entries.length).toBeGreaterThan(0);
        expect(entries.every((e) => e.countries.includes('KG') && e.date.startsWith('2025'))).toBe(
          true,
        );
        expect(entries.some((e) => e.type === 'event')).toBe(true);
      });

      it('lists sources with what cites them', async () => {
        const sources = await caller().sources.list({ search: 'Beijing Review' });
        const bjr = sources.find(
          (s) => s.url === 'https://www.bjreview.com/World/202506/t20250623_800405691.html',
        );
        expect(bjr?.citationCount).toBeGreaterThan(0);
        const detail = await caller().sources.byId({ id: bjr?.id ?? -1 });
        expect(detail.citations.length).toBe(bjr?.citationCount);
      });

      it('never adds different investment metrics together', async () => {
        const groups = await caller().investments.summary({ countries: ['UZ'] });
        const kinds = groups.map((g) => g.metricKind);
        expect(new Set(kinds).size).toBe(kinds.length);
        // Enterprise counts are one kind; loans and cumulative totals stay in their own groups.
        expect(groups.find((g) => g.metricKind === 'company-count')?.records).toBe(7);
      });
    });

    describe('bad input', () => {
      it('gets a typed BAD_REQUEST naming the field, never an internal error', async () => {
        const attempt = caller().projects.list({ countries: ['XX' as 'KZ'], limit: 10, offset: 0 });
        await expect(attempt).rejects.toBeInstanceOf(TRPCError);
        await expect(attempt).rejects.toMatchObject({ code: 'BAD_REQUEST' });
        await expect(caller().trade.figures({ yearFrom: 1800 })).rejects.toMatchObject({
          code: 'BAD_REQUEST',
        });
        await expect(caller().projects.byId({ id: 999_999 })).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
      });
    });
  },
  { seed: true },
);
