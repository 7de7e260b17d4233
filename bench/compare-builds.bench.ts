import { it } from 'vitest';
import { median, type Rig, startRig } from './support/browser';
import {
  type BenchPage,
  LIVE_FEED,
  ORDER_BOOK,
  PRICES_2MB,
  QUIET_ARTICLE,
  SHORT_NEWS,
} from './support/pages';
import { fmt, measureLoad, signed } from './support/run';

// Two builds of the extension side by side, for a change too small for the bar's with/without
// pairs to see: BENCH_COMPARE=<dir of another chrome-mv3 build> npm run bench -- bench/compare-builds.bench.ts
// loads each page with that build (A), with .output/chrome-mv3 (B) and bare, alternating which build
// goes first, and prints the medians of main-thread time and of the load event. On this shared
// machine B read 17 ms (10 s feed) to 35 ms (2 MB page) slower than A whichever build B was
// (docs/ARCHITECTURE.md, "Tests and budgets"): run it both ways round.
// Environment: BENCH_RUNS (6) per build; BENCH_COMPARE_PAGES (feed,news; also big, quiet, book); BENCH_LIVE_SECONDS (10).

const OTHER = process.env.BENCH_COMPARE;
const RUNS = Number(process.env.BENCH_RUNS ?? 6);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);
const PAGES: Record<string, { page: BenchPage; query: string; live: boolean }> = {
  feed: { page: LIVE_FEED, query: `?seconds=${SECONDS}`, live: true },
  book: { page: ORDER_BOOK, query: `?seconds=${SECONDS}`, live: true },
  news: { page: SHORT_NEWS, query: '', live: false },
  big: { page: PRICES_2MB, query: '', live: false },
  quiet: { page: QUIET_ARTICLE, query: '', live: false },
};

it.skipIf(!OTHER)(
  'two builds, interleaved: main-thread time of each',
  async () => {
    const rigs: { A: Rig; B: Rig } = { A: await startRig(OTHER), B: await startRig() };
    try {
      for (const name of (process.env.BENCH_COMPARE_PAGES ?? 'feed,news').split(',')) {
        const { page, query, live } = PAGES[name]!;
        const task = { A: [] as number[], B: [] as number[], bare: [] as number[] };
        const load = { A: [] as number[], B: [] as number[], bare: [] as number[] };
        for (let run = 0; run < RUNS; run += 1) {
          for (const build of run % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
            const rig = rigs[build];
            const run = await measureLoad(rig.with, rig.pages.url(page.file + query, page.host), { live });
            task[build].push(run.m.TaskDuration);
            load[build].push(run.probe.loadEvent);
          }
          const bare = await measureLoad(rigs.A.without, rigs.A.pages.url(page.file + query, page.host), {
            live,
          });
          task.bare.push(bare.m.TaskDuration);
          load.bare.push(bare.probe.loadEvent);
        }
        const [a, b, bare] = [median(task.A), median(task.B), median(task.bare)];
        console.log(
          `compare ${name}: A ${fmt(a)} ms, B ${fmt(b)} ms (B − A ${signed(b - a)} ms), bare ${fmt(bare)} ms; ` +
            `A ${task.A.map((x) => fmt(x, 0)).join(' ')} | B ${task.B.map((x) => fmt(x, 0)).join(' ')}; ` +
            `load event A ${fmt(median(load.A))}, B ${fmt(median(load.B))}, bare ${fmt(median(load.bare))} ms`,
        );
      }
    } finally {
      await rigs.A.close();
      await rigs.B.close();
    }
  },
  3_600_000,
);
