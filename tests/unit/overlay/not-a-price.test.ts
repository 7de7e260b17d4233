// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureDom } from '../../../lib/overlay/dom';
import { DEFAULT_SETTINGS, withNotPrice } from '../../../lib/settings';
import { badges, type Harness, startTestOverlay, texts } from './helpers';

// "Not a Bitcoin price": the reader's correction from a badge's card, kept per site in the settings.
let h: Harness;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => h?.stop());

/** The real DOM methods, with open badge shadow roots so the test can reach the card. */
const openDom = () => ({
  ...captureDom(document),
  attachShadow: (host: Element) => host.attachShadow({ mode: 'open' }),
});

describe('overlay: not a Bitcoin price', () => {
  it('the card button hides that badge at once and asks to store the correction for this site', async () => {
    const stored: [string, string][] = [];
    document.body.innerHTML = '<p>Bitcoin fell to $70,123 on Monday.</p><p>BTC closed at $71,000.</p>';
    h = startTestOverlay({ dom: openDom(), notAPrice: (site, text) => void stored.push([site, text]) });
    await h.flush();
    const [first] = badges();
    first!.dispatchEvent(new Event('mouseenter'));
    const button = first!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Not a Bitcoin price');
    expect(button.getAttribute('aria-label')).toMatch(/^\$70,123 is not a Bitcoin price/);
    button.click();
    await h.flush();
    expect(stored).toEqual([['news.test', '$70,123']]);
    expect(texts()).toEqual(['$71,000']);
  });

  it('honours stored corrections for this site only, and brings the badge back when one is removed', async () => {
    document.body.innerHTML = '<p>Bitcoin fell to $70,123 on Monday.</p><p>BTC closed at $71,000.</p>';
    const corrected = withNotPrice(DEFAULT_SETTINGS, { site: 'news.test', text: ' $70,123 ' });
    h = startTestOverlay({ settings: corrected });
    await h.flush();
    expect(texts()).toEqual(['$71,000']);
    h.setState({ settings: withNotPrice(DEFAULT_SETTINGS, { site: 'other.test', text: '$70,123' }) });
    await h.flush();
    expect(texts()).toEqual(['$70,123', '$71,000']);
    h.setState({ settings: withNotPrice(DEFAULT_SETTINGS, { site: 'news.test', text: '$71,000' }) });
    await h.flush();
    expect(texts()).toEqual(['$70,123']);
  });

  it('offers no button where nothing can store the correction', async () => {
    document.body.innerHTML = '<p>Bitcoin fell to $70,123 on Monday.</p>';
    h = startTestOverlay({ dom: openDom() });
    await h.flush();
    const [badge] = badges();
    badge!.dispatchEvent(new Event('mouseenter'));
    expect(badge!.shadowRoot!.querySelector('.card')).not.toBeNull();
    expect(badge!.shadowRoot!.querySelector('button')).toBeNull();
  });
});

describe('settings: withNotPrice', () => {
  it('stores the text in compared form, once per site, newest last, and keeps at most 500', () => {
    let s = withNotPrice(DEFAULT_SETTINGS, { site: 'a.test', text: '$3,100\u00a0 ' });
    s = withNotPrice(s, { site: 'b.test', text: '$3,100' });
    s = withNotPrice(s, { site: 'a.test', text: '$3,100' });
    expect(s.notPrices).toEqual([
      { site: 'b.test', text: '$3,100' },
      { site: 'a.test', text: '$3,100' },
    ]);
    for (let i = 0; i < 600; i += 1) s = withNotPrice(s, { site: 'c.test', text: `$${i}` });
    expect(s.notPrices).toHaveLength(500);
    expect(s.notPrices.at(-1)).toEqual({ site: 'c.test', text: '$599' });
    expect(DEFAULT_SETTINGS.notPrices).toEqual([]);
  });
});
