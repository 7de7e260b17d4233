/**
 * A badge's DOM: a `<hashfloor-badge>` host carrying the data attributes tests and tools read, and a
 * closed shadow root holding the pill. Every value is written with `textContent` or `setAttribute`,
 * never as HTML, and only when it changed (a live ticker re-renders many times a second).
 */
import type { Dom } from './dom';
import type { AdoptStyles } from './styles';

export interface BadgeView {
  /** The matched page text, exactly. */
  text: string;
  usd: number;
  gap: number;
  kind: 'btc_price' | 'btc_cost';
  band: 'below' | 'near' | 'above';
  pill: string;
  /** Short name ("Bitcoin price $70,123: 17% below cost"); the figures are in `description`. */
  aria: string;
  description: string;
  stale: boolean;
  /** Far from today's spot (far-from-spot.ts): a quieter pill, and `data-hashfloor-far`. */
  far: boolean;
}

export interface BadgeElements {
  host: HTMLElement;
  root: ShadowRoot;
  pill: HTMLElement;
  /** The view last written, to skip writes that change nothing. */
  shown: BadgeView | null;
}

/**
 * Creates a badge host. It is made with `createElement` and given its shadow root here, before it
 * joins the page, so a page-defined `hashfloor-badge` element cannot claim it first.
 */
export function createBadge(dom: Dom, adoptStyles: AdoptStyles): BadgeElements {
  const host = dom.createElement('hashfloor-badge');
  const root = dom.attachShadow(host);
  adoptStyles(root);
  const pill = dom.createElement('span');
  dom.setAttribute(pill, 'aria-hidden', 'true');
  dom.insertBefore(root, pill, null);
  dom.setAttribute(host, 'tabindex', '0');
  dom.setAttribute(host, 'role', 'button');
  dom.setAttribute(host, 'aria-haspopup', 'dialog');
  dom.setAttribute(host, 'aria-expanded', 'false');
  return { host, root, pill, shown: null };
}

/** Writes `view` into the badge, touching only what changed. */
export function renderBadge(badge: BadgeElements, view: BadgeView, dom: Dom): void {
  const old = badge.shown;
  const { host, pill } = badge;
  if (old?.text !== view.text) dom.setAttribute(host, 'data-hashfloor-text', view.text);
  if (old?.usd !== view.usd) dom.setAttribute(host, 'data-hashfloor-usd', String(round(view.usd, 2)));
  if (old?.gap !== view.gap) dom.setAttribute(host, 'data-hashfloor-gap', String(round(view.gap, 4)));
  if (old?.kind !== view.kind) dom.setAttribute(host, 'data-hashfloor-kind', view.kind);
  if (old?.band !== view.band) dom.setAttribute(host, 'data-hashfloor-band', view.band);
  if (old?.far !== view.far) dom.setAttribute(host, 'data-hashfloor-far', String(view.far));
  if (old?.aria !== view.aria) dom.setAttribute(host, 'aria-label', view.aria);
  // aria-description, not aria-describedby: the host cannot point into its own closed shadow root.
  if (old?.description !== view.description) dom.setAttribute(host, 'aria-description', view.description);
  if (old?.pill !== view.pill) pill.textContent = view.pill;
  const className = `pill ${view.kind === 'btc_cost' ? 'cost' : view.band}${view.far ? ' far' : ''}${view.stale ? ' stale' : ''}`;
  if (pill.className !== className) pill.className = className;
  badge.shown = view;
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
