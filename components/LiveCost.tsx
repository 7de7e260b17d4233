import { formatEstimate } from '@/lib/format';
import { formatDifficulty } from '@/lib/format-ui';
import type { Settings } from '@/lib/settings';
import { type ChainInputs, liveCostUsd } from './live-cost';

/** The resulting cost per coin under the settings being edited, announced politely as it changes. */
export function LiveCost({ settings, chain }: { settings: Settings; chain: ChainInputs | null }) {
  const cost = liveCostUsd(settings, chain);
  const usesChain = ['energy', 'regression', 'regression2022'].includes(settings.costModel);
  return (
    <p class="live-cost" aria-live="polite">
      <output data-testid="live-cost" data-value={cost ?? ''}>
        {cost === null ? (
          'The resulting cost appears once network data has loaded.'
        ) : (
          <>
            Resulting cost: <strong>{formatEstimate(cost)}</strong> per BTC
          </>
        )}
      </output>
      {cost !== null && usesChain && chain && (
        <span class="hint">
          {' '}
          at difficulty {formatDifficulty(chain.difficulty)}, {chain.rewardPerBlockBtc.toFixed(3)} BTC per
          block
        </span>
      )}
    </p>
  );
}
