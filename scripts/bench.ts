// `npm run bench`: builds the extension, then runs every bench/*.bench.ts (detector throughput in Node,
// overlay cost in real headless Chromium). Benchmarks print figures; they never pass or fail on timings.
import { spawnSync } from 'node:child_process';

const run = (bin: string, args: string[]) =>
  spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
if (run('wxt', ['build']).status !== 0) process.exit(1);
const bench = run('vitest', ['run', '--config', 'bench/vitest.config.ts', ...process.argv.slice(2)]);
process.exit(bench.status ?? 1);
