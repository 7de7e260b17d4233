import { formatEstimate, formatNumber } from '@/lib/format';
import {
  formatChangePercent,
  formatDay,
  formatDifficulty,
  formatHashprice,
  formatHashrate,
  formatPerKwh,
} from '@/lib/format-ui';
import type { History } from '@/lib/snapshot/history';
import type { Snapshot } from '@/lib/snapshot/schema';
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
  return (
    <dl class="metrics" aria-label="Miner metrics">
      <MetricRow
        label="Hashprice"
        testId="hashprice"
        rawValue={hashprice.usdPerPhDay}
        detail={trend === null ? undefined : `${arrow(trend)} ${formatChangePercent(trend * 100)} in 30 days`}
      >
        {formatHashprice(money(hashprice.usdPerPhDay), money.currency)}
      </MetricRow>
      <MetricRow
        label="Network hashrate"
        testId="hashrate"
        rawValue={network.hashrate7dHs}
        detail={
          ribbons ? `Hash Ribbons: ${RIBBON_WORDS[ribbons.state]}` : 'Hash Ribbons: needs 60 days of history'
        }
      >
        {formatHashrate(network.hashrate7dHs)} <span class="hint">7-day</span>
      </MetricRow>
      <MetricRow label="Difficulty" testId="difficulty" rawValue={network.difficulty}>
        {formatDifficulty(network.difficulty)}
      </MetricRow>
      <MetricRow
        label="Next adjustment"
        testId="next-adjustment"
        rawValue={adjustment?.changePercent}
        detail={
          adjustment && snapshot.projectedCostUsd !== null ? (
            <span data-testid="projected-cost" data-value={snapshot.projectedCostUsd}>
              Cost after it ≈ {formatEstimate(money(snapshot.projectedCostUsd), money.currency)}
            </span>
          ) : undefined
        }
      >
        {adjustment
          ? `${formatChangePercent(adjustment.changePercent)} est. on ${formatDay(adjustment.retargetAt)}, ${formatNumber(adjustment.remainingBlocks)} blocks left`
          : 'Not available'}
      </MetricRow>
      <MetricRow
        label="Puell Multiple"
        testId="puell"
        rawValue={metrics.puellMultiple}
        detail={
          metrics.puellMultiple === null ? 'Needs a year of history' : puellWords(metrics.puellMultiple)
        }
      >
        {metrics.puellMultiple === null ? '—' : formatNumber(metrics.puellMultiple, undefined, 2)}
      </MetricRow>
      <MetricRow
        label="Break-even electricity"
        testId="break-even"
        rawValue={snapshot.breakEvenUsdPerKwh}
        detail={`for a ${formatNumber(efficiencyJPerTh, undefined, 1)} J/TH miner, before overhead`}
      >
        {snapshot.breakEvenUsdPerKwh === null
          ? '—'
          : formatPerKwh(money(snapshot.breakEvenUsdPerKwh), money.currency)}
      </MetricRow>
    </dl>
  );
}
