import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type Metrics,
  median,
  metrics,
  openMeasuredPage,
  type Rig,
  ROOT,
  readProbe,
  type Side,
  settle,
  startRig,
  type TaskStats,
  traceTasks,
} from './support/browser';
import { bundleSizes } from './support/bundle';

// What the overlay costs a page, in real headless Chromium: the same pages loaded with the extension
// (a realistic snapshot seeded, so badges render at once) and without it, interleaved run by run.
// CDP durations are the renderer main thread's own CPU time (threadTicks), which the shared, noisy
// cores disturb less than wall time. Prints figures and writes bench/results/overlay.json; never
// asserts timings.

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 3);
const TICKER_WINDOW_MS = 3000;
const TASK_KEYS = [
  'longestWallMs',
  'longestCpuMs',
  'over50',
  'tasks',
  'longestExtensionWallMs',
  'longestExtensionCpuMs',
  'extensionTasks',
] as const;

let rig: Rig;
const results: Record<string, unknown> = {};
const fmt = (ms: number, digits = 1) => (Number.isFinite(ms) ? ms.toFixed(digits) : 'n/a');
const signed = (ms: number, digits = 1) => `${ms >= 0 ? '+' : ''}${fmt(ms, digits)}`;
const line = (text: string) => console.log(text);

beforeAll(async () => {
  rig = await startRig();
  results.chromium = rig.userAgent;
  results.runs = RUNS;
}, 120_000);

afterAll(async () => {
  await rig?.close();
  const dir = resolve(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const out = resolve(dir, 'overlay.json');
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...results }, null, 2)}\n`);
  line(`overlay results written to ${out}`);
});

/** Runs `run` for both sides, alternating which goes first, `n` times; returns each side's results. */
async function interleaved<T>(
  n: number,
  run: (side: Side) => Promise<T>,
): Promise<{ with: T[]; without: T[] }> {
  const out = { with: [] as T[], without: [] as T[] };
  for (let i = 0; i < n; i += 1) {
    const order = i % 2 ? [rig.without, rig.with] : [rig.with, rig.without];
    for (const side of order) out[side.name].push(await run(side));
  }
  return out;
}

const pick = (xs: Metrics[], key: keyof Metrics) => median(xs.map((m) => m[key]));
function diff(runs: { with: Metrics[]; without: Metrics[] }, key: keyof Metrics) {
  const w = pick(runs.with, key);
  const wo = pick(runs.without, key);
  return { with: w, without: wo, extra: w - wo };
}

it('big article: script time, long tasks, time to last badge', async () => {
  const url = rig.pages.url('big.html', 'big.test');
  const runs = await interleaved(RUNS, async (side) => {
    const { page, cdp } = await openMeasuredPage(side);
    await page.goto(url);
    const probe = await settle(page);
    const m = await metrics(cdp);
    await page.close();
    return { m, probe };
  });
  const m = { with: runs.with.map((r) => r.m), without: runs.without.map((r) => r.m) };
  const script = diff(m, 'ScriptDuration');
  const task = diff(m, 'TaskDuration');
  const layout = diff(m, 'LayoutDuration');
  const style = diff(m, 'RecalcStyleDuration');
  // Long tasks after DOMContentLoaded: the page's own parse task comes before it, the content script after.
  const longAfterDcl = (side: 'with' | 'without') =>
    runs[side].map(({ probe }) => probe.longtasks.filter((t) => t.start >= probe.domContentLoaded));
  const longest = (side: 'with' | 'without') =>
    median(longAfterDcl(side).map((ts) => Math.max(0, ...ts.map((t) => t.duration))));
  const over50 = (side: 'with' | 'without') => median(longAfterDcl(side).map((ts) => ts.length));
  const longestAll = (side: 'with' | 'without') =>
    median(runs[side].map(({ probe }) => Math.max(0, ...probe.longtasks.map((t) => t.duration))));
  const lastBadge = median(runs.with.map((r) => r.probe.lastBadgeAt));
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const inserted = median(runs.with.map((r) => r.probe.badges));

  const traced = await interleaved(TRACE_RUNS, async (side) => {
    const { page, cdp } = await openMeasuredPage(side);
    const stats = await traceTasks(cdp, url, async () => {
      await page.goto(url);
      await settle(page);
    });
    await page.close();
    return stats;
  });
  const traceMedian = (side: 'with' | 'without', key: keyof TaskStats) =>
    median(traced[side].map((t) => t[key]));

  results.bigArticle = {
    page: 'tests/e2e/pages/big.html',
    scriptMs: script,
    taskMs: task,
    layoutMs: layout,
    recalcStyleMs: style,
    longTasksAfterDomContentLoaded: {
      with: { maxMs: longest('with'), count: over50('with') },
      without: { maxMs: longest('without'), count: over50('without') },
    },
    longestTaskIncludingParseMs: { with: longestAll('with'), without: longestAll('without') },
    tracedTasksAfterDomContentLoaded: {
      runs: TRACE_RUNS,
      with: Object.fromEntries(TASK_KEYS.map((k) => [k, traceMedian('with', k)])),
      without: Object.fromEntries(TASK_KEYS.map((k) => [k, traceMedian('without', k)])),
    },
    lastBadgeMs: lastBadge,
    badges,
    badgeInsertions: inserted,
    perRun: runs,
  };
  const t = (side: 'with' | 'without', key: keyof TaskStats, digits = 1) =>
    fmt(traceMedian(side, key), digits);
  line(
    `overlay big-article: ${signed(script.extra)} ms script (median of ${RUNS}; ${fmt(script.with)} vs ${fmt(script.without)} ms), ` +
      `longest task ${fmt(longest('with'), 0)} ms (${over50('with')} over 50 ms) after DOMContentLoaded ` +
      `[without: ${fmt(longest('without'), 0)} ms, ${over50('without')}], last badge at ${fmt(lastBadge, 0)} ms, ${badges} badges`,
  );
  line(
    `overlay big-article: ${signed(task.extra)} ms main-thread tasks (${fmt(task.with)} vs ${fmt(task.without)} ms), ` +
      `layout ${signed(layout.extra)} ms, style ${signed(style.extra)} ms`,
  );
  line(
    `overlay big-article traced (median of ${TRACE_RUNS}): longest task running extension script ` +
      `${t('with', 'longestExtensionCpuMs')} ms CPU / ${t('with', 'longestExtensionWallMs')} ms wall ` +
      `(${t('with', 'extensionTasks', 0)} such tasks); longest task after DOMContentLoaded ` +
      `${t('with', 'longestCpuMs')} ms CPU / ${t('with', 'longestWallMs')} ms wall with, ` +
      `${t('without', 'longestCpuMs')} / ${t('without', 'longestWallMs')} ms without; ` +
      `${t('with', 'over50', 0)} vs ${t('without', 'over50', 0)} tasks over 50 ms wall, ` +
      `${t('with', 'tasks', 0)} vs ${t('without', 'tasks', 0)} tasks`,
  );
  line(
    `overlay big-article: longest task overall (incl. the page's own parse) ${fmt(longestAll('with'), 0)} ms with, ` +
      `${fmt(longestAll('without'), 0)} ms without; ${inserted} badge insertions`,
  );
  expect(badges).toBeGreaterThan(0);
}, 240_000);

it('live ticker: script time per price update', async () => {
  const url = rig.pages.url('ticker.html', 'ticker.test');
  const runs = await interleaved(RUNS, async (side) => {
    const { page, cdp } = await openMeasuredPage(side);
    await page.goto(url);
    if (side.name === 'with') await page.locator('hashfloor-badge').first().waitFor();
    await page.waitForTimeout(500);
    const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const [m0, r0, p0] = [await metrics(cdp), await renders(), await readProbe(page)];
    await page.waitForTimeout(TICKER_WINDOW_MS);
    const [m1, r1, p1] = [await metrics(cdp), await renders(), await readProbe(page)];
    await page.close();
    const updates = r1 - r0;
    return {
      updates,
      scriptPerUpdate: (m1.ScriptDuration - m0.ScriptDuration) / updates,
      taskPerUpdate: (m1.TaskDuration - m0.TaskDuration) / updates,
      badgeInsertions: p1.badges - p0.badges,
      badges: p1.domBadges,
    };
  });
  const med = (side: 'with' | 'without', key: 'scriptPerUpdate' | 'taskPerUpdate' | 'updates') =>
    median(runs[side].map((r) => r[key]));
  const script = { with: med('with', 'scriptPerUpdate'), without: med('without', 'scriptPerUpdate') };
  const task = { with: med('with', 'taskPerUpdate'), without: med('without', 'taskPerUpdate') };
  const insertions = Math.max(...runs.with.map((r) => r.badgeInsertions));
  results.ticker = {
    page: 'tests/e2e/pages/ticker.html',
    windowMs: TICKER_WINDOW_MS,
    updates: med('with', 'updates'),
    scriptPerUpdateMs: { ...script, extra: script.with - script.without },
    taskPerUpdateMs: { ...task, extra: task.with - task.without },
    badgeInsertionsDuringWindow: insertions,
    badges: median(runs.with.map((r) => r.badges)),
    perRun: runs,
  };
  line(
    `overlay ticker: ${signed(script.with - script.without, 3)} ms script per price update ` +
      `(${fmt(script.with, 3)} vs ${fmt(script.without, 3)}, median of ${RUNS}, ~${med('with', 'updates')} updates each), ` +
      `${signed(task.with - task.without, 3)} ms tasks per update, ${insertions} badge re-insertions`,
  );
}, 180_000);

it('plain page: fixed cost of the content script', async () => {
  const url = rig.pages.url('plain.html', 'plain.test');
  const runs = await interleaved(RUNS, async (side) => {
    const { page, cdp } = await openMeasuredPage(side);
    await page.goto(url);
    await settle(page, 500);
    const m = await metrics(cdp);
    await page.close();
    return m;
  });
  const script = diff(runs, 'ScriptDuration');
  const task = diff(runs, 'TaskDuration');
  results.plainPage = { page: 'tests/e2e/pages/plain.html', scriptMs: script, taskMs: task, perRun: runs };
  line(
    `overlay plain-page: ${signed(script.extra)} ms script (${fmt(script.with)} vs ${fmt(script.without)}, median of ${RUNS}), ` +
      `${signed(task.extra)} ms main-thread tasks`,
  );
}, 120_000);

it('shipped sizes', () => {
  const sizes = bundleSizes();
  results.sizes = sizes;
  for (const [name, s] of Object.entries(sizes))
    line(
      `overlay size ${name}: ${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip (${s.files.join(', ')})`,
    );
});
