import { formatEstimate, formatNumber } from '@/lib/format';
import { formatDifficulty } from '@/lib/format-metrics';
import type { Settings } from '@/lib/settings';
import { type ChainInputs, liveCostUsd } from './cost-from-settings';
import { t, uiLocale } from './i18n';
import { rich, SLOTS } from './rich';

/** The resulting cost per coin under the settings being edited, announced politely as it changes. */
export function LiveCost({ settings, chain }: { settings: Settings; chain: ChainInputs | null }) {
  const cost = liveCostUsd(settings, chain);
  const usesChain = ['energy', 'regression', 'regression2022'].includes(settings.costModel);
  const locale = uiLocale();
  return (
    <p class="live-cost" aria-live="polite">
      <output data-testid="live-cost" data-value={cost ?? ''}>
        {cost === null
          ? t('liveCostWaiting')
          : rich(t('liveCost', SLOTS[0]), <strong>{formatEstimate(cost, 'USD', locale)}</strong>)}
      </output>
      {cost !== null && usesChain && chain && (
        <span class="hint">
          {' '}
          {t(
            'liveCostAt',
            formatDifficulty(chain.difficulty, locale),
            formatNumber(chain.rewardPerBlockBtc, locale, 3),
          )}
        </span>
      )}
    </p>
  );
}
