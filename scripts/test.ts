// `npm test`: every check a change must pass, in order, then one line `N passed, N failed`
// (unit + end-to-end test counts) for CI. Static checks that fail make the run fail too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Outside test-results/: Playwright empties that folder when it starts.
const REPORTS = 'test-reports';
mkdirSync(REPORTS, { recursive: true });

interface Step {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
}

const unitReport = join(REPORTS, 'unit.json');
const UNIT_STEP = 'unit (vitest)';
const E2E_STEP = 'end-to-end (playwright)';
const e2eReport = join(REPORTS, 'e2e.json');
const steps: Step[] = [
  { name: 'format + lint (biome)', cmd: ['biome', 'check', '.'] },
  { name: 'types (tsc)', cmd: ['tsc', '--noEmit', '-p', '.'] },
  {
    name: UNIT_STEP,
    cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
  },
  { name: 'build chrome', cmd: ['wxt', 'build'] },
  { name: 'build firefox', cmd: ['wxt', 'build', '-b', 'firefox'] },
  {
    name: 'build chrome, ask-per-site flavour',
    cmd: ['wxt', 'build'],
    env: { HASHFLOOR_SITE_ACCESS: 'on-request' },
  },
  { name: 'firefox lint (web-ext)', cmd: ['node', 'scripts/lint-firefox.ts'] },
  {
    name: E2E_STEP,
    cmd: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
  },
];

const failedSteps: string[] = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [bin, ...args] = step.cmd;
  const local = join('node_modules/.bin', bin!);
  const run = spawnSync(existsSync(local) ? local : bin!, args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failedSteps.push(step.name);
  console.log(`${run.status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)`);
}

const read = (file: string): Record<string, number> | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const unit = read(unitReport) as
  | {
      numPassedTests?: number;
      numFailedTests?: number;
      testResults?: { status: string; assertionResults: unknown[] }[];
    }
  | undefined;
// A test file that fails to load runs no test; count it as a failure so the summary cannot look green.
const brokenFiles = (unit?.testResults ?? []).filter(
  (f) => f.status === 'failed' && !f.assertionResults.length,
);
const e2e = read(e2eReport) as
  | { stats?: { expected: number; unexpected: number; flaky: number } }
  | undefined;
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats ? e2e.stats.expected + e2e.stats.flaky : 0);
const unitFailed = (unit?.numFailedTests ?? 0) + brokenFiles.length;
const e2eFailed = e2e?.stats?.unexpected ?? 0;
// A failed step that no test count explains (lint, types, a build, an unhandled error in a passing
// suite, a missing report) counts as one failure, so the closing line never reads green on a red run.
const unexplained = failedSteps.filter(
  (name) => !(name === UNIT_STEP && unitFailed) && !(name === E2E_STEP && e2eFailed),
).length;
const failed = unitFailed + e2eFailed + unexplained;

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
