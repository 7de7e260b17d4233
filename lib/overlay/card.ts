/**
 * The card a badge opens on hover or Enter: price, cost, gap, where the price sits among miners and
 * data age, with the model's inputs, hashprice and next adjustment behind "Details", and a link to the
 * options page. Built lazily on first open (most
 * badges are never opened) and placed in the top layer so page overflow and z-index cannot hide it.
 */
import { type CostRange, whereInRange } from '../economics/cost-range';
import { formatAge, formatMoney, formatMultiple, formatPercent } from '../format';
import { RANGE_KEYS } from '../i18n/model-words';
import type { Translate } from '../i18n/types';
import type { BadgeElements, BadgeView } from './badge';
import type { BadgeData } from './badge-data';
import { sentences, sideOfCost } from './copy';
import type { Dom } from './dom';
import type { AdoptStyles } from './styles';

export interface CardDeps {
  dom: Dom;
  /** The shared sheets: each badge's root adopts the pill's, and the card's once its card is built. */
  adoptStyles: AdoptStyles;
  now: () => number;
  /** Runs `cb` after `ms`; returns a cancel function. */
  delay: (cb: () => void, ms: number) => () => void;
  optionsUrl: string;
  openOptions?: () => void;
  /** The page's locale, for numbers and dates; words come from `t` (the UI language). */
  locale?: string;
  t: Translate;
  /** The reader says this amount is not a Bitcoin price: its badge goes, here and on later visits. */
  notAPrice?: (text: string) => void;
}

type Row = [string, string];

/** "efficient $47k, average $85k, high-cost $138k": the three break-even prices. */
const rangeWords = (range: CostRange, money: (usd: number) => string, t: Translate): string =>
  t('cardRange', money(range.efficientUsd), money(range.averageUsd), money(range.highCostUsd));

/** The card's rows: at most five at a glance (`main`), the miner figures behind "Details". */
function rows(view: BadgeView, data: BadgeData, deps: CardDeps): { main: Row[]; details: Row[] } {
  const { locale, t } = deps;
  const money = (usd: number) => formatMoney(usd / data.currencyUsd, data.currency, locale);
  const multiple = formatMultiple(view.gap + 1, locale);
  const gapWords =
    view.kind === 'btc_cost'
      ? `${formatPercent(view.gap, locale, true)} (${multiple})`
      : `${sideOfCost(view.gap, data, t)} (${multiple})`;
  // The page's amount, converted only when the display currency writes it differently ("₹58,50,000 ≈
  // $70,120"; never "$70,120 ≈ $70,120").
  const local = Math.round(view.usd / data.currencyUsd);
  const sameAmount = view.text.replace(/\D/g, '').startsWith(String(local));
  const out: Row[] = [
    [
      view.kind === 'btc_cost' ? t('cardPageFigure') : t('cardPrice'),
      sameAmount ? view.text : `${view.text} ≈ ${money(view.usd)}`,
    ],
    [t('cardCostToMine'), `${data.costText} · ${data.modelLabel}`],
    ...(data.range && view.kind === 'btc_price'
      ? [
          [
            t('cardAmongMiners'),
            `${t(RANGE_KEYS[whereInRange(view.usd, data.range)])} (${rangeWords(data.range, money, t)})`,
          ] as Row,
        ]
      : []),
    [
      view.kind === 'btc_cost' ? t('cardFigureVsModel') : view.far ? t('cardVsTodaysCost') : t('cardGap'),
      gapWords,
    ],
    [
      t('cardData'),
      `${formatAge(data.computedAt, deps.now(), locale)}${data.stale ? ` · ${t('cardMayBeStale')}` : ''}`,
    ],
  ];
  const details: Row[] = [
    [
      t('cardHashprice'),
      t('unitPerPhDay', formatMoney(data.hashpriceUsdPerPhDay / data.currencyUsd, data.currency, locale, 2)),
    ],
  ];
  const adj = data.adjustment;
  if (adj) {
    const when = new Date(adj.retargetAt).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
    const change = formatPercent(adj.changePercent / 100, locale, true);
    details.push([t('cardNextAdjustment'), t('cardAdjustment', change, String(adj.remainingBlocks), when)]);
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
  const { t } = deps;
  card.append(el('h2', t('cardHeading')));
  const { main, details } = rows(view, data, deps);
  const list = (items: Row[]) => {
    const dl = el('dl');
    for (const [name, value] of items) dl.append(el('dt', name), el('dd', value));
    return dl;
  };
  card.append(
    list(main),
    // The bands behind the badge's colours, in one line (docs/domain.md §4).
    el('p', t('cardColours')),
  );
  // The model's inputs and the miner figures, one click away: the card stays short (≈ 6 rows).
  const more = el('details');
  more.append(el('summary', t('cardDetails')), list(details));
  if (data.inputs.length) {
    const inputs = el('ul');
    for (const input of data.inputs) inputs.append(el('li', t('nameValue', input.name, input.value)));
    more.append(inputs);
  }
  more.append(el('p', sentences(t, data.modelNote, t('cardCostsVary'))));
  card.append(more);
  const link = el('a', t('cardSettingsLink')) as HTMLAnchorElement;
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
    const button = el('button', t('cardNotAPrice')) as HTMLButtonElement;
    button.type = 'button';
    deps.dom.setAttribute(button, 'aria-label', t('cardNotAPriceLabel', view.text));
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
export function createCard(
  badge: BadgeElements,
  deps: Pick<CardDeps, 'dom' | 't' | 'adoptStyles'>,
): HTMLElement {
  const { dom, t } = deps;
  deps.adoptStyles(badge.root, 'card');
  const card = dom.createElement('div');
  card.className = 'card';
  dom.setAttribute(card, 'role', 'dialog');
  dom.setAttribute(card, 'aria-label', t('cardLabel'));
  if (hasPopover(card)) dom.setAttribute(card, 'popover', 'manual');
  else card.hidden = true;
  dom.insertBefore(badge.root, card, null);
  return card;
}
