/**
 * Waits for the reader to reach an element: it comes within `margin` screens below the viewport, or
 * the reader passes it (a jump to the end never shows it). A long page's walk stops ahead of the
 * reader at such an element and goes on when it is reached (follow-reader.ts), so the far part of the
 * page costs nothing until someone scrolls there (bench "2 MB article").
 */
import { NEAR_SCREENS } from './nearby';

/** Reaches far above the viewport, so an element the reader scrolled past counts as reached. */
const ABOVE = 1e6;

/** `onReached(atOnce)`: at once when the element was already reached when watching began. */
export type Approach = (target: Element, onReached: (atOnce: boolean) => void) => () => void;

/**
 * One IntersectionObserver sees the viewport's scrolling. Inner scroll containers clip what it sees,
 * so an element scrolled past inside one is reached by its box, which every report carries; their
 * scroll events ask for a fresh report (observing again), never forcing a layout of ours.
 * @example const stop = createApproach(IntersectionObserver)(lastBlock, () => walkOn());
 */
export function createApproach(Observer: typeof IntersectionObserver, margin = NEAR_SCREENS): Approach {
  return (target, onReached) => {
    const win = target.ownerDocument.defaultView;
    let first = true;
    let asked = false;
    const near = (entry: IntersectionObserverEntry) =>
      entry.isIntersecting || entry.boundingClientRect.top < (win?.innerHeight ?? 0) * (1 + margin);
    const observer = new Observer(
      (entries) => {
        const atOnce = first;
        first = false;
        asked = false;
        if (entries.some(near)) {
          stop();
          onReached(atOnce);
        }
      },
      { rootMargin: `${ABOVE}px 0px ${margin * 100}% 0px` },
    );
    const onScroll = (event: Event) => {
      // The document's own scrolling is the observer's; an inner container's asks for a report.
      if (asked || event.target === target.ownerDocument) return;
      asked = true;
      observer.unobserve(target);
      observer.observe(target);
    };
    function stop(): void {
      observer.disconnect();
      win?.removeEventListener('scroll', onScroll, true);
    }
    observer.observe(target);
    win?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return stop;
  };
}
