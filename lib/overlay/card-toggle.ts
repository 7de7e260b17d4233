/**
 * Opening and closing a badge's card: on hover, or with Enter/Space (focus alone does not open it, so
 * tabbing through a page is one stop per badge and no card in the way); Escape closes. A short grace
 * period lets the pointer travel from the pill to the card.
 */
import type { BadgeElements, BadgeView } from './badge';
import type { BadgeData } from './badge-data';
import { type CardDeps, createCard, fillCard, hasPopover, positionCard } from './card';

export interface CardToggle {
  /** Refills an open card after the price or the snapshot changed. */
  refresh(): void;
  close(): void;
}

type CardState = () => { view: BadgeView; data: BadgeData } | null;

export function createCardToggle(
  badge: BadgeElements,
  state: CardState,
  deps: CardDeps,
  signal: AbortSignal,
): CardToggle {
  const { host } = badge;
  let card: HTMLElement | null = null;
  let open = false;
  let cancelClose = () => {};

  const setShown = (shown: boolean) => {
    if (!card) return;
    if (hasPopover(card)) {
      if (shown) card.showPopover();
      else card.hidePopover();
    } else card.hidden = !shown;
    open = shown;
    deps.dom.setAttribute(host, 'aria-expanded', String(shown));
  };
  const show = () => {
    cancelClose();
    const current = state();
    if (!current || open) return;
    card ??= createCard(badge, deps);
    fillCard(card, current.view, current.data, deps);
    setShown(true);
    positionCard(card, host); // measured once shown
  };
  const close = () => {
    cancelClose();
    if (open) setShown(false);
  };
  const closeSoon = () => {
    cancelClose();
    cancelClose = deps.delay(() => {
      // Keep it open while focus is inside the card (its settings link).
      if (!badge.root.activeElement) close();
    }, 200);
  };

  const opts = { signal };
  host.addEventListener('mouseenter', show, opts);
  host.addEventListener('mouseleave', closeSoon, opts);
  host.addEventListener('blur', closeSoon, opts);
  host.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
      // Keys on the card's own link and button are theirs (tests/e2e/not-a-price.spec.ts).
      else if (badge.root.activeElement) return;
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (open) close();
        else show();
      }
    },
    opts,
  );

  return {
    refresh() {
      if (!open || !card) return;
      const current = state();
      if (!current) return;
      // A price tick refills the card; a keyboard reader inside it keeps their place and the details
      // they opened (tests/unit/overlay/card-toggle.test.ts, tests/e2e/not-a-price.spec.ts).
      const shown = card;
      const stops = () => Array.from(shown.querySelectorAll<HTMLElement>('summary, a, button'));
      const focused = stops().indexOf(badge.root.activeElement as HTMLElement);
      const expanded = shown.querySelector('details')?.open === true;
      fillCard(shown, current.view, current.data, deps);
      const details = shown.querySelector('details');
      if (details) details.open = expanded;
      if (focused >= 0) stops()[focused]?.focus();
    },
    close,
  };
}
