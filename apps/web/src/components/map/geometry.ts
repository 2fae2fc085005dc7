import 'server-only';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { CountryCode } from '@tianshan/model';
// Bundled into the server build only (this module is server-only); browsers never download it.
import atlas from 'world-atlas/countries-50m.json';

/** ISO 3166 numeric ids used by world-atlas. */
const NUMERIC: Record<CountryCode, string> = {
  KZ: '398',
  KG: '417',
  TJ: '762',
  TM: '795',
  UZ: '860',
};
/** Neighbours drawn in grey for context, so the five are not floating in space. */
const CONTEXT = ['156', '643', '004', '364', '496'];

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 400;

interface Shapes {
  countries: { code: CountryCode; d: string; centroid: [number, number] }[];
  context: string[];
  project: (lon: number, lat: number) => [number, number] | null;
}

let cached: Shapes | null = null;

const MIN_TRIANGLE_DEGREES2 = 0.005;

/**
 * A tenth of a pixel is finer than any screen shows on a 640-unit drawing; the full float (16 digits) made
 * the 600 area markers of a large database a fifth of the overview page, twice (HTML and RSC payload).
 */
export const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Country outlines projected once per server process and kept as SVG path strings: the browser receives
 * plain SVG, with no map library, tiles or boundary files to download.
 */
export function mapShapes(): Shapes {
  if (cached) return cached;
  // The 50m outlines carry far more points than 640 units can show: drop every point whose triangle with its
  // neighbours is under ~1.3 square pixels (about 0.005 square degrees at this scale).
  const topology = simplify(
    presimplify(atlas as unknown as Parameters<typeof presimplify>[0]),
    MIN_TRIANGLE_DEGREES2,
  ) as Parameters<typeof feature>[0];
  const all = feature(
    topology,
    topology.objects.countries as Parameters<typeof feature>[1],
  ) as unknown as FeatureCollection<Geometry, { name: string }>;
  const byId = new Map(all.features.map((f) => [String(f.id), f]));
  const five = (Object.entries(NUMERIC) as [CountryCode, string][]).map(([code, id]) => ({
    code,
    f: byId.get(id) as Feature<Geometry>,
  }));
  const projection = geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-66, 0])
    .fitExtent(
      [
        [12, 12],
        [MAP_WIDTH - 12, MAP_HEIGHT - 12],
      ],
      { type: 'FeatureCollection', features: five.map((x) => x.f) },
    );
  // Neighbours such as Russia and China are mostly off-map: clip every outline to the drawing, and round to
  // whole units (half a pixel at most on a 640-unit drawing). Unclipped at full precision the outlines were
  // 236 kB of every overview response; at a tenth of a pixel and half the simplification, 28 kB, twice
  // (HTML and RSC payload).
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const path = geoPath(projection).digits(0);
  cached = {
    countries: five.map(({ code, f }) => ({
      code,
      d: path(f) ?? '',
      centroid: path.centroid(f).map(tenth) as [number, number],
    })),
    context: CONTEXT.map((id) => byId.get(id)).flatMap((f) => (f ? [path(f) ?? ''] : [])),
    project: (lon, lat) => {
      const xy = projection([lon, lat]);
      return xy ? [tenth(xy[0]), tenth(xy[1])] : null;
    },
  };
  return cached;
}
