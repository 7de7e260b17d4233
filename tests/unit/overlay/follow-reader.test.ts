// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BADGES } from '../../../lib/overlay/badge-set';
import { EAGER_BLOCKS, WALK_AHEAD } from '../../../lib/overlay/follow-reader';
import { badges, type Harness, startTestOverlay } from './helpers';

/**
 * An IntersectionObserver the test drives: it reports what the test says is near, at once for each
 * element it starts watching (as the browser does). An observer whose root reaches far above the
 * viewport (approach.ts) also counts as intersecting what lies before the reader.
 */
function fakeIntersections() {
  const observers: FakeObserver[] = [];
  let nearNow = new Set<Element>();
  const reached = (target: Element): boolean =>
    nearNow.has(target) ||
    [...nearNow].some((near) => target.compareDocumentPosition(near) & Node.DOCUMENT_POSITION_FOLLOWING);
  // Boxes agree with the reports: at the top of the viewport once reached, else far below.
  const box = (target: Element) => ({ top: reached(target) ? 0 : 1e9 }) as DOMRectReadOnly;
  /** The observer approach.ts makes: its root reaches far above the viewport. */
  const reachesAbove = (o: FakeObserver) => o.options?.rootMargin?.startsWith('1000000px') ?? false;
  const intersects = (o: FakeObserver, target: Element): boolean =>
    nearNow.has(target) || (reachesAbove(o) && reached(target));

  class FakeObserver {
    readonly watched = new Set<Element>();
    constructor(
      readonly callback: IntersectionObserverCallback,
      readonly options?: IntersectionObserverInit,
    ) {
      observers.push(this);
    }
    observe(el: Element) {
      this.watched.add(el);
      queueMicrotask(() => {
        if (!this.watched.has(el)) return;
        const entry = { target: el, isIntersecting: intersects(this, el), boundingClientRect: box(el) };
        this.callback([entry as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      });
    }
    unobserve(el: Element) {
      this.watched.delete(el);
    }
    disconnect() {
      this.watched.clear();
    }
  }
  /** Reports `near` as intersecting and every other watched element as not. */
  const scrollTo = (near: Element[]) => {
    nearNow = new Set(near);
    for (const o of observers) {
      const entries = [...o.watched].map(
        (target) =>
          ({
            target,
            isIntersecting: intersects(o, target),
            boundingClientRect: box(target),
          }) as IntersectionObserverEntry,
      );
      if (entries.length) o.callback(entries, o as unknown as IntersectionObserver);
    }
  };
  /** Elements watched that are no longer in the page. */
  const detached = () => observers.flatMap((o) => [...o.watched]).filter((el) => !el.isConnected).length;
  const watched = () => observers.reduce((n, o) => n + o.watched.size, 0);
  /** Where a long page's walk waits for the reader (approach.ts). */
  const waitingAt = () => observers.filter(reachesAbove).flatMap((o) => [...o.watched]);
  return {
    IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver,
    scrollTo,
    watched,
    detached,
    waitingAt,
  };
}

const paragraphs = (n: number) => {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p>Bitcoin traded at $${(65_000 + i).toLocaleString('en-US')} in trade ${i}.</p>`,
  ).join('');
  return [...document.querySelectorAll('p')];
};
const badged = (ps: Element[]) => ps.filter((p) => p.querySelector('hashfloor-badge')).length;

let h: Harness | undefined;
afterEach(() => {
  h?.stop();
  h = undefined;
  document.body.innerHTML = '';
});

describe('long pages follow the reader', () => {
  it('scans the top of a long page at once and the rest only as it comes near', async () => {
    const ps = paragraphs(EAGER_BLOCKS + 60);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    expect(badged(ps.slice(0, EAGER_BLOCKS))).toBe(EAGER_BLOCKS);
    expect(badged(ps.slice(EAGER_BLOCKS))).toBe(0);
    const calls = h.detectCalls();
    io.scrollTo(ps.slice(-10));
    await h.flush();
    expect(badged(ps.slice(-10))).toBe(10);
    expect(badged(ps.slice(EAGER_BLOCKS, -10))).toBe(0);
    expect(h.detectCalls() - calls, 'only the blocks that came near are read').toBe(10);
  });

  it('keeps at most MAX_BADGES alive: far badges give way, and come back when the reader does', async () => {
    const ps = paragraphs(MAX_BADGES + 200);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    for (let end = EAGER_BLOCKS; end <= ps.length; end += 50) {
      io.scrollTo(ps.slice(end - 50, end));
      await h.flush();
      expect(badges().length).toBeLessThanOrEqual(MAX_BADGES);
    }
    expect(badged(ps.slice(-50)), 'the last screen has all its badges').toBe(50);
    const top = ps.slice(0, 20);
    expect(badged(top), 'the top gave its badges up').toBe(0);
    io.scrollTo(top);
    await h.flush();
    expect(badged(top)).toBe(20);
    expect(badges().length).toBeLessThanOrEqual(MAX_BADGES);
  });

  it('forgets blocks that leave the page (the observer would keep them alive)', async () => {
    paragraphs(EAGER_BLOCKS + 60);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    expect(io.watched()).toBeGreaterThan(EAGER_BLOCKS);
    document.body.replaceChildren();
    await h.flush();
    expect(io.detached()).toBe(0);
  });

  it('a feed that grows past the cap by appends keeps badging what comes near', async () => {
    const ps = paragraphs(10);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    for (let i = 0; i < MAX_BADGES + 40; i += 1) {
      const p = document.createElement('p');
      p.textContent = `Bitcoin traded at $${(70_000 + i).toLocaleString('en-US')} at tick ${i}.`;
      document.body.append(p);
      ps.push(p);
      if (i % 20 === 19) {
        io.scrollTo(ps.slice(-20));
        await h.flush();
      }
    }
    io.scrollTo(ps.slice(-20));
    await h.flush();
    expect(badges().length).toBeLessThanOrEqual(MAX_BADGES);
    expect(badged(ps.slice(-20)), 'the newest screen is badged').toBe(20);
  });

  it('walks a long page only a stretch past the reader, and on as the reader goes', async () => {
    const ps = paragraphs(EAGER_BLOCKS + 10 * WALK_AHEAD);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    // Blocks past the stretch are not even looked at: no observer entry, nothing read.
    expect(io.waitingAt()).toEqual([ps[EAGER_BLOCKS + WALK_AHEAD - 1]]);
    expect(io.watched()).toBe(EAGER_BLOCKS + WALK_AHEAD + 1);
    const calls = h.detectCalls();
    const middle = ps.slice(EAGER_BLOCKS + 4 * WALK_AHEAD, EAGER_BLOCKS + 4 * WALK_AHEAD + 10);
    io.scrollTo(middle);
    for (let i = 0; i < 5; i += 1) await h.flush();
    expect(badged(middle)).toBe(10);
    const end = ps.slice(-10);
    io.scrollTo(end);
    for (let i = 0; i < 5; i += 1) await h.flush();
    expect(badged(end), 'a jump to the end gets its badges').toBe(10);
    expect(h.detectCalls() - calls, 'only the blocks that came near are read').toBe(20);
    expect(io.waitingAt(), 'the walk reached the end').toEqual([]);
  });

  it('goes on from the top when the block it waits at leaves the page', async () => {
    const ps = paragraphs(EAGER_BLOCKS + 3 * WALK_AHEAD);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    const [waiting] = io.waitingAt();
    waiting!.remove();
    const end = ps.slice(-10);
    io.scrollTo(end);
    for (let i = 0; i < 5; i += 1) await h.flush();
    expect(badged(end)).toBe(10);
  });

  it('stops waiting when the overlay stops', async () => {
    paragraphs(EAGER_BLOCKS + 3 * WALK_AHEAD);
    const io = fakeIntersections();
    h = startTestOverlay({ IntersectionObserver: io.IntersectionObserver });
    await h.flush();
    expect(io.waitingAt()).toHaveLength(1);
    h.stop();
    expect(io.waitingAt()).toEqual([]);
  });

  it('without an IntersectionObserver, scans everything at once up to the cap', async () => {
    const ps = paragraphs(EAGER_BLOCKS + 60);
    h = startTestOverlay();
    await h.flush();
    expect(badged(ps)).toBe(EAGER_BLOCKS + 60);
  });
});

describe('hidden blocks in a mutation batch', () => {
  it("reads whether the batch's blocks are hidden before writing any badge (one restyle, not one per block)", async () => {
    document.body.innerHTML = `<table><tbody>${Array.from(
      { length: 20 },
      (_, i) => `<tr><td>BTC $70,${100 + i}</td><td>0.5${i}</td></tr>`,
    ).join('')}</tbody></table>`;
    h = startTestOverlay();
    await h.flush();
    expect(badges()).toHaveLength(20);
    const proto = Element.prototype as { checkVisibility?: () => boolean };
    const had = Object.getOwnPropertyDescriptor(proto, 'checkVisibility');
    // Each read notes how many badges the page held: a write between two reads would change it.
    const reads: number[] = [];
    proto.checkVisibility = () => {
      reads.push(document.querySelectorAll('hashfloor-badge').length);
      return true;
    };
    try {
      // An order book rewrites every cell (textContent), taking our badges with the old text.
      for (const [i, tr] of document.querySelectorAll('tr').entries()) {
        tr.cells[0]!.textContent = `BTC $71,${100 + i}`;
        tr.cells[1]!.textContent = `0.6${i}`;
      }
      await h.flush();
    } finally {
      if (had) Object.defineProperty(proto, 'checkVisibility', had);
      else delete proto.checkVisibility;
    }
    expect(badges().map((b) => b.getAttribute('data-hashfloor-text'))).toContain('$71,119');
    // The amount cells: digits, no badge yet, so whether they show is asked.
    expect(reads).toHaveLength(20);
    expect(new Set(reads)).toEqual(new Set([0]));
  });
});
