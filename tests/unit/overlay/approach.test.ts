// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApproach } from '../../../lib/overlay/approach';

/**
 * An observer as an inner scroll container leaves it: it never sees the element intersect, but each
 * report (one per `observe`, as browsers send) carries the element's box, `top` px from the viewport's.
 */
function clippedObserver(top: () => number) {
  const made: Array<{ options: IntersectionObserverInit; observed: number; disconnected: boolean }> = [];
  class Clipped {
    state = { options: {} as IntersectionObserverInit, observed: 0, disconnected: false };
    constructor(
      readonly callback: IntersectionObserverCallback,
      options: IntersectionObserverInit,
    ) {
      this.state.options = options;
      made.push(this.state);
    }
    observe(target: Element) {
      this.state.observed += 1;
      queueMicrotask(() => {
        if (this.state.disconnected) return;
        const entry = { target, isIntersecting: false, boundingClientRect: { top: top() } };
        this.callback([entry as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      });
    }
    unobserve() {}
    disconnect() {
      this.state.disconnected = true;
    }
  }
  return { approach: createApproach(Clipped as unknown as typeof IntersectionObserver), made };
}

const reports = () => new Promise((resolve) => setTimeout(resolve, 0));
const scroller = () => {
  document.body.innerHTML = '<div id="scroller"><p>Bitcoin at $70,000</p></div>';
  return { p: document.querySelector('p')!, box: document.getElementById('scroller')! };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('approach', () => {
  it('watches from far above the viewport to 1.5 screens below it', () => {
    const { approach, made } = clippedObserver(() => 0);
    approach(document.body, () => {});
    expect(made[0]?.options.rootMargin).toBe('1000000px 0px 150% 0px');
  });

  it('an inner container scrolled past the element reaches it, though it never intersects', async () => {
    let top = 100_000;
    const { approach, made } = clippedObserver(() => top);
    const { p, box } = scroller();
    const reached = vi.fn();
    approach(p, reached);
    await reports();
    expect(reached, 'far below the reader').not.toHaveBeenCalled();
    top = -50_000;
    box.dispatchEvent(new Event('scroll'));
    box.dispatchEvent(new Event('scroll'));
    await reports();
    expect(made[0]?.observed, 'one fresh report for the scrolls before it').toBe(2);
    expect(reached).toHaveBeenCalledExactlyOnceWith(false);
    expect(made[0]?.disconnected, 'stops watching once reached').toBe(true);
  });

  it('an element already passed is reached at once, on the first report', async () => {
    const { approach } = clippedObserver(() => -2_000);
    const reached = vi.fn();
    approach(scroller().p, reached);
    await reports();
    expect(reached).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('stopped, it never reports', async () => {
    let top = 100_000;
    const { approach } = clippedObserver(() => top);
    const { p, box } = scroller();
    const reached = vi.fn();
    approach(p, reached)();
    top = 0;
    box.dispatchEvent(new Event('scroll'));
    await reports();
    expect(reached).not.toHaveBeenCalled();
  });
});
