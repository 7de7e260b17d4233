// `npm start`: build the extension, serve the demo site, and open it in Chromium with the extension loaded.
// Live APIs when they answer; otherwise the recorded responses in tests/fixtures/api, served on the real
// hostnames. With no display it runs headless, writes screenshots and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Worker } from '@playwright/test';
import { extensionArgs, findChromium } from './lib/chromium.ts';
import { startFakeApi } from './lib/fake-api.ts';
import { startStaticServer } from './lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = resolve(ROOT, 'screenshots/start');
const hasDisplay =
  !process.argv.includes('--headless') &&
  (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));

async function liveApisAnswer(): Promise<boolean> {
  try {
    const response = await fetch('https://mempool.space/api/v1/prices', {
      signal: AbortSignal.timeout(5000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitForSnapshot(worker: Worker, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await worker.evaluate(async () =>
      Boolean((await chrome.storage.local.get('snapshot')).snapshot),
    );
    if (found) return true;
    await new Promise((done) => setTimeout(done, 500));
  }
  return false;
}

console.log('▶ building the extension (wxt build)');
const build = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const site = await startStaticServer(resolve(ROOT, 'scripts/demo-site'));
const live = await liveApisAnswer();
const fakeApi = live
  ? undefined
  : await startFakeApi(resolve(ROOT, 'tests/fixtures/api'), resolve(ROOT, 'tests/e2e/support/cert'));
console.log(
  live
    ? '● data: live (mempool.space answered)'
    : '● data: recorded (live APIs unreachable; serving tests/fixtures/api on the real hostnames)',
);

const context = await chromium.launchPersistentContext('', {
  executablePath: findChromium(),
  headless: !hasDisplay,
  viewport: { width: 1200, height: 800 },
  args: extensionArgs({ extensionDir: resolve(ROOT, '.output/chrome-mv3'), fakeApi }),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const gotData = await waitForSnapshot(worker, 30_000);
if (!gotData) console.log('! no snapshot after 30 s: pages show no badges until data arrives');

const news = await context.newPage();
await news.goto(site.url('news.html', 'news.test'));
const exchange = await context.newPage();
await exchange.goto(site.url('exchange.html', 'exchange.test'));

if (hasDisplay) {
  await news.bringToFront();
  console.log(`Demo site: ${site.url('', 'news.test')} — close the browser or press Ctrl-C to stop.`);
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  mkdirSync(SHOTS, { recursive: true });
  await news.waitForTimeout(1500); // let the first scan finish
  await news.screenshot({ path: resolve(SHOTS, 'news.png') });
  await exchange.screenshot({ path: resolve(SHOTS, 'exchange.png') });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: resolve(SHOTS, 'popup.png'), fullPage: true });
  const badges = await news.locator('hashfloor-badge').count();
  console.log(`No display: ran headless. ${badges} badges on the news page. Screenshots in ${SHOTS}`);
}
await context.close();
await site.close();
await fakeApi?.close();
