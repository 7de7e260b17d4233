import { mentionsBitcoin } from './bitcoin-text';

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
}

const NOT_TEXT = /^(?:script|style|noscript|template)$/;

const readable = (node: Node): boolean => !NOT_TEXT.test(node.parentElement?.localName ?? '');

/**
 * Whether the text under `root` a reader could see names Bitcoin, leaving out scripts and styles:
 * walked only after the cheap `textContent` test said yes, since inline scripts and JSON often name
 * coins (a news site's ad config, tests/e2e/pages/gate/later.html). Tested in ~1 KB pieces, so a long
 * page stops at its first mention; each piece keeps the previous one's tail ("Bit" + "coin").
 */
function readableNamesBitcoin(root: Node): boolean {
  if (root.nodeType === 3) return readable(root) && mentionsBitcoin((root as Text).data);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!readable(node)) continue;
    text += (node as Text).data;
    if (text.length < 1024) continue;
    if (mentionsBitcoin(text)) return true;
    text = text.slice(-16);
  }
  return mentionsBitcoin(text);
}

/** Whether `nodes` name Bitcoin in readable text: a cheap test of all their text first. */
const namesBitcoin = (nodes: Iterable<Node>): boolean => {
  for (const node of nodes)
    if (mentionsBitcoin(node.textContent ?? '') && readableNamesBitcoin(node)) return true;
  return false;
};

/** The nodes a mutation batch brought text in with: added nodes and rewritten character data. */
function* touched(records: MutationRecord[]): Generator<Node> {
  for (const record of records) {
    if (record.type === 'characterData') yield record.target;
    else yield* record.addedNodes;
  }
}

/**
 * The gate: opens (once) as soon as the frame's title, URL or text names Bitcoin, now or later
 * (SPA navigations, infinite scroll, tickers). Until then it costs one text read (`later`) and one
 * regex test per mutation batch over only the text that batch added. Returns `stop`.
 * @example watchForBitcoin({ document, href: () => location.href, MutationObserver, alive, open: load });
 */
export function watchForBitcoin(deps: GateDeps): () => void {
  const { document, href, alive, open, later = (cb) => cb() } = deps;
  const page = () => `${document.title} ${href()}`;
  let stopped = false;
  let lastPage = page();
  if (mentionsBitcoin(lastPage)) {
    open();
    return () => {};
  }
  const observer = new deps.MutationObserver((records) => {
    if (!alive()) return observer.disconnect();
    const now = page();
    const pageChanged = now !== lastPage;
    lastPage = now;
    if ((pageChanged && mentionsBitcoin(now)) || namesBitcoin(touched(records))) {
      observer.disconnect();
      open();
    }
  });
  later(() => {
    if (stopped || !alive()) return;
    // textContent: one native read, words split across elements ("Bit<b>coin</b>") stay whole.
    if (mentionsBitcoin(page()) || (document.body && namesBitcoin([document.body]))) open();
    else observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
