import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { COUNTRIES, formatUsd, type CountryCode } from '@tianshan/model';
import { areaMarkup } from './area-markup';
import { MAP_HEIGHT, MAP_WIDTH, mapShapes, tenth } from './geometry';

type Locations = RouterOutputs['projects']['locations'];
type MapProject = Extract<Locations, { grouped: false }>['points'][number];
type MapArea = Extract<Locations, { grouped: true }>['areas'][number];

/** Sequential blues, light to dark; readable for colour-blind readers and in greyscale. */
const SHADES = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'];

/**
 * The five countries shaded by trade (darker = more), each a link to its page, with project locations.
 * Dots from coordinates a source stated are filled; approximate city coordinates are hollow rings.
 */
export function CentralAsiaMap({
  tradeByCountry,
  projects,
  areas = [],
  caption,
}: {
  tradeByCountry: Partial<Record<CountryCode, number>>;
  projects: MapProject[];
  areas?: MapArea[];
  caption: string;
}) {
  const shapes = mapShapes();
  const values = Object.values(tradeByCountry).filter((v): v is number => typeof v === 'number');
  const max = Math.max(1, ...values);
  const shade = (v: number | undefined) =>
    v === undefined
      ? '#f1f5f9'
      : (SHADES[Math.min(SHADES.length - 1, Math.floor((v / max) * SHADES.length))] as string);
  return (
    <figure className="rounded border border-line bg-white p-2">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby="map-title"
        className="h-auto w-full"
      >
        <title id="map-title">{caption}</title>
        {shapes.context.map((d, i) => (
          <path key={i} d={d} fill="#f8fafc" stroke="#cbd5e1" strokeWidth={0.5} />
        ))}
        {shapes.countries.map((c) => {
          const name = COUNTRIES.find((x) => x.code === c.code)?.name ?? c.code;
          const slug = COUNTRIES.find((x) => x.code === c.code)?.slug ?? '';
          const value = tradeByCountry[c.code];
          return (
            <Link
              key={c.code}
              href={`/countries/${slug}`}
              aria-label={`${name}${value !== undefined ? `: trade ${formatUsd(value)}` : ''}`}
            >
              <path d={c.d} fill={shade(value)} stroke="#334155" strokeWidth={0.8}>
                <title>{`${name}${value !== undefined ? ` — ${formatUsd(value)}` : ''}`}</title>
              </path>
              <text
                x={c.centroid[0]}
                y={c.centroid[1]}
                textAnchor="middle"
                fontSize={11}
                fill="#0f172a"
                stroke="#fff"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {name}
              </text>
            </Link>
          );
        })}
        {projects.flatMap((p) => {
          if (p.lat === null || p.lon === null) return [];
          const xy = shapes.project(p.lon, p.lat);
          if (!xy) return [];
          const stated = p.locationBasis === 'source';
          return [
            <Link
              key={p.id}
              href={`/projects/${p.id}`}
              aria-label={`${p.name}${stated ? '' : ' (approximate location)'}`}
            >
              <circle
                cx={xy[0]}
                cy={xy[1]}
                r={5}
                fill={stated ? '#D55E00' : '#fff'}
                stroke="#D55E00"
                strokeWidth={2}
              >
                <title>{`${p.name}${stated ? '' : ' — approximate location'}`}</title>
              </circle>
            </Link>,
          ];
        })}
        {areas.length > 0 && (
          // Too many projects for one dot each: areas sized by how many projects lie in them (area ∝ count).
          <g
            fill="#D55E00"
            fillOpacity={0.45}
            stroke="#D55E00"
            strokeWidth={0.5}
            data-testid="map-areas"
            dangerouslySetInnerHTML={{
              __html: areaMarkup(
                areas.flatMap((a) => {
                  const xy = shapes.project(a.lon, a.lat);
                  const r = tenth(Math.min(12, 1.5 + Math.sqrt(a.count) / 2));
                  return xy ? [{ x: xy[0], y: xy[1], r, count: a.count }] : [];
                }),
              ),
            }}
          />
        )}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 px-1 text-xs text-muted">
        <span>Darker = more trade with China.</span>
        {areas.length > 0 && (
          <span className="inline-flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5" fill="#D55E00" fillOpacity={0.45} />
            </svg>{' '}
            projects grouped by area (larger = more projects)
          </span>
        )}
        <span className="inline-flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4" fill="#D55E00" />
          </svg>{' '}
          location stated by a source
        </span>
        <span className="inline-flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4" fill="#fff" stroke="#D55E00" strokeWidth="2" />
          </svg>{' '}
          approximate (city) location
        </span>
      </figcaption>
    </figure>
  );
}
