/**
 * Reading a bench page from outside the extension: the dollar prices it shows and whether a
 * `<hashfloor-badge>` follows each one, scrolling to its end, and waiting for a live page's window.
 */
import type { Page } from '@playwright/test';

export interface PriceCount {
  /** Dollar amounts with thousands separators ("$70,123", "$70,123.45") in the blocks counted. */
  prices: number;
  /** Of those, the ones followed by a badge with nothing but whitespace in between. */
  badged: number;
}

/**
 * Counts the prices in the blocks matching `selector` (all of them, or only the prices at least
 * partly inside the viewport) and how many have a `hashfloor-badge` right after them. A price may
 * span text nodes; the badge may follow it after inline elements the price ends.
 */
export function countPrices(
  page: Page,
  { selector = 'p', viewportOnly = false }: { selector?: string; viewportOnly?: boolean } = {},
): Promise<PriceCount> {
  return page.evaluate(
    ([selector, viewportOnly]) => {
      const pattern = /\$\d{1,3}(?:,\d{3})+(?:\.\d+)?/g;
      const height = window.innerHeight;
      const onScreen = (r: DOMRect) => r.bottom > 0 && r.top < height && r.width > 0;
      let prices = 0;
      let badged = 0;
      for (const block of document.querySelectorAll(selector)) {
        if (viewportOnly && !onScreen(block.getBoundingClientRect())) continue;
        const nodes: Text[] = [];
        const starts: number[] = [];
        let text = '';
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('hashfloor-badge')) continue;
          nodes.push(n as Text);
          starts.push(text.length);
          text += (n as Text).data;
        }
        const badges = [...block.querySelectorAll('hashfloor-badge')];
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          const s = nodes.findIndex((n, i) => start < starts[i]! + n.data.length);
          const e = nodes.findIndex((n, i) => end <= starts[i]! + n.data.length);
          const range = document.createRange();
          range.setStart(nodes[s]!, start - starts[s]!);
          range.setEnd(nodes[e]!, end - starts[e]!);
          if (viewportOnly && ![...range.getClientRects()].some(onScreen)) continue;
          prices += 1;
          const next = badges.find(
            (b) => nodes[e]!.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          if (!next) continue;
          const gap = document.createRange();
          gap.setStart(nodes[e]!, end - starts[e]!);
          gap.setEndBefore(next);
          if (!gap.toString().trim()) badged += 1;
        }
      }
      return { prices, badged };
    },
    [selector, viewportOnly] as const,
  );
}

/** Scrolls the document to its end. */
export const scrollToEnd = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    scroller.scrollTop = scroller.scrollHeight;
  });

/**
 * Waits for a live bench page's `window.__finished` promise (its window of updates is over) without
 * polling the page; returns what it resolved with (the number of updates).
 */
export const liveWindowDone = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __finished: Promise<number> }).__finished);
