import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CompareModel } from '@/components/CompareModel';
import { CostChart } from '@/components/CostChart';
import { CostGauge } from '@/components/CostGauge';
import { chartBandFor, chartCostsFor, chartPointsFor } from '@/components/chart-points';
import { costLineName } from '@/components/cost-model-names';
import { Freshness } from '@/components/Freshness';
import { GapHeadline } from '@/components/GapHeadline';
import { t } from '@/components/i18n';
import { MinerMetrics } from '@/components/MinerMetrics';
import { ModelDetails } from '@/components/ModelDetails';
import { converter } from '@/components/money';
import { SiteAccessPrompt } from '@/components/SiteAccessPrompt';
import { SiteSwitches } from '@/components/SiteSwitches';
import { StaleLine } from '@/components/StaleLine';
import { useNow } from '@/components/use-now';
import { useSettings } from '@/components/use-settings';
import { useSnapshot } from '@/components/use-snapshot';
import { useSourcesDown } from '@/components/use-sources-down';
import { useTheme } from '@/components/use-theme';
import { request } from '@/lib/messages';
import type { CostModelId, Settings } from '@/lib/settings';
import type { History } from '@/lib/snapshot/history';
import type { Snapshot } from '@/lib/snapshot/schema';
import { useCurrentHost } from './current-tab';

/** The popup: cached snapshot at once (no spinner), the site switch near the top, chart, folded miner metrics. */
export function App() {
  const { settings, loaded: settingsLoaded, update } = useSettings();
  const { snapshot: cached, history, loaded } = useSnapshot();
  const [asked, setAsked] = useState<Snapshot | null>(null);
  const host = useCurrentHost();
  // Another model drawn beside the chosen one on the chart (CompareModel, in the model's details).
  const [compareId, setCompareId] = useState<CostModelId | null>(null);
  const now = useNow();
  useTheme(settings.theme);
  const snapshot = cached ?? asked;
  const sourcesDown = useSourcesDown(loaded && !snapshot);

  // Only with an empty cache (first run) do we ask the background; it answers when it has data.
  useEffect(() => {
    if (!loaded || cached) return;
    request((m) => browser.runtime.sendMessage(m), { type: 'getSnapshot' })
      .then((response) => response?.snapshot && setAsked(response.snapshot))
      .catch(() => undefined);
  }, [loaded, cached]);

  // Marks when data first reached the screen, for the e2e timing of popup open → first render.
  useEffect(() => {
    if (snapshot && !document.body.dataset.renderedAt)
      document.body.dataset.renderedAt = String(performance.now());
  }, [snapshot]);

  if (!loaded || !settingsLoaded) return null;
  const money = snapshot ? converter(snapshot, settings.displayCurrency) : null;
  return (
    <main>
      <header>
        <h1>Hashfloor</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => browser.runtime.openOptionsPage()}
          data-testid="open-options"
        >
          {t('popupSettings')}
        </button>
      </header>
      {snapshot && money ? (
        <>
          <GapHeadline snapshot={snapshot} money={money} />
          <StaleLine health={snapshot.health} now={now} />
          <CostGauge
            multiple={snapshot.multiple}
            band={snapshot.band}
            {...(snapshot.costRange
              ? {
                  miners: {
                    range: snapshot.costRange,
                    costUsd: snapshot.cost.costUsd,
                    priceUsd: snapshot.price.usd,
                    money,
                  },
                }
              : {})}
          />
          <SiteAccessPrompt host={host} />
          <SiteSwitches host={host} settings={settings} update={update} />
          <CostChart
            points={chartPointsFor(history, settings, snapshot)}
            now={{
              t: snapshot.computedAt,
              priceUsd: snapshot.price.usd,
              costUsd: snapshot.cost.costUsd,
              gap: snapshot.gap,
            }}
            band={chartBandFor(history)}
            costLabel={costLineName(snapshot.cost.model)}
            money={money}
            compare={compareOf(compareId, history, settings, snapshot)}
          />
          <ModelDetails cost={snapshot.cost} now={now}>
            <CompareModel current={snapshot.cost.model} value={compareId} onChange={setCompareId} />
          </ModelDetails>
          {/* Miner metrics are for those who want them: folded, so the popup fits its 600 px. */}
          <details class="metrics-fold" data-testid="metrics-fold">
            <summary>{t('popupMetricsFold')}</summary>
            <MinerMetrics
              snapshot={snapshot}
              history={history}
              money={money}
              efficiencyJPerTh={settings.energy.efficiencyJPerTh}
            />
          </details>
        </>
      ) : (
        <p class="empty" data-testid="no-data" data-down={sourcesDown}>
          {sourcesDown ? t('popupNoDataDown') : t('popupNoDataFetching')}
        </p>
      )}
      <Freshness snapshot={snapshot} now={now} />
      {!(snapshot && money) && (
        <>
          <SiteAccessPrompt host={host} />
          <SiteSwitches host={host} settings={settings} update={update} />
        </>
      )}
    </main>
  );
}

/** The comparison line for model `id`, or null (none picked, or that model cannot say). */
function compareOf(
  id: CostModelId | null,
  history: History | null,
  settings: Settings,
  snapshot: Snapshot,
): { label: string; costs: number[] } | null {
  if (!id || id === snapshot.cost.model) return null;
  const costs = chartCostsFor(history, settings, snapshot, id);
  return costs ? { label: costLineName(id), costs } : null;
}
