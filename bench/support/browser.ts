/**
 * Headless Chromium for the overlay benchmarks: the same browser launched with the extension (and the
 * fake APIs, with a realistic snapshot seeded) and without it, plus in-page probes and CDP readings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { extensionArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { type FakeApi, startFakeApi } from '../../scripts/lib/fake-api.ts';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server.ts';
import { backgroundSettled, makeSnapshot } from '../../tests/e2e/support/snapshot-fixture.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');

/**
 * Installed in every page before its own scripts: long tasks (buffered) and, for each batch of
 * mutations that adds a badge host, the time since navigation and the running badge count.
 */
const PROBE = () => {
  const w = window as unknown as {
    __longtasks: Array<{ start: number; duration: number }>;
    __badges: number;
    __lastBadgeAt: number;
  };
  w.__longtasks = [];
  w.__badges = 0;
  w.__lastBadgeAt = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: leave the list empty.
  }
  new MutationObserver((records) => {
    let added = 0;
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && (node as Element).localName === 'hashfloor-badge') added += 1;
    if (!added) return;
    w.__badges += added;
    w.__lastBadgeAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

export interface Side {
  /** `floor`: an extension whose content script is empty, injected the way the gate is. */
  name: 'with' | 'without' | 'floor';
  context: BrowserContext;
  close(): Promise<void>;
}

export interface Rig {
  pages: StaticServer;
  api: FakeApi;
  /** The browser's user agent (its version). */
  userAgent: string;
  with: Side;
  without: Side;
  /** What any extension with a content script in every frame costs a page (floorExtension). */
  floor: Side;
  close(): Promise<void>;
}

/**
 * An extension that injects an empty script into every frame at document_start, as the gate is
 * injected: its extra over a bare browser is what no content script can avoid (isolated world,
 * injection), so the bench can say how much of Hashfloor's extra is its own code.
 */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hashfloor-floor-'));
  const script = { matches: ['<all_urls>'], js: ['empty.js'], all_frames: true, run_at: 'document_start' };
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [script] }),
  );
  writeFileSync(join(dir, 'empty.js'), '// nothing: the cost of being injected\n');
  return dir;
}

/**
 * Starts the page server, the fake APIs, and Chromium: with the extension (snapshot seeded), without,
 * and with the empty floor extension. `extensionDir` another build, to compare two side by side.
 */
export async function startRig(extensionDir = EXTENSION_DIR): Promise<Rig> {
  const pages = await startStaticServer(resolve(ROOT, 'tests/e2e/pages'));
  const api = await startFakeApi(
    resolve(ROOT, 'tests/fixtures/api'),
    resolve(ROOT, 'tests/e2e/support/cert'),
  );
  const withArgs = extensionArgs({ extensionDir, fakeApi: api });
  // Same flags minus the two that load the extension (Playwright adds --disable-extensions then).
  const withoutArgs = withArgs.filter((a) => !/^--(disable-extensions-except|load-extension)=/.test(a));
  const launch = async (name: Side['name'], args: string[]): Promise<Side> => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      args,
    });
    await context.addInitScript(PROBE);
    return { name, context, close: () => context.close() };
  };
  const withSide = await launch('with', withArgs);
  const worker =
    withSide.context.serviceWorkers()[0] ?? (await withSide.context.waitForEvent('serviceworker'));
  const read = (area: 'local' | 'sync', key: string) =>
    worker.evaluate(async ([a, k]) => (await chrome.storage[a].get(k))[k], [area, key] as const);
  // Let the install-time refresh (from the recorded API data) land, then seed the fixture snapshot
  // over it so every run sees the same numbers.
  await backgroundSettled(read);
  const snapshot = makeSnapshot();
  await worker.evaluate(async (s) => chrome.storage.local.set({ snapshot: s }), snapshot as unknown);
  const userAgent = await worker.evaluate(() => navigator.userAgent);
  const withoutSide = await launch('without', withoutArgs);
  const floorDir = floorExtension();
  const floorSide = await launch('floor', [
    ...withoutArgs,
    `--disable-extensions-except=${floorDir}`,
    `--load-extension=${floorDir}`,
  ]);
  return {
    pages,
    api,
    userAgent,
    with: withSide,
    without: withoutSide,
    floor: floorSide,
    async close() {
      await withSide.close();
      await withoutSide.close();
      await floorSide.close();
      await api.close();
      await pages.close();
    },
  };
}

export interface Metrics {
  ScriptDuration: number;
  TaskDuration: number;
  LayoutDuration: number;
  RecalcStyleDuration: number;
}

/** A new tab with CDP Performance metrics on, so the readings cover the document it navigates to. */
export async function openMeasuredPage(side: Side): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await side.context.newPage();
  const cdp = await side.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/** Performance.getMetrics durations, in milliseconds. */
export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    ScriptDuration: get('ScriptDuration'),
    TaskDuration: get('TaskDuration'),
    LayoutDuration: get('LayoutDuration'),
    RecalcStyleDuration: get('RecalcStyleDuration'),
  };
}

export interface ProbeReading {
  /** Badge hosts inserted since navigation (a badge moved or re-inserted counts again). */
  badges: number;
  /** ms from navigation start to the last batch of mutations that inserted a badge (0: none). */
  lastBadgeAt: number;
  /** Long tasks (> 50 ms) since navigation start, ms. */
  longtasks: Array<{ start: number; duration: number }>;
  /** ms from navigation start to DOMContentLoaded (the content script runs after it). */
  domContentLoaded: number;
  /** ms from navigation start to the load event's start (PerformanceNavigationTiming.loadEventStart; 0: not yet). */
  loadEvent: number;
  /** Badge hosts in the document now. */
  domBadges: number;
}

export const readProbe = (page: Page): Promise<ProbeReading> =>
  page.evaluate(() => {
    const w = window as unknown as {
      __longtasks: Array<{ start: number; duration: number }>;
      __badges: number;
      __lastBadgeAt: number;
    };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      badges: w.__badges,
      lastBadgeAt: w.__lastBadgeAt,
      longtasks: [...w.__longtasks],
      domContentLoaded: nav?.domContentLoadedEventStart ?? 0,
      loadEvent: nav?.loadEventStart ?? 0,
      domBadges: document.querySelectorAll('hashfloor-badge').length,
    };
  });

/**
 * Waits until the badge count has not changed for `quietMs` (polling cheaply), then for an idle
 * period; returns the last reading. Runs the same way without the extension (count stays 0).
 */
export async function settle(page: Page, quietMs = 1000, timeoutMs = 30_000): Promise<ProbeReading> {
  const deadline = Date.now() + timeoutMs;
  let last = await readProbe(page);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await readProbe(page);
    if (now.domBadges !== last.domBadges || now.lastBadgeAt !== last.lastBadgeAt) stableSince = Date.now();
    last = now;
    if (Date.now() - stableSince >= quietMs) break;
  }
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })));
  return readProbe(page);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    fileName?: string;
    beginData?: { url?: string };
    data?: { isOutermostMainFrame?: boolean; url?: string };
  };
}

export interface TaskStats {
  /** Longest main-thread task after DOMContentLoaded: wall-clock ms and the thread's own CPU ms. */
  longestWallMs: number;
  longestCpuMs: number;
  /** Main-thread tasks after DOMContentLoaded longer than 50 ms (wall clock). */
  over50: number;
  /** Main-thread tasks after DOMContentLoaded. */
  tasks: number;
  /**
   * Longest task that ran extension script (compiled or called code from a chrome-extension: URL, or
   * resumed a `scheduler.yield()` continuation, which the test pages never use): wall and CPU ms.
   */
  longestExtensionWallMs: number;
  longestExtensionCpuMs: number;
  /** Tasks that ran extension script. */
  extensionTasks: number;
}

/**
 * Runs `during` under a Chromium trace and returns the main-thread task figures for the document
 * at `url` after its DOMContentLoaded, when the content script starts (toplevel RunTask events).
 */
export async function traceTasks(
  cdp: CDPSession,
  url: string,
  during: () => Promise<void>,
): Promise<TaskStats> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
      ],
      excludedCategories: ['*'],
    },
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`trace: no ParseHTML for ${url}`);
  const onMain = (e: TraceEvent) => e.pid === parse.pid && e.tid === parse.tid;
  const dcl = events.find(
    (e) => e.name === 'MarkDOMContent' && onMain(e) && e.args?.data?.isOutermostMainFrame,
  );
  const from = dcl?.ts ?? parse.ts;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && e.ts >= from);
  const isExtension = (e: TraceEvent) =>
    e.name === 'RunYieldContinuation' ||
    [e.args?.data?.url, e.args?.fileName].some((u) => u?.startsWith('chrome-extension://'));
  const marks = events.filter((e) => onMain(e) && e.ts >= from && isExtension(e)).map((e) => e.ts);
  const extension = tasks.filter((t) => marks.some((ts) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0)));
  return {
    longestExtensionWallMs: Math.max(0, ...extension.map((t) => (t.dur ?? 0) / 1000)),
    longestExtensionCpuMs: Math.max(0, ...extension.map((t) => (t.tdur ?? 0) / 1000)),
    extensionTasks: extension.length,
    longestWallMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    longestCpuMs: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)),
    over50: tasks.filter((t) => (t.dur ?? 0) > 50_000).length,
    tasks: tasks.length,
  };
}
