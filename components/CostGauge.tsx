import type { Band } from '@/lib/economics/band';
import { type CostRange, whereInRange } from '@/lib/economics/cost-range';
import { formatCompactMoney, formatMultiple } from '@/lib/format';
import { RANGE_KEYS } from '@/lib/i18n/model-words';
import type { MessageKey } from '@/lib/i18n/types';
import { t, uiLocale } from './i18n';
import type { Converter } from './money';

/** Where miners break even, on the gauge's scale (multiples of the selected cost). */
export interface GaugeRange {
  range: CostRange;
  costUsd: number;
  priceUsd: number;
  money: Converter;
}

// Price ÷ cost on a fixed scale with the three bands of docs/domain.md §4. Each band is labelled
// in text and the marker carries its value, so colour is never the only signal.
const MIN = 0.4;
const MAX = 1.8;
const pos = (multiple: number) => ((Math.min(MAX, Math.max(MIN, multiple)) - MIN) / (MAX - MIN)) * 100;

export const BAND_WORDS: Record<Band, MessageKey> = {
  below: 'gaugeBelow',
  near: 'gaugeNear',
  above: 'gaugeAbove',
};
const LABELS = { below: 'gaugeLabelBelow', near: 'gaugeLabelNear', above: 'gaugeLabelAbove' } as const;

/** A horizontal gauge of price/cost with the below / near / above bands and a marker at the current multiple. */
export function CostGauge({ multiple, band, miners }: { multiple: number; band: Band; miners?: GaugeRange }) {
  const locale = uiLocale();
  const label = t(LABELS[band], formatMultiple(multiple, locale));
  const at = (usd: number) => (miners ? pos(usd / miners.costUsd) : 0);
  return (
    <figure class="gauge" data-testid="gauge" data-band={band} data-value={multiple}>
      <div class="gauge-track" role="img" aria-label={label}>
        <span class="gauge-zone zone-below" style={{ width: `${pos(0.8)}%` }} />
        <span class="gauge-zone zone-near" style={{ width: `${pos(1.2) - pos(0.8)}%` }} />
        <span class="gauge-zone zone-above" style={{ width: `${100 - pos(1.2)}%` }} />
        <span class="gauge-cost" style={{ left: `${pos(1)}%` }} title={t('gaugeOneTitle')} />
        {miners && (
          <span
            class="gauge-range"
            aria-hidden="true"
            style={{
              left: `${at(miners.range.efficientUsd)}%`,
              width: `${at(miners.range.highCostUsd) - at(miners.range.efficientUsd)}%`,
            }}
          />
        )}
        <span class="gauge-marker" style={{ left: `${pos(multiple)}%` }}>
          <span class="gauge-marker-label">{formatMultiple(multiple, locale)}</span>
        </span>
      </div>
      <div class="gauge-scale" aria-hidden="true">
        <span>{t('bandBelow')}</span>
        <span style={{ left: `${pos(1)}%` }}>{t('gaugeOneCost')}</span>
        <span>{t('bandAbove')}</span>
      </div>
      <figcaption class="gauge-caption">
        <strong>{t(BAND_WORDS[band])}</strong> <span class="hint">{t('gaugeBands')}</span>
        {miners && <MinerRange {...miners} />}
      </figcaption>
    </figure>
  );
}

/** Miners' break-even prices in words, with where the price sits among them. */
function MinerRange({ range, priceUsd, money }: GaugeRange) {
  const locale = uiLocale();
  const short = (usd: number) => formatCompactMoney(money(usd), money.currency, locale);
  return (
    <span class="gauge-range-words" data-testid="cost-range" data-value={JSON.stringify(range)}>
      {t(
        'gaugeMiners',
        short(range.efficientUsd),
        short(range.averageUsd),
        short(range.highCostUsd),
        t(RANGE_KEYS[whereInRange(priceUsd, range)]),
      )}
    </span>
  );
}
