/**
 * The bar the overlay is held to: one row per figure, with its target. The bench records each row's
 * measured figure as its case finishes (printing one line), and prints all rows as a markdown table
 * at the end; rows whose case failed or was filtered out read "not measured". Targets are printed
 * next to the figures, never asserted.
 */
import { line } from './run';

export type BarId =
  | 'contentScript'
  | 'quietArticleExtra'
  | 'quietArticleLoad'
  | 'newsExtra'
  | 'newsLoad'
  | 'pricesExtra'
  | 'pricesLongestTask'
  | 'pricesLoad'
  | 'pricesLastScreen'
  | 'orderBookRatio'
  | 'feedRatio'
  | 'feedBadges';

export interface BarRow {
  page: string;
  figure: string;
  target: string;
}

/** The rows, in the order they are printed; the live pages' window is `liveSeconds` long. */
export function barRows(liveSeconds: number): Record<BarId, BarRow> {
  const quiet = '200 KB article with no Bitcoin text';
  const news = 'short news article with 10 Bitcoin prices';
  const prices = '2 MB article with ~4,000 Bitcoin prices';
  const book = `order book, 20 rows rewritten at 20 Hz for ${liveSeconds} s`;
  const feed = `infinite scroll, ${liveSeconds * 20} paragraphs appended over ${liveSeconds} s`;
  const extra = 'extra main-thread time';
  const load = 'load event, with vs without';
  return {
    contentScript: {
      page: 'any',
      figure: 'content script parsed on a page with no Bitcoin text (gzip)',
      target: '≤ 4 KB gz',
    },
    quietArticleExtra: { page: quiet, figure: extra, target: '≤ 2 ms' },
    quietArticleLoad: { page: quiet, figure: load, target: 'unchanged' },
    newsExtra: { page: news, figure: extra, target: '≤ 15 ms' },
    newsLoad: { page: news, figure: load, target: 'unchanged' },
    pricesExtra: { page: prices, figure: `${extra} (with ÷ without)`, target: '≤ 100 ms (≤ 1.10 ×)' },
    pricesLongestTask: { page: prices, figure: 'longest task running extension code', target: '< 50 ms' },
    pricesLoad: { page: prices, figure: 'load event delay', target: 'none' },
    pricesLastScreen: {
      page: prices,
      figure: 'badged prices on the last screen after scrolling to the end',
      target: 'all its prices',
    },
    orderBookRatio: { page: book, figure: 'main-thread time with ÷ without', target: '≤ 1.03' },
    feedRatio: { page: feed, figure: 'main-thread time with ÷ without', target: '≤ 1.05' },
    feedBadges: {
      page: feed,
      figure: "prices badged at the end, on the reader's screen",
      target: 'every price badged',
    },
  };
}

export interface BarFigure extends BarRow {
  /** The figure as printed. */
  measured: string;
  /** The numbers behind it. */
  data: Record<string, unknown>;
}

export function createBar(liveSeconds: number) {
  const rows = barRows(liveSeconds);
  const figures = new Map<BarId, BarFigure>();
  return {
    /** Records a row's figure and prints it on one line. */
    record(id: BarId, measured: string, data: Record<string, unknown>) {
      const row = rows[id];
      figures.set(id, { ...row, measured, data });
      line(`overlay bar | ${row.page} | ${row.figure}: ${measured} | target ${row.target}`);
    },
    /** Every row's figures, for bench/results/overlay.json. */
    json(): Record<string, BarFigure | (BarRow & { measured: null })> {
      return Object.fromEntries(
        (Object.keys(rows) as BarId[]).map((id) => [id, figures.get(id) ?? { ...rows[id], measured: null }]),
      );
    },
    /** All rows as a markdown table: page | figure | measured | target. */
    table(): string {
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      const out = ['| page | figure | measured | target |', '|---|---|---|---|'];
      for (const id of Object.keys(rows) as BarId[]) {
        const { page, figure, target } = rows[id];
        const measured = figures.get(id)?.measured ?? 'not measured';
        out.push(`| ${[page, figure, measured, target].map(cell).join(' | ')} |`);
      }
      return out.join('\n');
    },
  };
}
