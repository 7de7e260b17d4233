import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBar } from './support/bar';
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
import { INLINE_SPAN_FLOOR } from './support/inline-floor';
import {
  type BenchPage,
  BIG_ARTICLE,
  GIANT_NODE,
  LIVE_FEED,
  ORDER_BOOK,
  PLAIN,
  PRICES_2MB,
  QUIET_ARTICLE,
  SHORT_NEWS,
  TICKER,
} from './support/pages';
import { countPrices, type PriceCount, scrollToEnd } from './support/prices';
import {
  compare,
  each,
  floorPairs,
  fmt,
  interleaved,
  type Loaded,
  line,
  measureLoad,
  type Paired,
  type SideName,
  signed,
} from './support/run';

// What the overlay costs a page, in real headless Chromium: the same pages loaded with the extension
// (a realistic snapshot seeded, so badges render at once) and without it, interleaved run by run.
// CDP durations are the renderer main thread's own CPU time (threadTicks), which the shared, noisy
// cores disturb less than wall time. An `extra` is the median of the paired differences (run i with
// the extension minus run i without), a ratio the median of the paired with ÷ without. Prints figures
// and writes bench/results/overlay.json; never asserts timings.
//
// The bar (cases named "bar: …", key `bar` in the results; a markdown table of all rows at the end):
// - any page: gzip -9 bytes of the JavaScript the built manifest injects into every frame
//   (`content_scripts[*].js`), which every page parses, Bitcoin or not.
// - 200 KB article with no Bitcoin text, and a short news article with 10 Bitcoin prices: extra
//   main-thread time (median of the paired with − without CDP TaskDuration, navigation until the
//   badges have settled) and the load event with vs without (loadEventStart, ms after navigation start).
// - 2 MB article with ~4,000 Bitcoin prices: extra main-thread time, and with ÷ without; the longest
//   main-thread task that ran extension code (traced loads, with the extension only); the load event
//   delay; after scrolling to the end and letting badges settle, the prices on the last screen and how
//   many have a `hashfloor-badge` right after them (the worst run).
// - order book (20 rows rewritten at 20 Hz) and infinite scroll (a paragraph with a Bitcoin price
//   appended every 50 ms, view kept at the end), each for BENCH_LIVE_SECONDS (20): main-thread time
//   with ÷ without (median of the paired ratios, navigation until settled after the window); for the
//   feed, the prices badged at the end on the reader's screen (the worst run), and on the whole page,
//   and the floor of any inline badge: the page's own script adding a plain span after each price.
// The extension is measured from outside only (CDP, the DOM's badges, navigation timing), so the
// bench holds whatever the content script's internals become.
//
// Environment: BENCH_RUNS (5) runs per side; BENCH_TRACE_RUNS (3) traced loads; BENCH_LIVE_SECONDS
// (20) for the live pages, BENCH_LIVE_RUNS (min(runs, 3)) runs per side of them.

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 3);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 20);
const LIVE_RUNS = Number(process.env.BENCH_LIVE_RUNS ?? Math.min(RUNS, 3));
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
const bar = createBar(LIVE_SECONDS);
const url = (page: BenchPage, query = '') => rig.pages.url(page.file + query, page.host);
const metric = <T>(runs: Paired<Loaded<T>>, key: keyof Metrics) => compare(each(runs, (r) => r.m[key]));

/** Loads `page` under a trace and settles; the main-thread task figures after DOMContentLoaded. */
async function traceLoad(side: Side, page: string): Promise<TaskStats> {
  const { page: tab, cdp } = await openMeasuredPage(side);
  const stats = await traceTasks(cdp, page, async () => {
    await tab.goto(page);
    await settle(tab);
  });
  await tab.close();
  return stats;
}

beforeAll(async () => {
  rig = await startRig();
  results.chromium = rig.userAgent;
  results.runs = RUNS;
}, 120_000);

afterAll(async () => {
  await rig?.close();
  results.bar = { runs: RUNS, liveRuns: LIVE_RUNS, liveSeconds: LIVE_SECONDS, rows: bar.json() };
  const dir = resolve(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const out = resolve(dir, 'overlay.json');
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...results }, null, 2)}\n`);
  line(
    `\noverlay bar (medians of ${RUNS} runs per side, ${LIVE_RUNS} for the ${LIVE_SECONDS} s live pages):\n\n` +
      `${bar.table()}\n`,
  );
  line(`overlay results written to ${out}`);
});

it('big article: script time, long tasks, time to last badge', async () => {
  const page = url(BIG_ARTICLE);
  const runs = await interleaved(rig, RUNS, (side) => measureLoad(side, page));
  const script = metric(runs, 'ScriptDuration');
  const task = metric(runs, 'TaskDuration');
  const layout = metric(runs, 'LayoutDuration');
  const style = metric(runs, 'RecalcStyleDuration');
  // Long tasks after DOMContentLoaded: the page's own parse task comes before it, the content script after.
  const longAfterDcl = (side: SideName) =>
    runs[side].map(({ probe }) => probe.longtasks.filter((t) => t.start >= probe.domContentLoaded));
  const longest = (side: SideName) =>
    median(longAfterDcl(side).map((ts) => Math.max(0, ...ts.map((t) => t.duration))));
  const over50 = (side: SideName) => median(longAfterDcl(side).map((ts) => ts.length));
  const longestAll = (side: SideName) =>
    median(runs[side].map(({ probe }) => Math.max(0, ...probe.longtasks.map((t) => t.duration))));
  const lastBadge = median(runs.with.map((r) => r.probe.lastBadgeAt));
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const inserted = median(runs.with.map((r) => r.probe.badges));

  const traced = await interleaved(rig, TRACE_RUNS, (side) => traceLoad(side, page));
  const traceMedian = (side: SideName, key: keyof TaskStats) => median(traced[side].map((t) => t[key]));

  results.bigArticle = {
    page: `tests/e2e/pages/${BIG_ARTICLE.file}`,
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
  const t = (side: SideName, key: keyof TaskStats, digits = 1) => fmt(traceMedian(side, key), digits);
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
  const runs = await interleaved(rig, RUNS, async (side) => {
    const { page, cdp } = await openMeasuredPage(side);
    await page.goto(url(TICKER));
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
  const med = (side: SideName, key: 'scriptPerUpdate' | 'taskPerUpdate' | 'updates') =>
    median(runs[side].map((r) => r[key]));
  const script = { with: med('with', 'scriptPerUpdate'), without: med('without', 'scriptPerUpdate') };
  const task = { with: med('with', 'taskPerUpdate'), without: med('without', 'taskPerUpdate') };
  const insertions = Math.max(...runs.with.map((r) => r.badgeInsertions));
  results.ticker = {
    page: `tests/e2e/pages/${TICKER.file}`,
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
  const runs = await interleaved(rig, RUNS, (side) => measureLoad(side, url(PLAIN), { quietMs: 500 }));
  const script = metric(runs, 'ScriptDuration');
  const task = metric(runs, 'TaskDuration');
  results.plainPage = {
    page: `tests/e2e/pages/${PLAIN.file}`,
    scriptMs: script,
    taskMs: task,
    perRun: { with: runs.with.map((r) => r.m), without: runs.without.map((r) => r.m) },
  };
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

// The bar: one case per page, each recording its rows (support/bar.ts).

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (c: { with: number; without: number }, digits = 1) =>
  `${fmt(c.with, digits)} vs ${fmt(c.without, digits)} ms`;
/** The worst run's count: the fewest badged of its prices. */
const worst = (counts: PriceCount[]) =>
  counts.reduce((a, b) => (b.badged / (b.prices || 1) < a.badged / (a.prices || 1) ? b : a));
const liveTimeout = (LIVE_RUNS * 2 * (LIVE_SECONDS + 20) + 60) * 1000;

/** Each run's own figures, for the results file (to see the spread behind a median). */
const perRun = <T>(runs: Paired<Loaded<T>>) => {
  const one = (r: Loaded<T>) => ({
    taskMs: r.m.TaskDuration,
    scriptMs: r.m.ScriptDuration,
    loadEventMs: r.probe.loadEvent,
    badges: r.probe.domBadges,
  });
  return {
    with: runs.with.map(one),
    without: runs.without.map(one),
    ...(runs.floor ? { floor: runs.floor.map(one) } : {}),
  };
};

/** Extra main-thread time and the load event of a page loaded and settled: the two rows of a static page. */
function staticRows<T>(runs: Paired<Loaded<T>>) {
  const task = metric(runs, 'TaskDuration');
  const script = metric(runs, 'ScriptDuration');
  const load = compare(each(runs, (r) => r.probe.loadEvent));
  // What an extension whose content script is empty adds to the same page (bench/support/browser.ts).
  const floorRuns = floorPairs(runs);
  const floor = floorRuns ? metric(floorRuns, 'TaskDuration') : null;
  const floorText = floor ? `; an empty content script adds ${signed(floor.extra)} ms` : '';
  return {
    task,
    script,
    load,
    floor,
    extraText: `${signed(task.extra)} ms (${ms(task)}; script ${signed(script.extra)} ms${floorText})`,
    loadText: `${ms(load, 0)} (${signed(load.extra)} ms)`,
  };
}

it('bar: content script injected into every frame', () => {
  // The gate: what the manifest injects into every frame (bench/support/bundle.ts reads the manifest).
  const injected = bundleSizes().gate;
  bar.record(
    'contentScript',
    `${kb(injected.gzip)} KB gz (${injected.files.join(', ')}; ${kb(injected.raw)} KB raw)`,
    { ...injected },
  );
  expect(injected.files.length).toBeGreaterThan(0);
});

it('bar: 200 KB article with no Bitcoin text', async () => {
  const runs = await interleaved(rig, RUNS, (side) => measureLoad(side, url(QUIET_ARTICLE)), { floor: true });
  const rows = staticRows(runs);
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const common = { page: `tests/e2e/pages/${QUIET_ARTICLE.file}`, runs: RUNS, badges, perRun: perRun(runs) };
  bar.record('quietArticleExtra', rows.extraText, {
    ...common,
    taskMs: rows.task,
    scriptMs: rows.script,
    floorTaskMs: rows.floor,
  });
  bar.record('quietArticleLoad', rows.loadText, { ...common, loadEventMs: rows.load });
  expect(runs.without.every((r) => r.probe.loadEvent > 0)).toBe(true);
}, 180_000);

it('quiet 2 MB article: the gate reads near the view, not the whole page', async () => {
  // The 200 KB article made ten times longer: the gate's cost should not grow with the page
  // (lib/gate/near-view.ts). Not a bar row; printed and kept in the results.
  const page = url(QUIET_ARTICLE, '?kb=2000');
  const runs = await interleaved(rig, RUNS, (side) => measureLoad(side, page));
  const rows = staticRows(runs);
  const traced: TaskStats[] = [];
  for (let i = 0; i < TRACE_RUNS; i += 1) traced.push(await traceLoad(rig.with, page));
  const longestCpu = median(traced.map((t) => t.longestExtensionCpuMs));
  results.quiet2mb = {
    page: `${QUIET_ARTICLE.file}?kb=2000`,
    taskMs: rows.task,
    scriptMs: rows.script,
    longestCpu,
  };
  line(
    `overlay quiet-2mb: ${rows.extraText}; longest task running extension script ${fmt(longestCpu)} ms CPU ` +
      `(median of ${TRACE_RUNS} traced loads)`,
  );
  expect(median(runs.with.map((r) => r.probe.domBadges))).toBe(0);
}, 300_000);

it('bar: short news article with 10 Bitcoin prices', async () => {
  const runs = await interleaved(rig, RUNS, (side) => measureLoad(side, url(SHORT_NEWS)), { floor: true });
  const rows = staticRows(runs);
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const common = { page: `tests/e2e/pages/${SHORT_NEWS.file}`, runs: RUNS, badges, perRun: perRun(runs) };
  bar.record('newsExtra', `${rows.extraText}, ${badges} badges`, {
    ...common,
    taskMs: rows.task,
    scriptMs: rows.script,
    floorTaskMs: rows.floor,
  });
  bar.record('newsLoad', rows.loadText, { ...common, loadEventMs: rows.load });
  expect(badges).toBeGreaterThan(0);
}, 180_000);

it('giant text node: 5 MB, 1,000 prices in one text node', async () => {
  const page = url(GIANT_NODE);
  const firstBadge = (tab: Page) =>
    tab.evaluate(
      () => document.querySelector('hashfloor-badge')?.getAttribute('data-hashfloor-text') ?? null,
    );
  const runs = await interleaved(rig, RUNS, (side) =>
    measureLoad(side, page, side.name === 'with' ? { afterwards: firstBadge } : {}),
  );
  const rows = staticRows(runs);
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const traced: TaskStats[] = [];
  for (let i = 0; i < TRACE_RUNS; i += 1) traced.push(await traceLoad(rig.with, page));
  const longestWall = median(traced.map((t) => t.longestExtensionWallMs));
  const longestCpu = median(traced.map((t) => t.longestExtensionCpuMs));
  results.giantNode = {
    page: `tests/e2e/pages/${GIANT_NODE.file}`,
    taskMs: rows.task,
    loadEventMs: rows.load,
    badges,
    firstBadge: runs.with.map((r) => r.after),
    longestExtensionWallMs: longestWall,
    longestExtensionCpuMs: longestCpu,
    traced,
  };
  line(
    `overlay giant-node: ${signed(rows.task.extra, 0)} ms main-thread tasks (${ms(rows.task, 0)}), ` +
      `longest task running extension script ${fmt(longestWall)} ms wall / ${fmt(longestCpu)} ms CPU ` +
      `(median of ${TRACE_RUNS} traced loads), ${badges} badges, first badge ${runs.with[0]?.after}`,
  );
  expect(badges).toBeGreaterThan(0);
}, 300_000);

it('bar: 2 MB article with ~4,000 Bitcoin prices', async () => {
  const page = url(PRICES_2MB);
  // After the readings, with the extension: scroll to the end, let badges settle, read the last screen.
  const lastScreen = async (tab: Page) => {
    await scrollToEnd(tab);
    await settle(tab);
    return countPrices(tab, { viewportOnly: true });
  };
  const runs = await interleaved(rig, RUNS, (side) =>
    measureLoad(side, page, side.name === 'with' ? { afterwards: lastScreen } : {}),
  );
  const rows = staticRows(runs);
  const badges = median(runs.with.map((r) => r.probe.domBadges));
  const screens = runs.with.map((r) => r.after!);
  const screen = worst(screens);
  const traced: TaskStats[] = [];
  for (let i = 0; i < TRACE_RUNS; i += 1) traced.push(await traceLoad(rig.with, page));
  const longestWall = median(traced.map((t) => t.longestExtensionWallMs));
  const longestCpu = median(traced.map((t) => t.longestExtensionCpuMs));
  const common = { page: `tests/e2e/pages/${PRICES_2MB.file}`, runs: RUNS, badges, perRun: perRun(runs) };
  bar.record(
    'pricesExtra',
    `${signed(rows.task.extra, 0)} ms, ${fmt(rows.task.ratio, 2)} × (${ms(rows.task, 0)}; ${badges} badges)`,
    { ...common, taskMs: rows.task, scriptMs: rows.script },
  );
  bar.record(
    'pricesLongestTask',
    `${fmt(longestWall)} ms wall, ${fmt(longestCpu)} ms CPU (median of ${TRACE_RUNS} traced loads)`,
    {
      ...common,
      traceRuns: TRACE_RUNS,
      longestExtensionWallMs: longestWall,
      longestExtensionCpuMs: longestCpu,
      traced,
    },
  );
  bar.record('pricesLoad', `${signed(rows.load.extra)} ms (${ms(rows.load, 0)})`, {
    ...common,
    loadEventMs: rows.load,
  });
  bar.record('pricesLastScreen', `${screen.badged} of ${screen.prices} (worst of ${RUNS} runs)`, {
    ...common,
    worst: screen,
    screens,
  });
  expect(badges).toBeGreaterThan(0);
  expect(screen.prices).toBeGreaterThan(0);
}, 600_000);

it(
  'bar: order book rewritten at 20 Hz',
  async () => {
    const runs = await interleaved(rig, LIVE_RUNS, (side) =>
      measureLoad(side, url(ORDER_BOOK, `?seconds=${LIVE_SECONDS}`), { live: true }),
    );
    const task = metric(runs, 'TaskDuration');
    const badges = median(runs.with.map((r) => r.probe.domBadges));
    const updates = median(runs.with.map((r) => r.updates));
    bar.record(
      'orderBookRatio',
      `${fmt(task.ratio, 3)} × (${signed(task.extra)} ms: ${ms(task, 0)}; ${updates} renders, ${badges} badges)`,
      {
        page: `tests/e2e/pages/${ORDER_BOOK.file}`,
        runs: LIVE_RUNS,
        seconds: LIVE_SECONDS,
        updates,
        badges,
        taskMs: task,
        perRun: perRun(runs),
      },
    );
    expect(updates).toBeGreaterThan(0);
  },
  liveTimeout,
);

it(
  'bar: infinite scroll with a Bitcoin price every 50 ms',
  async () => {
    const runs = await interleaved(rig, LIVE_RUNS, (side) =>
      measureLoad(side, url(LIVE_FEED, `?seconds=${LIVE_SECONDS}`), {
        live: true,
        // The reader sits at the end of the feed: what counts is their screen (at most 300 badges
        // live at once, so posts far above give theirs up); the whole feed is reported too.
        afterwards: async (tab) => ({
          screen: await countPrices(tab, { selector: '#feed p', viewportOnly: true }),
          page: await countPrices(tab, { selector: '#feed p' }),
        }),
      }),
    );
    const task = metric(runs, 'TaskDuration');
    const updates = median(runs.with.map((r) => r.updates));
    const counts = runs.with.map((r) => r.after!.screen);
    const end = worst(counts);
    const whole = worst(runs.with.map((r) => r.after!.page));
    const common = {
      page: `tests/e2e/pages/${LIVE_FEED.file}`,
      runs: LIVE_RUNS,
      seconds: LIVE_SECONDS,
      updates,
      perRun: perRun(runs),
    };
    // The floor of any inline badge: the page's own script adds a plain span after each price
    // (bench/support/inline-floor.ts), paired run by run with the bare page.
    const spanRuns = await interleaved(
      { ...rig, with: { ...rig.without, name: 'with' } },
      LIVE_RUNS,
      (side) =>
        measureLoad(side, url(LIVE_FEED, `?seconds=${LIVE_SECONDS}`), {
          live: true,
          ...(side.name === 'with' ? { initScript: INLINE_SPAN_FLOOR } : {}),
        }),
    );
    const span = metric(spanRuns, 'TaskDuration');
    bar.record(
      'feedRatio',
      `${fmt(task.ratio, 3)} × (${signed(task.extra)} ms: ${ms(task, 0)}); ` +
        `a plain span the page adds after each price itself: ${fmt(span.ratio, 3)} ×`,
      { ...common, taskMs: task, inlineSpanFloorMs: span },
    );
    bar.record(
      'feedBadges',
      `${end.badged} of ${end.prices} on the reader's screen (worst of ${LIVE_RUNS} runs); ` +
        `${whole.badged} of ${whole.prices} on the whole page`,
      { ...common, worst: end, counts, wholePage: whole },
    );
    expect(end.prices).toBeGreaterThan(0);
  },
  liveTimeout,
);
