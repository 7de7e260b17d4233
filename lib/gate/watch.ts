import { BITCOIN_TEXT, mentionsBitcoin } from './bitcoin-text';
import { type NearViewDeps, readNearView } from './near-view';

export interface GateDeps {
  document: Document;
  /** The frame's current URL (SPA navigations change it without a new document). */
  href: () => string;
  MutationObserver: typeof MutationObserver;
  /** False once the extension that injected the gate is gone (reloaded, updated, removed). */
  alive: () => boolean;
  /** Called at most once, when Bitcoin shows up: loads the overlay. */
  open: () => void;
  /** Runs the text read later (an idle callback, so a page's load event does not wait); default now. */
  later?: (cb: () => void) => void;
  /** Reads a long body as the reader nears each part (lib/gate/near-view.ts); without it, all at once. */
  nearView?: NearViewDeps;
}

/** Elements whose text no reader sees. */
const NOT_TEXT_TAGS = ['script', 'style', 'noscript', 'template'];
const UNREADABLE = NOT_TEXT_TAGS.join(',');
const NOT_TEXT = new Set(NOT_TEXT_TAGS);
const EVERY_MENTION = new RegExp(BITCOIN_TEXT.source, 'gi');

const mentions = (text: string | null): number => text?.match(EVERY_MENTION)?.length ?? 0;

/**
 * Whether the text under `node` a reader could see names Bitcoin, leaving out scripts and styles
 * (inline scripts and JSON often name coins: a news site's ad config, tests/e2e/pages/gate/later.html).
 * Counted natively, not walked: more mentions in all the text than in its scripts and styles means one
 * is readable. Walking a 200 KB article's text nodes in script cost ~5 ms (bench "200 KB article").
 * A word split across elements ("Bit<b>coin</b>") stays whole in `textContent`.
 */
function namesBitcoin(node: Node): boolean {
  if (node.nodeType === 3)
    return !NOT_TEXT.has(node.parentElement?.localName ?? '') && mentions((node as Text).data) > 0;
  if (NOT_TEXT.has((node as Element).localName ?? '')) return false;
  const all = mentions(node.textContent);
  if (!all || !('querySelectorAll' in node)) return all > 0;
  let unreadable = 0;
  for (const el of (node as ParentNode).querySelectorAll(UNREADABLE)) unreadable += mentions(el.textContent);
  return all > unreadable;
}

/**
 * The open shadow roots at or under `node`, nested ones too: web components keep their text there,
 * out of `textContent` (tests/e2e/pages/gate/shadow-only.html). Closed roots stay the component's own.
 */
function* shadowRootsIn(node: Node): Generator<ShadowRoot> {
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  yield* withNested((node as Element).shadowRoot);
  // getElementsByTagName walks a 200 KB article's elements ~3× faster than querySelectorAll('*') on a
  // fresh page (0.4 vs 1.1 ms); a shadow root has only the latter.
  const all =
    node.nodeType === 1
      ? (node as Element).getElementsByTagName('*')
      : (node as ParentNode).querySelectorAll('*');
  // Only a host starts a nested walk: a generator per element made it ~3× slower (warm, the 200 KB
  // article's 675 elements: 0.12–0.19 vs 0.04–0.06 ms in Chromium).
  for (let i = 0; i < all.length; i++) {
    const root = all[i]!.shadowRoot;
    if (root) yield* withNested(root);
  }
}

/** `root` (when there is one), then the open roots inside it. */
function* withNested(root: ShadowRoot | null | undefined): Generator<ShadowRoot> {
  if (!root) return;
  yield root;
  yield* shadowRootsIn(root);
}

/** Whether any of `nodes`, or the open shadow roots under them, names Bitcoin in readable text. */
function anyNamesBitcoin(nodes: Iterable<Node>, watch: (shadow: ShadowRoot) => void): boolean {
  for (const node of nodes) {
    if (namesBitcoin(node)) return true;
    for (const shadow of shadowRootsIn(node)) {
      if (namesBitcoin(shadow)) return true;
      watch(shadow);
    }
  }
  return false;
}

/** The nodes a mutation batch brought text in with: added nodes and rewritten character data. */
function* touched(records: MutationRecord[]): Generator<Node> {
  for (const record of records) {
    if (record.type === 'characterData') yield record.target;
    else yield* record.addedNodes;
  }
}

const WATCH = { childList: true, subtree: true, characterData: true };

/**
 * The gate: opens (once) as soon as the frame's title, URL or text names Bitcoin, now or later
 * (SPA navigations, infinite scroll, tickers). Until then it costs one read of the text (`later`; with
 * `nearView`, of the text near the view, the rest as the reader scrolls to it) and one regex test per
 * mutation batch over only the text that batch added. Returns `stop`.
 * @example watchForBitcoin({ document, href: () => location.href, MutationObserver, alive, open: load });
 */
export function watchForBitcoin(deps: GateDeps): () => void {
  const { document, href, alive, open, later = (cb) => cb() } = deps;
  const page = () => `${document.title} ${href()}`;
  let stopped = false;
  let stopReading = () => {};
  let lastPage = page();
  if (mentionsBitcoin(lastPage)) {
    open();
    return () => {};
  }
  // `alive` reads the extension API, whose first use costs a world its bindings: it is asked only
  // before opening and every 64th batch (so a gate left behind by a removed extension stops).
  let batches = 0;
  const stop = () => {
    stopped = true;
    observer.disconnect();
    stopReading();
  };
  const openIfAlive = () => {
    if (stopped) return;
    stop();
    if (alive()) open();
  };
  const observer = new deps.MutationObserver((records) => {
    if (++batches % 64 === 0 && !alive()) return stop();
    const now = page();
    const pageChanged = now !== lastPage;
    lastPage = now;
    if ((pageChanged && mentionsBitcoin(now)) || anyNamesBitcoin(touched(records), watchShadow))
      openIfAlive();
  });
  // A subtree watch stops at a shadow host: each open root found is watched as well.
  const watchShadow = (shadow: ShadowRoot) => observer.observe(shadow, WATCH);
  const readBody = (body: HTMLElement) => {
    if (!deps.nearView) return anyNamesBitcoin([body], watchShadow) && openIfAlive();
    const reads = (node: Node) => !stopped && anyNamesBitcoin([node], watchShadow) && openIfAlive();
    const halt = readNearView(body, reads, deps.nearView);
    if (stopped) halt();
    else stopReading = halt;
  };
  later(() => {
    if (stopped) return;
    if (mentionsBitcoin(page())) return openIfAlive();
    observer.observe(document, WATCH);
    if (document.body) readBody(document.body);
  });
  return stop;
}
