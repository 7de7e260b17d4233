/**
 * The card a badge opens on hover or keyboard focus: price, cost, model and inputs, gap, hashprice,
 * next adjustment and data age, with a link to the options page. Built lazily on first open (most
 * badges are never opened) and placed in the top layer so page overflow and z-index cannot hide it.
 */
import { type CostRange, whereInRange } from '../economics/cost-range';
import { formatAge, formatMoney, formatMultiple, formatPercent } from '../format';
import type { BadgeElements, BadgeView } from './badge';
import type { BadgeData } from './badge-data';
import { sideOfCost } from './copy';
import type { Dom } from './dom';

export interface CardDeps {
  dom: Dom;
  now: () => number;
  /** Runs `cb` after `ms`; returns a cancel function. */
  delay: (cb: () => void, ms: number) => () => void;
  optionsUrl: string;
  openOptions?: () => void;
  locale?: string;
  /** The reader says this amount is not a Bitcoin price: its badge goes, here and on later visits. */
  notAPrice?: (text: string) => void;
}

type Row = [string, string];

/** "$47k · $85k · $138k" as the efficient, average and high-cost break-even prices. */
const rangeWords = (range: CostRange, money: (usd: number) => string): string =>
  `efficient ${money(range.efficientUsd)}, average ${money(range.averageUsd)}, high-cost ${money(range.highCostUsd)}`;

function rows(view: BadgeView, data: BadgeData, deps: CardDeps): Row[] {
  const { locale } = deps;
  const money = (usd: number) => formatMoney(usd / data.currencyUsd, data.currency, locale);
  const multiple = formatMultiple(view.gap + 1, locale);
  const gapWords =
    view.kind === 'btc_cost'
      ? `${formatPercent(view.gap, locale, true)} (${multiple})`
      : `${sideOfCost(view.gap, data)} (${multiple})`;
  const out: Row[] = [
    [
      view.kind === 'btc_cost' ? 'Page figure' : 'Price',
      `${view.text} ≈ ${formatMoney(view.usd, 'USD', locale)}`,
    ],
    ['Mining cost', `${money(data.costUsd)} · ${data.modelLabel}`],
    ...(data.range && view.kind === 'btc_price'
      ? [['Among miners', `${whereInRange(view.usd, data.range)} (${rangeWords(data.range, money)})`] as Row]
      : []),
    [view.kind === 'btc_cost' ? 'Figure vs model' : 'Gap', gapWords],
    ['Hashprice', `${formatMoney(data.hashpriceUsdPerPhDay, 'USD', locale, 2)}/PH/day`],
  ];
  const adj = data.adjustment;
  if (adj) {
    const when = new Date(adj.retargetAt).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
    const change = formatPercent(adj.changePercent / 100, locale, true);
    out.push(['Next adjustment', `${change} in ${adj.remainingBlocks} blocks (~${when})`]);
  }
  out.push([
    'Data',
    `${formatAge(data.computedAt, deps.now(), locale)}${data.stale ? ' · may be stale' : ''}`,
  ]);
  return out;
}

/** Fills (or refills) the card with the current view. Text only: page strings never become HTML. */
export function fillCard(card: HTMLElement, view: BadgeView, data: BadgeData, deps: CardDeps): void {
  const el = (tag: string, text?: string): HTMLElement => {
    const node = deps.dom.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  card.replaceChildren();
  deps.dom.setAttribute(card, 'data-theme', data.theme);
  card.append(el('h2', 'Price vs. cost to mine one bitcoin'));
  const list = el('dl');
  for (const [name, value] of rows(view, data, deps)) list.append(el('dt', name), el('dd', value));
  card.append(list);
  if (data.inputs.length) {
    const inputs = el('ul');
    for (const input of data.inputs) inputs.append(el('li', `${input.name}: ${input.value}`));
    card.append(inputs);
  }
  card.append(
    el('p', `${data.modelNote} Miners' costs vary widely; this is an estimate, not a price floor.`),
    // The bands behind the badge's colours, in one line (docs/domain.md §4).
    el('p', 'Colours: red below 0.8× cost, grey near cost (0.8–1.2×), green above 1.2×.'),
  );
  const link = el('a', 'Hashfloor settings') as HTMLAnchorElement;
  link.href = deps.optionsUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  const open = deps.openOptions;
  if (open) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  card.append(link);
  const notAPrice = deps.notAPrice;
  if (notAPrice) {
    const button = el('button', 'Not a Bitcoin price') as HTMLButtonElement;
    button.type = 'button';
    deps.dom.setAttribute(
      button,
      'aria-label',
      `${view.text} is not a Bitcoin price: hide this badge on this site`,
    );
    button.addEventListener('click', () => notAPrice(view.text));
    card.append(button);
  }
}

/** Positions the card under (or above, near the bottom edge) its badge, in viewport coordinates. */
export function positionCard(card: HTMLElement, host: HTMLElement): void {
  const win = host.ownerDocument.defaultView;
  const rect = host.getBoundingClientRect();
  const width = Math.min(288, (win?.innerWidth ?? 800) - 8);
  const left = Math.max(4, Math.min(rect.left, (win?.innerWidth ?? 800) - width - 4));
  const below = rect.bottom + 6 + 220 < (win?.innerHeight ?? 600);
  card.style.left = `${left}px`;
  card.style.top = below ? `${rect.bottom + 6}px` : '';
  card.style.bottom = below ? '' : `${(win?.innerHeight ?? 600) - rect.top + 6}px`;
}

/** True where the Popover API exists (top layer); older engines get a fixed, hidden element. */
export const hasPopover = (el: HTMLElement): boolean => typeof el.showPopover === 'function';

/** Creates the (hidden) card element inside the badge's shadow root. */
export function createCard(badge: BadgeElements, dom: Dom): HTMLElement {
  const card = dom.createElement('div');
  card.className = 'card';
  dom.setAttribute(card, 'role', 'dialog');
  dom.setAttribute(card, 'aria-label', 'Hashfloor details');
  if (hasPopover(card)) dom.setAttribute(card, 'popover', 'manual');
  else card.hidden = true;
  dom.insertBefore(badge.root, card, null);
  return card;
}
