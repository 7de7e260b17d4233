// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBadge } from '../../../lib/overlay/badge';
import { badgeDataFromSnapshot, gapOf } from '../../../lib/overlay/badge-data';
import { createCardToggle } from '../../../lib/overlay/card-toggle';
import { captureDom } from '../../../lib/overlay/dom';
import { createSharedStyles } from '../../../lib/overlay/styles';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';
import { SNAPSHOT } from './helpers';

// A badge's card costs nothing until it opens: no view computed for a closed card on each render, and
// the card's stylesheet adopted only when the card is built (bench "infinite scroll").
describe('card toggle', () => {
  const dom = captureDom(document);
  const data = badgeDataFromSnapshot(SNAPSHOT, DEFAULT_SETTINGS, en, 'en-US')!;
  const gap = gapOf(70_000, data);
  const view = {
    text: '$70,000',
    usd: 70_000,
    gap: gap.gap,
    kind: 'btc_price' as const,
    band: gap.band,
    pill: 'x',
    aria: 'x',
    description: 'x',
    stale: false,
    far: false,
  };

  function setUp() {
    const adoptStyles = createSharedStyles(document);
    const badge = createBadge(dom, adoptStyles);
    document.body.append(badge.host);
    let reads = 0;
    const state = () => {
      reads += 1;
      return { view, data };
    };
    const deps = {
      dom,
      adoptStyles,
      now: () => SNAPSHOT.computedAt,
      delay: () => () => {},
      optionsUrl: 'x',
      t: en,
    };
    const toggle = createCardToggle(badge, state, deps, new AbortController().signal);
    return { badge, toggle, reads: () => reads };
  }

  it('refreshing a closed card reads nothing', () => {
    const { toggle, reads } = setUp();
    toggle.refresh();
    toggle.refresh();
    expect(reads()).toBe(0);
  });

  it('adopts the card sheet when the card first opens, and refreshes it while open', () => {
    const { badge, toggle, reads } = setUp();
    expect(badge.root.adoptedStyleSheets).toHaveLength(1);
    badge.host.dispatchEvent(new Event('mouseenter'));
    expect(badge.host.getAttribute('aria-expanded')).toBe('true');
    expect(badge.root.adoptedStyleSheets).toHaveLength(2);
    const opened = reads();
    toggle.refresh();
    expect(reads()).toBe(opened + 1);
    toggle.close();
    badge.host.dispatchEvent(new Event('mouseenter'));
    expect(badge.root.adoptedStyleSheets).toHaveLength(2);
  });

  it('keeps focus and the opened details where the reader left them when a price tick refills the card', () => {
    const { badge, toggle } = setUp();
    badge.host.dispatchEvent(new Event('mouseenter'));
    const link = badge.root.querySelector('a')!;
    const details = badge.root.querySelector('details')!;
    details.open = true;
    link.focus();
    expect(badge.root.activeElement).toBe(link);
    toggle.refresh();
    // The card's nodes are new ones, and the same stop has the focus.
    expect(badge.root.querySelector('a')).not.toBe(link);
    expect(badge.root.activeElement).toBe(badge.root.querySelector('a'));
    expect(badge.root.querySelector('details')!.open).toBe(true);
  });
});
