import { formatEstimate, formatNumber } from '@/lib/format';
import {
  formatChangePercent,
  formatDay,
  formatDifficulty,
  formatHashprice,
  formatHashrate,
  formatPerKwh,
} from '@/lib/format-metrics';
import type { History } from '@/lib/snapshot/history';
import type { Snapshot } from '@/lib/snapshot/schema';
import { t, uiLocale } from './i18n';
import { MetricRow } from './MetricRow';
import { hashpriceTrend, puellWords, RIBBON_WORDS } from './metric-words';
import type { Converter } from './money';

interface MinerMetricsProps {
  snapshot: Snapshot;
  history: History | null;
  money: Converter;
  efficiencyJPerTh: number;
}

const arrow = (change: number) => (change > 0 ? '▲' : change < 0 ? '▼' : '•');

/** The glanceable miner metrics (docs/domain.md §5) as a definition list. */
export function MinerMetrics({ snapshot, history, money, efficiencyJPerTh }: MinerMetricsProps) {
  const { hashprice, network, adjustment, metrics } = snapshot;
  const trend = hashpriceTrend(history, hashprice.usdPerPhDay, snapshot.computedAt);
  const ribbons = metrics.hashRibbons;
  const locale = uiLocale();
  return (
    <dl class="metrics" aria-label={t('metricsLabel')}>
      <MetricRow
        label={t('cardHashprice')}
        testId="hashprice"
        rawValue={hashprice.usdPerPhDay}
        detail={
          trend === null
            ? undefined
            : `${arrow(trend)} ${t('metricIn30Days', formatChangePercent(trend * 100, locale))}`
        }
      >
        {formatHashprice(money(hashprice.usdPerPhDay), t, money.currency, locale)}
      </MetricRow>
      <MetricRow
        label={t('metricHashrate')}
        testId="hashrate"
        rawValue={network.hashrate7dHs}
        detail={ribbons ? t('metricRibbons', t(RIBBON_WORDS[ribbons.state])) : t('metricRibbonsNeedsHistory')}
      >
        {formatHashrate(network.hashrate7dHs, locale)} <span class="hint">{t('metric7Day')}</span>
      </MetricRow>
      <MetricRow label={t('inputDifficulty')} testId="difficulty" rawValue={network.difficulty}>
        {formatDifficulty(network.difficulty, locale)}
      </MetricRow>
      <MetricRow
        label={t('cardNextAdjustment')}
        testId="next-adjustment"
        rawValue={adjustment?.changePercent}
        detail={
          adjustment && snapshot.projectedCostUsd !== null ? (
            <span data-testid="projected-cost" data-value={snapshot.projectedCostUsd}>
              {t('metricCostAfter', formatEstimate(money(snapshot.projectedCostUsd), money.currency, locale))}
            </span>
          ) : undefined
        }
      >
        {adjustment
          ? t(
              'metricAdjustment',
              formatChangePercent(adjustment.changePercent, locale),
              formatDay(adjustment.retargetAt, locale),
              formatNumber(adjustment.remainingBlocks, locale),
            )
          : t('metricNotAvailable')}
      </MetricRow>
      <MetricRow
        label={t('metricPuell')}
        testId="puell"
        rawValue={metrics.puellMultiple}
        detail={metrics.puellMultiple === null ? t('metricNeedsYear') : puellWords(metrics.puellMultiple, t)}
      >
        {metrics.puellMultiple === null ? '—' : formatNumber(metrics.puellMultiple, locale, 2)}
      </MetricRow>
      <MetricRow
        label={t('metricBreakEven')}
        testId="break-even"
        rawValue={snapshot.breakEvenUsdPerKwh}
        detail={t('metricBreakEvenFor', formatNumber(efficiencyJPerTh, locale, 1))}
      >
        {snapshot.breakEvenUsdPerKwh === null
          ? '—'
          : formatPerKwh(money(snapshot.breakEvenUsdPerKwh), money.currency, locale)}
      </MetricRow>
    </dl>
  );
}
