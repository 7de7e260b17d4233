// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readNearView } from '../../../lib/gate/near-view';

const VIEW = 600;

/**
 * A page laid out by hand: each element's box is set with `place` (page coordinates); the view starts
 * at the top; `scrollTo` moves it and `resizeTo` changes its height, each firing its event where the reader listens.
 */
function layout() {
  const boxes = new Map<Element, { top: number; bottom: number }>();
  let scrollY = 0;
  let height = VIEW;
  const listening = new Set<string>();
  const view = new EventTarget();
  const add = view.addEventListener.bind(view);
  const remove = view.removeEventListener.bind(view);
  view.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
    listening.add(args[0]);
    add(...args);
  };
  view.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
    listening.delete(args[0]);
    remove(...args);
  };
  const place = (el: Element, top: number, height: number) => {
    boxes.set(el, { top, bottom: top + height });
    el.getBoundingClientRect = () => {
      const box = boxes.get(el)!;
      return { top: box.top - scrollY, bottom: box.bottom - scrollY } as DOMRect;
    };
  };
  return {
    place,
    deps: { view, viewHeight: () => height },
    listening: () => [...listening].sort(),
    scrollTo(y: number) {
      scrollY = y;
      view.dispatchEvent(new Event('scroll'));
    },
    resizeTo(h: number) {
      height = h;
      view.dispatchEvent(new Event('resize'));
    },
  };
}

/** `n` paragraphs of `height` px one under the other from `top`, in `parent`. */
function paragraphs(page: ReturnType<typeof layout>, parent: Element, n: number, top = 0, height = 100) {
  const made: HTMLElement[] = [];
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i}.`;
    parent.append(p);
    page.place(p, top + i * height, height);
    made.push(p);
  }
  return made;
}

function reader() {
  const read: string[] = [];
  return { read, add: (node: Node) => read.push(node.textContent!.trim()) };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('readNearView', () => {
  it('reads a long page three screens at a time, as the reader comes within two screens of the rest', () => {
    const page = layout();
    paragraphs(page, document.body, 100);
    page.place(document.body, 0, 10_000);
    const { read, add } = reader();
    readNearView(document.body, add, page.deps);
    // Three screens of 600 px: paragraphs 0–18 (the 19th starts at 1,800, past the reach).
    expect(read).toHaveLength(18 + 1);
    expect(read.at(-1)).toBe('Paragraph 18.');
    page.scrollTo(0);
    expect(read).toHaveLength(19);
    page.scrollTo(300);
    expect(read.length).toBeGreaterThan(19);
    expect(read.length).toBeLessThan(30);
    // A jump to the end (End key, an anchor) reads what it skipped, each paragraph once.
    page.scrollTo(9_400);
    expect(read).toHaveLength(100);
    expect(new Set(read)).toEqual(new Set(Array.from({ length: 100 }, (_, i) => `Paragraph ${i}.`)));
    expect(page.listening()).toEqual([]);
  });

  it('reads a short container child by child: a sidebar after a long article, now; a far footer, later', () => {
    const page = layout();
    const main = document.createElement('main');
    const aside = document.createElement('aside');
    const footer = document.createElement('footer');
    aside.textContent = 'Markets: BTC';
    footer.textContent = 'Footer';
    document.body.append(main, aside, footer);
    paragraphs(page, main, 60);
    page.place(main, 0, 6_000);
    page.place(aside, 0, 400);
    page.place(footer, 6_000, 100);
    const { read, add } = reader();
    readNearView(document.body, add, page.deps);
    expect(read).toContain('Markets: BTC');
    expect(read).not.toContain('Footer');
    expect(read.filter((text) => text.startsWith('Paragraph'))).toHaveLength(19);
    page.scrollTo(4_500);
    expect(read).toContain('Footer');
  });

  it('reads the last children of a long container with the near ones, and loose text in its place', () => {
    const page = layout();
    document.body.append('Loose text at the top.');
    const made = paragraphs(page, document.body, 40);
    made[25]!.after('Loose text in the middle.');
    const ticker = document.createElement('div');
    ticker.textContent = 'BTC ticker';
    document.body.append(ticker);
    page.place(ticker, 0, 40); // pinned to the view, last in the source
    const { read, add } = reader();
    const stop = readNearView(document.body, add, page.deps);
    expect(read).toContain('Loose text at the top.');
    expect(read).toContain('BTC ticker');
    expect(read).not.toContain('Loose text in the middle.');
    page.scrollTo(1_000);
    expect(read).toContain('Loose text in the middle.');
    expect(read.filter((text) => text === 'BTC ticker')).toHaveLength(1);
    stop();
  });

  it('resumes at the same child when children were added before it meanwhile', () => {
    const page = layout();
    const made = paragraphs(page, document.body, 40);
    const { read, add } = reader();
    readNearView(document.body, add, page.deps);
    const first = read.length;
    for (let i = 0; i < 5; i++)
      document.body.prepend(Object.assign(document.createElement('p'), { textContent: 'new' }));
    page.scrollTo(1_500);
    expect(read).not.toContain('new');
    expect(read[first]).toBe(made[first]!.textContent);
  });

  it('reads what a taller view reaches when it is resized (a frame shown after load)', () => {
    const page = layout();
    paragraphs(page, document.body, 100);
    const { read, add } = reader();
    readNearView(document.body, add, page.deps);
    expect(page.listening()).toEqual(['resize', 'scroll']);
    expect(read).toHaveLength(19);
    page.resizeTo(1_200); // three screens of 1,200 px reach paragraph 35
    expect(read).toHaveLength(37);
  });

  it('reads nothing more once stopped', () => {
    const page = layout();
    paragraphs(page, document.body, 100);
    const { read, add } = reader();
    const stop = readNearView(document.body, add, page.deps);
    const before = read.length;
    stop();
    page.scrollTo(9_000);
    expect(read).toHaveLength(before);
    expect(page.listening()).toEqual([]);
  });
});
