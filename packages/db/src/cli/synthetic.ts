import { parseArgs } from 'node:util';
import { databasePath, pathFromInvocation } from '../env';
import { generateSynthetic, sizeAtScale } from '../synthetic/generate';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scale: { type: 'string', default: '1' },
  },
});
if (!values.out) {
  console.error('usage: pnpm --filter @tianshan/db db:synthetic --out <new file> [--scale 0.01]');
  process.exit(2);
}
const out = pathFromInvocation(values.out);
if (out === databasePath()) {
  console.error('refusing to write synthetic data to the default database');
  process.exit(2);
}
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 1)) {
  console.error('--scale must be a number in (0, 1]');
  process.exit(2);
}
const size = sizeAtScale(scale);
const started = Date.now();
try {
  generateSynthetic(out, size, (m) => console.log(m));
  console.log(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`, size);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
