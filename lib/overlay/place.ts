/**
 * Where a badge goes: right after the price, without rewriting page text. A price that ends its
 * element gets the badge after the outermost inline element it ends; a price in the middle of a text
 * node splits that node only in static prose (never in text a framework may own and re-render).
 */
import { type BlockText, isBlock, pointAtEnd } from './walk';

/** Prose blocks whose text nodes we may split: article text rather than app widgets. */
const PROSE_BLOCKS = new Set([
  'p',
  'li',
  'blockquote',
  'dd',
  'dt',
  'figcaption',
  'caption',
  'h1',
  'h2',
  'h3',
]);
const PROSE_INLINES = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'small', 'mark', 'q', 'cite', 'abbr']);

export interface Placement {
  /** The badge goes right after this node. */
  anchor: Node;
  /** When set, split this text node at `offset` first; the anchor is then its first half. */
  split?: { node: Text; offset: number };
}

const isOurs = (node: Node): boolean =>
  node.nodeType === 1 && (node as Element).localName === 'hashfloor-badge';

/** True when nothing but whitespace (or our badges) follows `node` inside its parent. */
function restIsBlank(node: Node): boolean {
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    if (isOurs(sib)) continue;
    if (sib.textContent?.trim()) return false;
  }
  return true;
}

function isStaticProse(node: Text, block: Element): boolean {
  if (!PROSE_BLOCKS.has(block.localName)) return false;
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (!PROSE_INLINES.has(el.localName)) return false;
  }
  return true;
}

/**
 * Decides where the badge for the match ending at `end` goes, or null when there is no good spot.
 * @param isDynamic - blocks the page has changed since load; their text is never split.
 */
export function placeBadge(
  bt: BlockText,
  end: number,
  isDynamic: (block: Element) => boolean,
): Placement | null {
  const point = pointAtEnd(bt, end);
  if (!point) return null;
  const { node, offset } = point;
  const block = bt.block;

  if (node.data.slice(offset).trim()) {
    // The price ends mid-node: split it in static prose; elsewhere follow the nearest inline element.
    if (!isDynamic(block) && isStaticProse(node, block)) return { anchor: node, split: { node, offset } };
    let anchor: Node = node;
    while (anchor.parentElement && anchor.parentElement !== block && !isBlock(anchor.parentElement)) {
      anchor = anchor.parentElement;
    }
    return anchor === node ? { anchor: lastContentChild(block) ?? node } : { anchor };
  }

  // The price ends its text node: climb the inline elements it also ends, so the badge follows them.
  let anchor: Node = node;
  while (
    restIsBlank(anchor) &&
    anchor.parentElement &&
    anchor.parentElement !== block &&
    !isBlock(anchor.parentElement)
  ) {
    anchor = anchor.parentElement;
  }
  return { anchor };
}

/** The block's last child that is not our badge (a badge that follows a whole block's text goes last). */
export function lastContentChild(block: Element): Node | null {
  let last = block.lastChild;
  while (last && isOurs(last)) last = last.previousSibling;
  return last;
}

/** True when `host` already sits after the anchor (among other badges on the same anchor): nothing to move. */
export function isPlaced(host: Element, placement: Placement): boolean {
  if (placement.split) return false;
  for (let sib = placement.anchor.nextSibling; sib && isOurs(sib); sib = sib.nextSibling) {
    if (sib === host) return true;
  }
  return false;
}
