import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Which source module a profiled function came from, so a CPU profile of the production build can be
 * split by what the code does. A profile names each function by its place in the file that ran: the
 * build's server chunks are minified bundles of many modules (each has a source map beside it), and
 * Next's page runtime is one minified file holding React's RSC renderer, the RSC client that reads the
 * payload back for the HTML pass and React DOM's HTML renderer, each under its own module key.
 */
interface FrameLocation {
  url: string;
  lineNumber: number;
  columnNumber: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each generated line's segments as [generated column, source index], from a source map's `mappings`. */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
          continue;
        }
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      segments.push([column, source]);
    }
    lines.push(segments);
  }
  return lines;
}

/** A module's path as a reader knows it: from the package (or the workspace folder) on. */
function shortPath(source: string): string {
  const decoded = decodeURIComponent(source);
  const inModules = decoded.lastIndexOf('node_modules/');
  if (inModules >= 0) return decoded.slice(inModules);
  return decoded.replace(/^(\.\.\/)+/, '').replace(/^\[project\]\//, '');
}

/** The last index whose key is at most `target` (keys ascending), or -1. */
function lastAtOrBefore(length: number, key: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= target) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

interface Located {
  at: (line: number, column: number) => string | null;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** One source map's lookup: generated line and column → the module's short path. */
function mapLookup(map: SourceMap): Located {
  const lines = decodeMappings(map.mappings);
  return {
    at(line, column) {
      const segments = lines[line] ?? [];
      const found = segments[lastAtOrBefore(segments.length, (i) => segments[i]?.[0] ?? 0, column)];
      const source = found === undefined ? undefined : map.sources[found[1]];
      return source === undefined ? null : shortPath(source);
    },
  };
}

/**
 * A chunk's map: a plain map, or an index map (Turbopack writes one per chunk) whose sections each map
 * the part of the file from their offset on.
 */
function sourceMapped(file: string): Located | null {
  if (!existsSync(`${file}.map`)) return null;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as
    SourceMap | { sections: { offset: { line: number; column: number }; map: SourceMap }[] };
  if (!('sections' in map)) return mapLookup(map);
  const sections = map.sections.map((s) => ({ ...s.offset, located: mapLookup(s.map) }));
  const position = (line: number, column: number) => line * 1e7 + column;
  return {
    at(line, column) {
      const section =
        sections[
          lastAtOrBefore(
            sections.length,
            (i) => position(sections[i]?.line ?? 0, sections[i]?.column ?? 0),
            position(line, column),
          )
        ];
      if (!section) return null;
      return section.located.at(
        line - section.line,
        line === section.line ? column - section.column : column,
      );
    },
  };
}

/** Next's runtime bundle: its modules are keyed `"./dist/compiled/react-dom/…"(e,t,r){`, in file order. */
function bundleModules(file: string): Located {
  const text = readFileSync(file, 'utf8');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const starts: { offset: number; name: string }[] = [];
  for (const m of text.matchAll(/"((?:\(react-server\)\/)?\.\/dist\/[^"]+)"\([a-z,]*\)\{/g))
    starts.push({ offset: m.index, name: `next/${m[1] ?? ''}` });
  return {
    at(line, column) {
      const offset = (lineStarts[line] ?? 0) + column;
      return (
        starts[lastAtOrBefore(starts.length, (i) => starts[i]?.offset ?? 0, offset)]?.name ?? null
      );
    },
  };
}

/** `frame → module path`, reading each file's map or module table once. */
export function moduleResolver(): (frame: FrameLocation) => string {
  const files = new Map<string, Located | null>();
  return (frame) => {
    if (!frame.url.startsWith('file://')) return frame.url;
    const file = fileURLToPath(frame.url);
    if (!files.has(file)) {
      files.set(
        file,
        /next-server\/app-page[^/]*\.runtime\.prod\.js$/.test(file)
          ? bundleModules(file)
          : // A package's own map would name its sources without the package: only the build's chunks.
            file.includes('/.next/')
            ? sourceMapped(file)
            : null,
      );
    }
    return files.get(file)?.at(frame.lineNumber, frame.columnNumber) ?? shortPath(file);
  };
}
