import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatAge, formatNumber } from '@/lib/format';
import { formatDateTime } from '@/lib/format-metrics';
import { request } from '@/lib/messages';
import type { Snapshot } from '@/lib/snapshot/schema';
import { t, uiLocale } from './i18n';
import { plainError } from './plain-error';

const sourcesOf = (snapshot: Snapshot) =>
  [...new Set([snapshot.price.source, snapshot.network.source, snapshot.rewards.source])].join(', ');

/**
 * "Updated 2 min ago · sources", what failed (in a disclosure; the headline's StaleLine says how old
 * the numbers are), and a Refresh button that asks the background to fetch now.
 */
export function Freshness({ snapshot, now }: { snapshot: Snapshot | null; now: number }) {
  const [busy, setBusy] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const refresh = async () => {
    setBusy(true);
    setRefreshError(null);
    try {
      const response = await request((m) => browser.runtime.sendMessage(m), { type: 'refresh' });
      if (!response) setRefreshError(t('refreshNoAnswer'));
      else if (response.error) setRefreshError(response.error);
    } catch (error) {
      setRefreshError((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const health = snapshot?.health;
  const troubled = health && (health.stale || health.failing);
  const locale = uiLocale();
  return (
    <section class="freshness" aria-label={t('freshnessLabel')}>
      {snapshot && (
        <p class="updated">
          <span data-testid="updated" data-value={snapshot.computedAt}>
            {t('updatedAgo', formatAge(snapshot.computedAt, now, locale))}
          </span>{' '}
          · <span class="hint">{sourcesOf(snapshot)}</span>
        </p>
      )}
      {troubled ? (
        <details class="notice" data-testid="stale-details">
          <summary>{t('whatFailed')}</summary>
          <ul>
            {health.errors.slice(0, 3).map((error) => (
              <li key={`${error.source}${error.at}${error.message}`}>
                {t(
                  'sourceFailed',
                  error.source,
                  formatAge(error.at, now, locale),
                  formatDateTime(error.at, locale),
                  plainError(error.message, t),
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        health &&
        health.errors.length > 0 && (
          <p class="hint" data-testid="fallbacks">
            {health.errors.length === 1
              ? t('fallbacksOne')
              : t('fallbacksMany', formatNumber(health.errors.length, locale))}
          </p>
        )
      )}
      <div class="refresh-row">
        <button type="button" onClick={refresh} disabled={busy} aria-busy={busy} data-testid="refresh">
          {busy ? t('refreshing') : t('refresh')}
        </button>
        <span role="status" class="field-error" data-testid="refresh-error">
          {refreshError && t('refreshFailed', refreshError)}
        </span>
      </div>
    </section>
  );
}
