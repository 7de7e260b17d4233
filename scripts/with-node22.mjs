// Runs a project script with Node >= 22 (WXT 0.21 and Vitest 5 need it), on any machine with npm.
// Plain JavaScript on purpose: it must start on the system's older Node. When that Node is older, it
// installs Node 22 from the npm registry's `node` package into ~/.cache/hashfloor-tools (as .ci/run
// does, through this same file) and re-runs the command with it first on PATH, so the tools the script
// starts (wxt, vitest, playwright) run on it too.
//   node scripts/with-node22.mjs scripts/test.ts [args]     node scripts/with-node22.mjs --bin-dir
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const NEEDED = 22;
const major = Number(process.versions.node.split('.')[0]);

/** A Node >= 22 binary: this one, or the one in the tools folder (installed when missing). */
function node22() {
  if (major >= NEEDED) return process.execPath;
  const tools = process.env.HASHFLOOR_TOOLS || join(homedir(), '.cache', 'hashfloor-tools');
  const bin = join(tools, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (!existsSync(bin)) {
    console.error(
      `▶ Node ${process.versions.node} is older than ${NEEDED}: installing Node ${NEEDED} into ${tools}`,
    );
    mkdirSync(tools, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['install', '--prefix', tools, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
    const installed = spawnSync(npm, [...args, `node@${NEEDED}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (installed.status !== 0 || !existsSync(bin)) {
      console.error(
        `✘ Could not install Node ${NEEDED}. Install it yourself (https://nodejs.org, or ` +
          `\`npm install --prefix ${tools} node@${NEEDED}\`) and run the command again.`,
      );
      process.exit(1);
    }
  }
  return bin;
}

const node = node22();
if (process.argv[2] === '--bin-dir') {
  // For shell scripts (.ci/run): the folder to put first on PATH.
  console.log(dirname(node));
  process.exit(0);
}
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
const run = spawnSync(node, process.argv.slice(2), { stdio: 'inherit', env });
process.exit(run.status ?? 1);
