/**
 * The card a badge opens on hover or Enter: price, cost, gap, where the price sits among miners and
 * data age, with the model's inputs, hashprice and next adjustment behind "Details", and a link to the
 * options page. Built lazily on first open (most
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

/** The card's rows: at most five at a glance (`main`), the miner figures behind "Details". */
function rows(view: BadgeView, data: BadgeData, deps: CardDeps): { main: Row[]; details: Row[] } {
  const { locale } = deps;
  const money = (usd: number) => formatMoney(usd / data.currencyUsd, data.currency, locale);
  const multiple = formatMultiple(view.gap + 1, locale);
  const gapWords =
    view.kind === 'btc_cost'
      ? `${formatPercent(view.gap, locale, true)} (${multiple})`
      : `${sideOfCost(view.gap, data)} (${multiple})`;
  // The page's amount, converted only when the display currency writes it differently ("₹58,50,000 ≈
  // $70,120"; never "$70,120 ≈ $70,120").
  const local = Math.round(view.usd / data.currencyUsd);
  const sameAmount = view.text.replace(/\D/g, '').startsWith(String(local));
  const out: Row[] = [
    [
      view.kind === 'btc_cost' ? 'Page figure' : 'Price',
      sameAmount ? view.text : `${view.text} ≈ ${money(view.usd)}`,
    ],
    ['Cost to mine', `${data.costText} · ${data.modelLabel}`],
    ...(data.range && view.kind === 'btc_price'
      ? [['Among miners', `${whereInRange(view.usd, data.range)} (${rangeWords(data.range, money)})`] as Row]
      : []),
    [view.kind === 'btc_cost' ? 'Figure vs model' : view.far ? "vs today's cost" : 'Gap', gapWords],
    ['Data', `${formatAge(data.computedAt, deps.now(), locale)}${data.stale ? ' · may be stale' : ''}`],
  ];
  const details: Row[] = [
    [
      'Hashprice',
      `${formatMoney(data.hashpriceUsdPerPhDay / data.currencyUsd, data.currency, locale, 2)}/PH/day`,
    ],
  ];
  const adj = data.adjustment;
  if (adj) {
    const when = new Date(adj.retargetAt).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
    const change = formatPercent(adj.changePercent / 100, locale, true);
    details.push(['Next adjustment', `${change} in ${adj.remainingBlocks} blocks (~${when})`]);
  }
  return { main: out, details };
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
  const { main, details } = rows(view, data, deps);
  const list = (items: Row[]) => {
    const dl = el('dl');
    for (const [name, value] of items) dl.append(el('dt', name), el('dd', value));
    return dl;
  };
  card.append(
    list(main),
    // The bands behind the badge's colours, in one line (docs/domain.md §4).
    el(
      'p',
      'Colours: red below 0.8× cost, grey near cost (0.8–1.2×), green above 1.2×. An estimate, not a price floor.',
    ),
  );
  // The model's inputs and the miner figures, one click away: the card stays short (≈ 6 rows).
  const more = el('details');
  more.append(el('summary', 'Details'), list(details));
  if (data.inputs.length) {
    const inputs = el('ul');
    for (const input of data.inputs) inputs.append(el('li', `${input.name}: ${input.value}`));
    more.append(inputs);
  }
  more.append(el('p', `${data.modelNote} Miners' costs vary widely.`));
  card.append(more);
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

/**
 * Places the shown card under its badge, or above when it does not fit below, measured (not assumed)
 * and clamped inside the viewport; taller than the viewport, it scrolls inside.
 */
export function positionCard(card: HTMLElement, host: HTMLElement): void {
  const win = host.ownerDocument.defaultView;
  const vw = win?.innerWidth ?? 800;
  const vh = win?.innerHeight ?? 600;
  const rect = host.getBoundingClientRect();
  card.style.maxHeight = `${vh - 8}px`;
  const { width, height } = card.getBoundingClientRect();
  const below = rect.bottom + 6;
  const above = rect.top - 6 - height;
  const top = below + height <= vh - 4 || above < 4 ? Math.min(below, vh - 4 - height) : above;
  card.style.left = `${Math.max(4, Math.min(rect.left, vw - width - 4))}px`;
  card.style.top = `${Math.max(4, top)}px`;
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
