/**
 * A block whose text is too long to read in one task (a 5 MB log in one paragraph): detected window by
 * window, giving the main thread back between windows, and badged once at the end, the first prices
 * first (bench: "giant text node"; tests/unit/overlay/long-text.test.ts).
 */
import type { BadgeSet, Found } from './badge-set';
import { contextFor } from './context';
import { detectIn, placed, type ScanEnv } from './pipeline';
import { type BlockText, readBlockText } from './walk';

const WINDOW = 16_384;
/** Text read again before each window: a Bitcoin mention just before it still counts, a cut amount is read whole. */
const LEAD = 512;
/** Matches ending this close to a window's end wait for the next window, which reads them whole. */
const GUARD = 64;

/** Where a window starting at `from` ends: at a sentence or word break near `WINDOW` on. */
function windowEnd(text: string, from: number): number {
  const to = from + WINDOW;
  if (to >= text.length) return text.length;
  const sentence = text.lastIndexOf('. ', to);
  if (sentence > from + WINDOW / 2) return sentence + 2;
  const space = text.lastIndexOf(' ', to);
  return space > from + WINDOW / 2 ? space + 1 : to;
}

/**
 * The badges a long block's text calls for, in text order, at most `limit`; null when `keepGoing`
 * said the work is outdated.
 */
export async function findInLongText(
  bt: BlockText,
  env: ScanEnv,
  keepGoing: () => Promise<boolean>,
  limit: number,
): Promise<Found[] | null> {
  const { text, block } = bt;
  const context = contextFor(block, env.pageContext, env.contextCache);
  const found: Found[] = [];
  let keptUntil = 0;
  for (let from = 0; from < text.length && found.length < limit; ) {
    const to = windowEnd(text, from);
    const lead = Math.max(0, from - LEAD);
    const last = to === text.length;
    const matches = (await detectIn(text.slice(lead, to), context, env, block))
      .map((m) => ({ ...m, start: m.start + lead, end: m.end + lead }))
      .filter((m) => m.start >= keptUntil && (last || m.end <= to - GUARD));
    for (const f of placed(bt, matches, env)) {
      if (found.length >= limit) break;
      found.push(f);
    }
    if (matches.length) keptUntil = matches[matches.length - 1]!.end;
    from = to;
    if (!(await keepGoing())) return null;
  }
  return found;
}

/** Reads long blocks for a page scan: one reading per block at a time, badged if the text held still. */
export function createLongTextReader(deps: { badges: BadgeSet; quiet: (write: () => void) => void }) {
  const reading = new Set<Element>();
  async function read(bt: BlockText, env: ScanEnv, keepGoing: () => Promise<boolean>): Promise<void> {
    const { block } = bt;
    if (reading.has(block)) return;
    reading.add(block);
    try {
      const found = await findInLongText(bt, env, keepGoing, deps.badges.max);
      // The page may have changed the text meanwhile: its mutation batch reads it again.
      if (!found || !block.isConnected || readBlockText(block, env.skip).text !== bt.text) return;
      deps.quiet(() => deps.badges.reconcile(block, found));
    } finally {
      reading.delete(block);
    }
  }
  return {
    /** `keepGoing` is the reading's slice budget: false once the work is outdated. */
    read: (bt: BlockText, env: ScanEnv, keepGoing: () => Promise<boolean>): void =>
      void read(bt, env, keepGoing).catch(() => {}),
  };
}
