// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badges, type Harness, startTestOverlay } from './helpers';

// Web components keep their text in shadow trees: open ones are read like the page, closed ones never.
let h: Harness;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => h?.stop());

/** A host element with an open (or closed) shadow root holding `html`. */
function host(html: string, mode: ShadowRootMode = 'open', tag = 'price-card'): HTMLElement {
  const el = document.createElement(tag);
  el.attachShadow({ mode }).innerHTML = html;
  return el;
}
const shadowTexts = (root: ShadowRoot) => badges(root).map((b) => b.dataset.hashfloorText);

describe('overlay: shadow DOM', () => {
  it('badges prices in open shadow roots present at start, nested ones too, and never in closed ones', async () => {
    const open = host('<p>Bitcoin traded at $70,123 on Monday.</p>');
    const inner = host('<span>BTC $71,000</span>', 'open', 'price-chip');
    open.shadowRoot!.append(inner);
    const closed = host('<p>Bitcoin traded at $72,000.</p>', 'closed');
    document.body.append(open, closed);
    h = startTestOverlay();
    await h.flush();
    expect(shadowTexts(open.shadowRoot!)).toEqual(['$70,123']);
    expect(shadowTexts(inner.shadowRoot!)).toEqual(['$71,000']);
    // The web component's span is its whole text (no block inside): the badge goes after the price in it.
    const span = inner.shadowRoot!.querySelector('span')!;
    expect((span.lastChild as Element).localName).toBe('hashfloor-badge');
    expect(span.textContent).toBe('BTC $71,000');
    expect(badges(document)).toHaveLength(0);
    h.stop();
    expect(badges(open.shadowRoot!)).toHaveLength(0);
    expect(badges(inner.shadowRoot!)).toHaveLength(0);
    expect(open.shadowRoot!.querySelector('p')!.textContent).toBe('Bitcoin traded at $70,123 on Monday.');
  });

  it('badges a component added later, and follows changes inside its shadow root', async () => {
    h = startTestOverlay();
    await h.flush();
    const el = host('<p id="q">Bitcoin is at $70,123.</p>');
    document.body.append(el);
    await h.flush();
    expect(shadowTexts(el.shadowRoot!)).toEqual(['$70,123']);
    const p = el.shadowRoot!.querySelector('#q')!;
    (p.firstChild as Text).data = 'Bitcoin is at $69,500.';
    await h.flush();
    expect(shadowTexts(el.shadowRoot!)).toEqual(['$69,500']);
    const added = document.createElement('p');
    added.textContent = 'BTC closed at $68,000.';
    el.shadowRoot!.append(added);
    await h.flush();
    expect(shadowTexts(el.shadowRoot!)).toEqual(['$69,500', '$68,000']);
  });

  it('keeps the untouchables: no badge in a shadow root under an editor or an aria-hidden copy', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.append(host('<p>Bitcoin traded at $70,123.</p>'));
    document.body.append(editor);
    h = startTestOverlay();
    await h.flush();
    expect(badges(editor.firstElementChild!.shadowRoot!)).toHaveLength(0);
  });
});

describe('overlay: a replaced document', () => {
  it('starts over on a new root element, and watches content added to it', async () => {
    document.body.innerHTML = '<p>Bitcoin opened at $70,123.</p>';
    h = startTestOverlay();
    await h.flush();
    expect(badges()).toHaveLength(1);
    const html = document.createElement('html');
    html.innerHTML = '<head><title>Live</title></head><body><p id="n">Bitcoin traded at $70,321.</p></body>';
    document.documentElement.remove();
    document.append(html);
    await h.flush();
    expect(badges().map((b) => b.dataset.hashfloorText)).toEqual(['$70,321']);
    const p = document.createElement('p');
    p.textContent = 'Bitcoin slipped to $69,876.';
    document.body.append(p);
    await h.flush();
    expect(badges().map((b) => b.dataset.hashfloorText)).toEqual(['$70,321', '$69,876']);
  });
});
