import { formatMultiple } from '@/lib/format';
import type { Band } from '@/lib/snapshot/schema';

// Price ÷ cost on a fixed scale with the three bands of DOMAIN.md §4. Each band is labelled
// in text and the marker carries its value, so colour is never the only signal.
const MIN = 0.4;
const MAX = 1.8;
const pos = (multiple: number) => ((Math.min(MAX, Math.max(MIN, multiple)) - MIN) / (MAX - MIN)) * 100;

export const BAND_WORDS: Record<Band, string> = {
  below: 'Below typical miner cost',
  near: 'Near typical miner cost',
  above: 'Above typical miner cost',
};

/** A horizontal gauge of price/cost with the below / near / above bands and a marker at the current multiple. */
export function CostGauge({ multiple, band }: { multiple: number; band: Band }) {
  const label = `Price is ${formatMultiple(multiple)} the estimated cost: ${BAND_WORDS[band].toLowerCase()}.`;
  return (
    <figure class="gauge" data-testid="gauge" data-band={band} data-value={multiple}>
      <div class="gauge-track" role="img" aria-label={label}>
        <span class="gauge-zone zone-below" style={{ width: `${pos(0.8)}%` }} />
        <span class="gauge-zone zone-near" style={{ width: `${pos(1.2) - pos(0.8)}%` }} />
        <span class="gauge-zone zone-above" style={{ width: `${100 - pos(1.2)}%` }} />
        <span class="gauge-cost" style={{ left: `${pos(1)}%` }} title="Price equals cost (1×)" />
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
      </figcaption>
    </figure>
  );
}
