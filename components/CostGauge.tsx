import { type CostRange, whereInRange } from '@/lib/economics/cost-range';
import { formatCompactMoney, formatMultiple } from '@/lib/format';
import type { Band } from '@/lib/snapshot/schema';
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

export const BAND_WORDS: Record<Band, string> = {
  below: 'Below the typical cost to mine',
  near: 'Near the typical cost to mine',
  above: 'Above the typical cost to mine',
};

/** A horizontal gauge of price/cost with the below / near / above bands and a marker at the current multiple. */
export function CostGauge({ multiple, band, miners }: { multiple: number; band: Band; miners?: GaugeRange }) {
  const label = `Price is ${formatMultiple(multiple)} the estimated cost: ${BAND_WORDS[band].toLowerCase()}.`;
  const at = (usd: number) => (miners ? pos(usd / miners.costUsd) : 0);
  return (
    <figure class="gauge" data-testid="gauge" data-band={band} data-value={multiple}>
      <div class="gauge-track" role="img" aria-label={label}>
        <span class="gauge-zone zone-below" style={{ width: `${pos(0.8)}%` }} />
        <span class="gauge-zone zone-near" style={{ width: `${pos(1.2) - pos(0.8)}%` }} />
        <span class="gauge-zone zone-above" style={{ width: `${100 - pos(1.2)}%` }} />
        <span class="gauge-cost" style={{ left: `${pos(1)}%` }} title="Price equals cost (1×)" />
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
          <span class="gauge-marker-label">{formatMultiple(multiple)}</span>
        </span>
      </div>
      <div class="gauge-scale" aria-hidden="true">
        <span>below</span>
        <span style={{ left: `${pos(1)}%` }}>1× cost</span>
        <span>above</span>
      </div>
      <figcaption class="gauge-caption">
        <strong>{BAND_WORDS[band]}</strong> <span class="hint">(below 0.8×, near 0.8–1.2×, above 1.2×)</span>
        {miners && <MinerRange {...miners} />}
      </figcaption>
    </figure>
  );
}

/** Miners' break-even prices in words, with where the price sits among them. */
function MinerRange({ range, priceUsd, money }: GaugeRange) {
  const short = (usd: number) => formatCompactMoney(money(usd), money.currency);
  return (
    <span class="gauge-range-words" data-testid="cost-range" data-value={JSON.stringify(range)}>
      Miners break even from {short(range.efficientUsd)} (efficient) through {short(range.averageUsd)}{' '}
      (network average) to {short(range.highCostUsd)} (high-cost; the bar in the gauge): the price is{' '}
      {whereInRange(priceUsd, range)}.
    </span>
  );
}
