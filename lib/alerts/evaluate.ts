/**
 * Opt-in alerts, evaluated by the background on each new snapshot (never on page content). A line is
 * crossed only 1 % past it (hysteresis), an alert fires at most once per 6 hours, and the first look
 * at a value never fires: a worker restart or a fresh install is no news (tests/unit/alerts/evaluate.test.ts).
 */
import { formatMoney, formatNumber } from '../format';
import { formatChangePercent } from '../format-metrics';
import { costLabel } from '../i18n/model-words';
import type { UiWords } from '../i18n/types';
import type { Snapshot } from '../snapshot/schema';
import type { AlertSettings } from './settings';

export const HYSTERESIS = 0.01;
export const MIN_INTERVAL_MS = 6 * 3_600_000;

type Side = 'below' | 'above';
type Band = Snapshot['band'];

const BAND_TITLES = { below: 'alertBandBelow', near: 'alertBandNear', above: 'alertBandAbove' } as const;
const BAND_NAMES = { below: 'bandBelow', near: 'bandNear', above: 'bandAbove' } as const;

/** What the last evaluation saw, stored by the background (`alertState`), so restarts do not repeat. */
export interface AlertState {
  costSide?: Side;
  band?: Band;
  levelSide?: Side;
  hashpriceSide?: Side;
  difficulty?: number;
  ribbons?: string;
  lastFired: Record<string, number>;
}

export interface AlertNote {
  /** Which alert: one notification at a time per id. */
  id: 'cost' | 'band' | 'level' | 'adjustment' | 'hashprice' | 'ribbons';
  title: string;
  message: string;
}

/** The side of `line` that `value` is on, keeping `previous` until it is 1 % past the line. */
export function sideOf(value: number, line: number, previous?: Side): Side {
  if (previous === 'above') return value < line * (1 - HYSTERESIS) ? 'below' : 'above';
  if (previous === 'below') return value > line * (1 + HYSTERESIS) ? 'above' : 'below';
  return value < line ? 'below' : 'above';
}

/** The band of price ÷ cost (docs/domain.md §4: 0.8 and 1.2), with the same 1 % stickiness at its edges. */
export function bandWithHysteresis(multiple: number, previous?: Band): Band {
  const low = sideOf(
    multiple,
    0.8,
    previous === undefined ? undefined : previous === 'below' ? 'below' : 'above',
  );
  if (low === 'below') return 'below';
  const high = sideOf(
    multiple,
    1.2,
    previous === undefined ? undefined : previous === 'above' ? 'above' : 'below',
  );
  return high === 'above' ? 'above' : 'near';
}

/**
 * The notifications this snapshot calls for, and the state to keep; their words in the UI language.
 * @example const { state, notes } = evaluateAlerts(settings.alerts, stored ?? { lastFired: {} }, snapshot, Date.now(), { t, locale });
 */
export function evaluateAlerts(
  settings: AlertSettings,
  state: AlertState,
  snap: Snapshot,
  now: number,
  { t, locale }: UiWords,
): { state: AlertState; notes: AlertNote[] } {
  const usd = (value: number, digits = 0) => formatMoney(value, 'USD', locale, digits);
  const next: AlertState = { ...state, lastFired: { ...state.lastFired } };
  const notes: AlertNote[] = [];
  const fire = (note: AlertNote) => {
    if (now - (next.lastFired[note.id] ?? Number.NEGATIVE_INFINITY) < MIN_INTERVAL_MS) return;
    next.lastFired[note.id] = now;
    notes.push(note);
  };
  const price = snap.price.usd;
  const cost = snap.cost.costUsd;

  const costSide = sideOf(price, cost, state.costSide);
  if (settings.crossCost && state.costSide && costSide !== state.costSide)
    fire({
      id: 'cost',
      title: costSide === 'below' ? t('alertCrossedBelowCost') : t('alertCrossedAboveCost'),
      message:
        costSide === 'below'
          ? t('alertNowBelowCost', usd(price), usd(cost), costLabel(snap.cost, t))
          : t('alertNowAboveCost', usd(price), usd(cost), costLabel(snap.cost, t)),
    });
  next.costSide = costSide;

  const band = bandWithHysteresis(snap.multiple, state.band);
  if (settings.band && state.band && band !== state.band)
    fire({
      id: 'band',
      title: t(BAND_TITLES[band]),
      message: t(
        'alertBandMessage',
        usd(price),
        `${formatNumber(snap.multiple, locale, 2)}×`,
        usd(cost),
        t(BAND_NAMES[state.band]),
      ),
    });
  next.band = band;

  if (settings.level !== null) {
    const levelSide = sideOf(price, settings.level, state.levelSide);
    if (state.levelSide && levelSide !== state.levelSide)
      fire({
        id: 'level',
        title:
          levelSide === 'above'
            ? t('alertLevelAbove', usd(settings.level))
            : t('alertLevelBelow', usd(settings.level)),
        message: t('alertPriceIs', usd(price)),
      });
    next.levelSide = levelSide;
  } else delete next.levelSide;

  const difficulty = snap.network.difficulty;
  if (settings.adjustment && state.difficulty && difficulty !== state.difficulty) {
    const change = (difficulty / state.difficulty - 1) * 100;
    fire({
      id: 'adjustment',
      title: t('alertAdjusted', formatChangePercent(change, locale)),
      message: t('alertAdjustedMessage', usd(cost), usd(price)),
    });
  }
  next.difficulty = difficulty;

  if (settings.hashpriceBelow !== null) {
    const side = sideOf(snap.hashprice.usdPerPhDay, settings.hashpriceBelow, state.hashpriceSide);
    if (state.hashpriceSide === 'above' && side === 'below')
      fire({
        id: 'hashprice',
        title: t('alertHashpriceBelow', t('unitPerPhDay', usd(settings.hashpriceBelow, 2))),
        message: t('alertHashpriceMessage', t('unitPerPhDay', usd(snap.hashprice.usdPerPhDay, 2))),
      });
    next.hashpriceSide = side;
  } else delete next.hashpriceSide;

  const ribbons = snap.metrics.hashRibbons?.state;
  if (ribbons) {
    const was = state.ribbons;
    if (settings.ribbons && was && ribbons !== was && (ribbons === 'capitulation' || was === 'capitulation'))
      fire({
        id: 'ribbons',
        title: ribbons === 'capitulation' ? t('alertRibbonsStarted') : t('alertRibbonsEnded'),
        message: ribbons === 'capitulation' ? t('alertRibbonsStartedMessage') : t('alertRibbonsEndedMessage'),
      });
    next.ribbons = ribbons;
  }
  return { state: next, notes };
}
