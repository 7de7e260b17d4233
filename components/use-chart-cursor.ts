import { useState } from 'preact/hooks';

const STEPS: Record<string, (i: number, last: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  PageUp: (i) => i - 30,
  PageDown: (i) => i + 30,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Which day of the chart the reader is looking at: the point nearest the pointer, or moved with the
 * keyboard once the chart has focus (←/→ a day, Page Up/Down a month, Home/End). `xs` are the
 * points' x positions in the SVG's units; `width` is the viewBox width.
 */
export function useChartCursor(xs: readonly number[], width: number) {
  const [at, setAt] = useState<number | null>(null);
  const last = xs.length - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  const nearest = (x: number) => {
    let best = 0;
    for (let i = 1; i <= last; i += 1) if (Math.abs(xs[i]! - x) < Math.abs(xs[best]! - x)) best = i;
    return best;
  };
  return {
    at: at === null ? null : clamp(at),
    onPointerMove(event: PointerEvent) {
      const svg = event.currentTarget as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      if (box.width > 0) setAt(nearest(((event.clientX - box.left) * width) / box.width));
    },
    onPointerLeave: () => setAt(null),
    onFocus: () => setAt((i) => i ?? last),
    onBlur: () => setAt(null),
    onKeyDown(event: KeyboardEvent) {
      const step = STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      setAt((i) => clamp(step(i ?? last, last)));
    },
  };
}
