/**
 * Which blocks are near the reader: inside the viewport or within `margin` of it, as one
 * IntersectionObserver reports them. Long pages are scanned block by block as they come near
 * (page-scan.ts), and badges far from the reader are the ones given up when the page holds too many.
 */
export interface Nearby {
  /** Starts watching `block`; `onNear` gets it when it is (or comes) near. */
  watch(block: Element): void;
  unwatch(block: Element): void;
  isNear(block: Element): boolean;
  /** Stops watching blocks that left the page (the observer would keep them alive). */
  prune(): void;
  /** Watched blocks known to be far from the reader, longest-far first. */
  far(): Iterable<Element>;
  disconnect(): void;
}

/** How far below (and above) the viewport a block counts as near, in screens. */
export const NEAR_SCREENS = 1.5;

/**
 * @example const nearby = createNearby(IntersectionObserver, (blocks) => queue.push(...blocks));
 */
export function createNearby(
  Observer: typeof IntersectionObserver,
  onNear: (blocks: Element[]) => void,
  margin = `${NEAR_SCREENS * 100}%`,
): Nearby {
  const near = new Set<Element>();
  const far = new Set<Element>();
  const watched = new Set<Element>();
  const observer = new Observer(
    (entries) => {
      const arrived: Element[] = [];
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) {
          far.delete(target);
          if (!near.has(target)) arrived.push(target);
          near.add(target);
        } else {
          near.delete(target);
          far.add(target);
        }
      }
      if (arrived.length) onNear(arrived);
    },
    { rootMargin: `${margin} 0px` },
  );
  const unwatch = (block: Element) => {
    observer.unobserve(block);
    watched.delete(block);
    near.delete(block);
    far.delete(block);
  };
  return {
    watch(block) {
      if (watched.has(block)) return;
      watched.add(block);
      observer.observe(block);
    },
    unwatch,
    isNear: (block) => near.has(block),
    prune() {
      for (const block of watched) if (!block.isConnected) unwatch(block);
    },
    far: () => far,
    disconnect() {
      observer.disconnect();
      watched.clear();
      near.clear();
      far.clear();
    },
  };
}
