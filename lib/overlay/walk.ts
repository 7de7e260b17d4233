/**
 * Reading the page: which elements are never scanned, which element is a text node's block, and a
 * block's visible text as one string with a map from string offsets back to the text nodes, so that
 * prices split across elements (`<span>$</span><span>70,123</span>`) are read whole.
 */

/** Subtrees whose text is code, form state, media or our own UI: never read, never touched. */
const SKIP_TAGS = new Set(
  'script style noscript template textarea input select option code pre kbd samp svg math head title iframe object canvas video audio button hashfloor-badge'.split(
    ' ',
  ),
);

/** Elements that start their own line of text; a price never spans two of them. */
export const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup html li main nav ol p section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

export type SkipTest = (el: Element) => boolean;

const isEditable = (el: Element): boolean => {
  const value = el.getAttribute('contenteditable');
  return (value !== null && value !== 'false') || el.getAttribute('role') === 'textbox';
};

/** An `aria-hidden` copy (marquee loops, visual duplicates) whose text a visible sibling already shows. */
function duplicatesVisibleText(el: Element): boolean {
  const text = el.textContent?.trim() ?? '';
  if (!text) return true;
  for (let sib = el.parentElement?.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib !== el && sib.getAttribute('aria-hidden') !== 'true' && sib.textContent?.includes(text))
      return true;
  }
  return false;
}

/** The standard skip rules, plus `extra` (venue adapters exclude order books this way). */
export function createSkipTest(extra?: SkipTest): SkipTest {
  return (el) =>
    SKIP_TAGS.has(el.localName) ||
    el.hasAttribute('hidden') ||
    isEditable(el) ||
    (el.getAttribute('aria-hidden') === 'true' && duplicatesVisibleText(el)) ||
    (extra?.(el) ?? false);
}

/** The parent element, or the host when `el` is at the top of a shadow tree. */
const composedParent = (el: Element): Element | null =>
  el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);

/** True when `node` or an ancestor (through shadow hosts) must not be read. */
export function isInsideSkipped(node: Node, skip: SkipTest): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = composedParent(el)) {
    if (skip(el)) return true;
  }
  return false;
}

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.localName);

/**
 * The nearest block-level ancestor of `node` (or `node` itself when it is a block element). In a
 * shadow tree without one (a web component's `<span>`), the outermost element of that tree.
 */
export function blockOf(node: Node): Element | null {
  let last: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlock(el)) return el;
    last = el;
  }
  return last && last.parentNode?.nodeType === 11 ? last : null;
}

/** A block's text as one string; `nodes[i]` starts at `starts[i]`. Nested blocks and `<br>` read as "\n". */
export interface BlockText {
  block: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

const CONTROL = /[\n\r\t\f]/g;

/** A block whose children are only text (and skipped elements, like our badge): a ticker's cell. */
function flatText(block: Element, skip: SkipTest): BlockText | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let child = block.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      nodes.push(child as Text);
      starts.push(text.length);
      text += (child as Text).data.replace(CONTROL, ' ');
    } else if (child.nodeType === 1 && !skip(child as Element)) return null;
  }
  return { block, text, nodes, starts };
}

export function readBlockText(block: Element, skip: SkipTest): BlockText {
  const flat = flatText(block, skip);
  if (flat) return flat;
  const doc = block.ownerDocument;
  let pendingBreak = false;
  const walker = doc.createTreeWalker(block, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType !== 1 || node === block) return 1;
      const el = node as Element;
      if (skip(el)) return 2;
      if (isBlock(el) || el.localName === 'br') {
        pendingBreak = true;
        return 2;
      }
      return 3; // Skip the element itself but walk into it.
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    if (pendingBreak && text) text += '\n';
    pendingBreak = false;
    nodes.push(node as Text);
    starts.push(text.length);
    // Source newlines render as spaces; the detector reads '\n' as a sentence break, which cut
    // "cost to mine a coin at\n about $87,000" off its cue (seen on the demo news page).
    text += (node as Text).data.replace(CONTROL, ' ');
  }
  return { block, text, nodes, starts };
}

/** Index of the last node starting at or before `offset`. */
function nodeIndexAt(bt: BlockText, offset: number): number {
  let lo = 0;
  let hi = bt.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bt.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/** The text node and offset just after the character before `end`. */
export function pointAtEnd(bt: BlockText, end: number): TextPoint | null {
  if (end <= 0) return null;
  const i = nodeIndexAt(bt, end - 1);
  const node = bt.nodes[i];
  return node ? { node, offset: Math.min(node.length, end - bt.starts[i]!) } : null;
}

/**
 * The block of every text node under `root` that holds a digit and is not inside a skipped element,
 * in document order (a block repeats once per such node), with a `null` every 256 nodes so a lazy
 * caller can check its time budget (and yield) on long stretches of text without digits. It walks
 * nodes natively (no per-node filter callback) and tests the skip rules only on the ancestors of
 * digit-bearing text, once per element. Open shadow roots are walked where their host sits, and
 * handed to `onShadowRoot` (so their later changes can be watched); closed ones are never read.
 * With `after` (an element under `root`), the walk starts after it and everything inside it.
 */
export function* digitTextBlocks(
  root: Node,
  skip: SkipTest,
  hint: RegExp = DIGIT,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  after?: Element,
): Generator<Element | null, void, undefined> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1 | 0x4);
  const skipped = new Map<Element, boolean>();
  const under = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let known = skipped.get(el);
    if (known === undefined) {
      known = skip(el) || under(el.parentElement);
      skipped.set(el, known);
    }
    return known;
  };
  const digit = hint;
  let visited = 0;
  const own = (root as Element).shadowRoot;
  if (own && !after) {
    onShadowRoot?.(own);
    yield* digitTextBlocks(own, skip, digit, onShadowRoot);
  }
  if (after) walker.currentNode = after;
  for (let node = after ? nextOutside(walker) : walker.nextNode(); node; node = walker.nextNode()) {
    if ((++visited & 255) === 0) yield null;
    if (node.nodeType === 1) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !under(node as Element)) {
        onShadowRoot?.(shadow);
        yield* digitTextBlocks(shadow, skip, digit, onShadowRoot);
      }
      continue;
    }
    if (!digit.test((node as Text).data) || under(node.parentElement)) continue;
    const block = blockOf(node);
    if (block) yield block;
  }
}

const DIGIT = /\d/;

/** The node after the walker's current node and all that is inside it. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
