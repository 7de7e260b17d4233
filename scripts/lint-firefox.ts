// web-ext lint on the Firefox build: zero errors required; warnings are printed for review.
import { spawnSync } from 'node:child_process';

const run = spawnSync(
  'node_modules/.bin/web-ext',
  ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8' },
);
const report = JSON.parse(run.stdout) as {
  count: number;
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
for (const item of [...report.errors, ...report.warnings]) {
  console.log(
    `${report.errors.includes(item) ? 'error' : 'warning'} ${item.code} ${item.file ?? ''}: ${item.message}`,
  );
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
process.exit(report.errors.length ? 1 : 0);
