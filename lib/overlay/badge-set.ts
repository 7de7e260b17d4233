/**
 * Every badge on the page, grouped by the block whose text it annotates. Rescanning a block
 * reconciles its badges: a badge whose price is still there is updated in place (a ticker's badge
 * keeps its element), new prices get new badges up to the page cap, vanished prices lose theirs.
 */
import { type BadgeElements, type BadgeView, createBadge, renderBadge } from './badge';
import { type BadgeData, gapOf } from './badge-data';
import type { CardDeps } from './card';
import { type CardToggle, createCardToggle } from './card-toggle';
import { ariaDescription, ariaLabel, pillText } from './copy';
import type { Dom } from './dom';
import { isFarFromSpot } from './far-from-spot';
import { isPlaced, type Placement } from './place';
import type { DetectedPrice } from './types';

/**
 * Most badges alive on a page at once: on a long page the badges far from the reader give way to
 * those near it (page-scan.ts), so every screen the reader reaches gets its badges.
 */
export const MAX_BADGES = 300;

export interface Found {
  match: DetectedPrice & { kind: 'btc_price' | 'btc_cost'; usd: number };
  placement: Placement;
}

interface BadgeRecord {
  elements: BadgeElements;
  anchor: Node;
  match: Found['match'];
  card: CardToggle;
}

/** A badge waiting to go into a text node split at `offset`. */
interface Split {
  offset: number;
  record: BadgeRecord;
}

export interface BadgeSetDeps {
  dom: Dom;
  card: CardDeps;
  signal: AbortSignal;
  max?: number;
}

export function createBadgeSet(deps: BadgeSetDeps) {
  const { dom } = deps;
  const max = deps.max ?? MAX_BADGES;
  const byBlock = new Map<Element, BadgeRecord[]>();
  /** Text nodes we split off page text, so removal can join them back. */
  const splitOffs = new WeakSet<Text>();
  let count = 0;
  let data: BadgeData | null = null;

  function viewOf(record: BadgeRecord): BadgeView | null {
    if (!data) return null;
    const { match } = record;
    // Non-USD amounts follow the latest exchange rate; USD-pegged codes the snapshot lacks keep theirs.
    const rate = match.currency === 'USD' ? 1 : data.usdPer[match.currency];
    const usd = rate ? match.value * rate : match.usd;
    const gap = gapOf(usd, data);
    const kind = match.kind;
    const far = isFarFromSpot(kind, usd, data);
    return {
      text: match.text,
      usd,
      gap: gap.gap,
      kind,
      band: gap.band,
      pill: pillText(kind, gap, data, deps.card.t),
      aria: ariaLabel(kind, match.text, gap, data, deps.card.t),
      description: ariaDescription(kind, gap, data, deps.card.t, far),
      stale: data.stale,
      far,
    };
  }

  function render(record: BadgeRecord): void {
    const view = viewOf(record);
    if (!view) return;
    renderBadge(record.elements, view, dom);
    record.card.refresh();
  }

  /** Puts the badge after its anchor; badges that split a text node wait in `splits`, one pass per node. */
  function place(record: BadgeRecord, placement: Placement, splits: Map<Text, Split[]>): void {
    record.anchor = placement.anchor;
    setFocusable(record, placement.anchor);
    if (isPlaced(record.elements.host, placement)) return;
    if (placement.split) {
      const { node, offset } = placement.split;
      const list = splits.get(node) ?? [];
      list.push({ offset, record });
      splits.set(node, list);
      return;
    }
    const anchor = placement.anchor;
    if (anchor.parentNode) dom.insertBefore(anchor.parentNode, record.elements.host, anchor.nextSibling);
  }

  /** Splits each text node once at all its badges' offsets, each badge going before the text after it. */
  function splitAll(splits: Map<Text, Split[]>): void {
    for (const [node, list] of splits) {
      list.sort((a, b) => a.offset - b.offset);
      const pieces = dom.splitTextAt(
        node,
        list.map((s) => s.offset),
      );
      list.forEach(({ record }, i) => {
        const piece = pieces[i]!;
        splitOffs.add(piece);
        record.anchor = i === 0 ? node : pieces[i - 1]!;
        if (piece.parentNode) dom.insertBefore(piece.parentNode, record.elements.host, piece);
      });
    }
  }

  /**
   * Inside content hidden from assistive technology, a badge must not take keyboard focus either
   * (tests/unit/overlay/badge-set-focus.test.ts); hover still opens its card.
   */
  function setFocusable(record: BadgeRecord, anchor: Node): void {
    const tabindex = anchor.parentElement?.closest('[aria-hidden="true"]') ? '-1' : '0';
    if (record.elements.host.getAttribute('tabindex') !== tabindex)
      dom.setAttribute(record.elements.host, 'tabindex', tabindex);
  }

  function remove(record: BadgeRecord): void {
    const { host } = record.elements;
    const before = host.previousSibling;
    const after = host.nextSibling;
    record.card.close();
    dom.remove(host);
    count -= 1;
    // Join text we split, so the page's text nodes are as we found them.
    if (before?.nodeType === 3 && after?.nodeType === 3 && splitOffs.has(after as Text)) {
      (before as Text).appendData((after as Text).data);
      dom.remove(after);
    }
  }

  function create(found: Found): BadgeRecord {
    const elements = createBadge(dom, deps.card.adoptStyles);
    const record: BadgeRecord = { elements, anchor: found.placement.anchor, match: found.match, card: null! };
    record.card = createCardToggle(
      elements,
      () => (data ? { view: viewOf(record)!, data } : null),
      deps.card,
      deps.signal,
    );
    count += 1;
    return record;
  }

  /** Makes `block`'s badges match `found` (in text order). */
  function reconcile(block: Element, found: Found[]): void {
    const old = byBlock.get(block) ?? [];
    const unused = new Set(old);
    const chosen: Array<BadgeRecord | undefined> = found.map((f) => {
      const same = old.find((r) => unused.has(r) && r.anchor === f.placement.anchor);
      if (same) unused.delete(same);
      return same;
    });
    for (let i = 0; i < found.length; i += 1) {
      if (chosen[i]) continue;
      const next = old.find((r) => unused.has(r));
      if (next) {
        unused.delete(next);
        chosen[i] = next;
      }
    }
    for (const record of unused) remove(record);
    // At the cap, the prices first in the text get the badges left (a reader starts at the top).
    let room = max - count;
    const creatable = chosen.map((c) => !c && room-- > 0);
    const kept: BadgeRecord[] = [];
    const splits = new Map<Text, Split[]>();
    // Last first: a badge placed after a node stays after the pieces that node is split into.
    for (let i = found.length - 1; i >= 0; i -= 1) {
      const f = found[i]!;
      const record = chosen[i] ?? (creatable[i] ? create(f) : undefined);
      if (!record) continue;
      record.match = f.match;
      place(record, f.placement, splits);
      render(record);
      kept.unshift(record);
    }
    splitAll(splits);
    if (kept.length) byBlock.set(block, kept);
    else byBlock.delete(block);
  }

  return {
    reconcile,
    /** Re-renders every badge with new snapshot numbers or badge settings. */
    setData(next: BadgeData | null): void {
      data = next;
      for (const records of byBlock.values()) for (const record of records) render(record);
    },
    /** Drops badges whose block left the page (their host may linger after a replaced headline). */
    prune(): void {
      for (const [block, records] of byBlock) {
        if (block.isConnected) continue;
        for (const record of records) remove(record);
        byBlock.delete(block);
      }
    },
    blocks: (): Element[] => [...byBlock.keys()],
    has: (block: Element): boolean => byBlock.has(block),
    /** True when no badge of `block` stands in the page: it has none, or the page took one away with its text. */
    bare: (block: Element): boolean => byBlock.get(block)?.some((r) => !r.elements.host.isConnected) ?? true,
    max,
    clear(): void {
      for (const records of byBlock.values()) for (const record of records) remove(record);
      byBlock.clear();
    },
    get size(): number {
      return count;
    },
  };
}
export type BadgeSet = ReturnType<typeof createBadgeSet>;
