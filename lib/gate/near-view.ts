/** What reading near the view needs from the page's window. */
export interface NearViewDeps {
  /** Where scroll and resize events arrive: the window (scrolls captured, so inner scrollers' too). */
  view: EventTarget;
  /** The view's height in CSS pixels (`innerHeight`). */
  viewHeight: () => number;
}

/** Screens below the view read ahead of the reader. */
const SCREENS_AHEAD = 2;
/** Children of one container above which the first far one is found by bisection. */
const BISECT_ABOVE = 16;
/** A long container's last children, read with the near ones: widgets pinned to the view are often appended last. */
const TAIL = 4;
const LISTEN = { capture: true, passive: true };

/**
 * Hands `read` the parts of `root` within a few screens of the view (elements whole, loose text
 * nodes), and each further part once a scroll brings the reader within as many screens of it (or
 * past it: a jump to the end reads what it skipped) or the view grows to reach it (a frame shown
 * after load, a window made taller), until `stop()`.
 * Reading all of a 200 KB article's text cost the gate ~5 ms of script in Chromium, a 2 MB one's
 * ~36 ms in one task; the part near the view ~3 ms at any length (docs/ARCHITECTURE.md, "Gate").
 * A long container's children are assumed to follow the page down (normal flow), so its first far
 * child is found by bisection and the rest wait behind it; a shorter one's children are each placed.
 * @example const stop = readNearView(document.body, (node) => check(node), { view: window, viewHeight: () => innerHeight });
 */
export function readNearView(root: Element, read: (node: Node) => void, deps: NearViewDeps): () => void {
  const reach = () => (SCREENS_AHEAD + 1) * deps.viewHeight();
  /** Far parts, each keyed by its first element, with what reads it. */
  const waiting = new Map<Element, () => void>();
  const listen = (on: boolean) => {
    for (const type of ['scroll', 'resize'])
      (on ? deps.view.addEventListener : deps.view.removeEventListener).call(deps.view, type, onMove, LISTEN);
  };
  const onMove = () => {
    const limit = reach();
    for (const [el, resume] of waiting) {
      if (el.getBoundingClientRect().top > limit) continue;
      waiting.delete(el);
      resume();
    }
    if (!waiting.size) listen(false);
  };
  const later = (el: Element, resume: () => void) => {
    if (!waiting.size) listen(true);
    waiting.set(el, resume);
  };

  const visit = (el: Element) => {
    const { top, bottom } = el.getBoundingClientRect();
    if (top > reach()) later(el, () => visit(el));
    else if (bottom > reach() && el.childElementCount) visitChildren(el, 0, el.childElementCount);
    else read(el);
  };

  /** The siblings from `from` up to `stopAt`: elements placed, loose text read. */
  const walk = (from: ChildNode | null, stopAt: Element | null) => {
    for (let node = from; node && node !== stopAt; node = node.nextSibling) {
      if (node.nodeType === 1) visit(node as Element);
      else if (node.nodeType === 3) read(node);
    }
  };

  /** `parent`'s element children from index `start` to `end`, with the loose text among them. */
  const visitChildren = (parent: Element, start: number, end: number) => {
    const kids = parent.children;
    let far = end;
    if (end - start > BISECT_ABOVE) {
      const limit = reach();
      let lo = start;
      while (lo < far) {
        const mid = (lo + far) >> 1;
        if (kids[mid]!.getBoundingClientRect().top > limit) far = mid;
        else lo = mid + 1;
      }
    }
    const stopAt = kids[end] ?? null;
    if (far === end) return walk(start ? kids[start]! : parent.firstChild, stopAt);
    const first = kids[far]!;
    const tail = Math.max(far + 1, end - TAIL);
    walk(start ? kids[start]! : parent.firstChild, first);
    walk(kids[tail] ?? null, stopAt);
    later(first, () => {
      // Children added or removed before `first` meanwhile shift the indices (added ones were read as they came).
      const at = kids[far] === first ? far : Array.prototype.indexOf.call(kids, first);
      if (at >= 0) visitChildren(parent, at, at + (tail - far));
    });
  };

  visitChildren(root, 0, root.childElementCount);
  return () => {
    waiting.clear();
    listen(false);
  };
}
