import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathFromInvocation } from '../env';
import { confirmImport } from '../import/confirm';
import { removeStaged, stagingPath } from '../import/staging';
import { previewOfficialImport } from '../import/official/official-preview';
import { OFFICIAL_FORMATS, type OfficialFormatId } from '../import/official/read-official';
import { openCommandDatabase } from '../command-database';

const USAGE = `usage: pnpm --filter @tianshan/db import:official <file> --query <the query or file name> --retrieved <YYYY-MM-DD>
       [--format comtrade|imf-imts] [--url <database address>] [--yes]
Without --yes it only previews: nothing is written.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    query: { type: 'string' },
    retrieved: { type: 'string' },
    format: { type: 'string' },
    url: { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
});
const [typed] = positionals;
if (!typed || !values.retrieved) {
  console.error(USAGE);
  process.exit(2);
}
if (values.format && !(values.format in OFFICIAL_FORMATS)) {
  console.error(`--format must be one of ${Object.keys(OFFICIAL_FORMATS).join(', ')}`);
  process.exit(2);
}
const file = pathFromInvocation(typed);
const { db, close } = await openCommandDatabase('import:official');
try {
  const preview = await previewOfficialImport(db, path.basename(file), createReadStream(file), {
    query: values.query ?? path.basename(file),
    retrievedOn: values.retrieved,
    databaseUrl: values.url,
    format: values.format as OfficialFormatId | undefined,
    // The web upload is capped; a file on the editor's own disk is not.
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  const { official, counts } = preview;
  console.log(
    `${official.database ?? 'unknown database'}: ${official.rowsRead} rows read → ${official.figures} trade reports: ` +
      `${counts.additions} to add, ${counts.changes} to revise, ${counts.unchanged} unchanged, ${counts.invalid} invalid`,
  );
  for (const s of official.skipped) console.log(`left out: ${s.count} ${s.reason}`);
  for (const c of preview.changes)
    console.log(
      `line ${c.line} (#${c.id}): ${c.fields.map((f) => `${f.field} ${String(f.from)} → ${String(f.to)}`).join('; ')}`,
    );
  for (const d of official.disagreements)
    console.log(
      `line ${d.line}: ${d.figure} ${d.field} is ${d.official} here but ${d.stored} (${d.qualifier}) in #${d.recordId}, ${d.source}`,
    );
  for (const e of preview.errors) console.error(e.message);
  if (!preview.importId) {
    console.error('Nothing was imported.');
    process.exit(1);
  }
  if (!values.yes) {
    removeStaged(stagingPath(preview.importId));
    console.log('Preview only; run again with --yes to import.');
  } else {
    const result = await confirmImport(db, preview.importId, {
      userId: null,
      label: `import:official (${os.userInfo().username})`,
    });
    console.log(`Imported: ${result.created} added, ${result.updated} revised.`);
  }
} finally {
  await close();
}
