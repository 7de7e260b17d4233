import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatAge } from '@/lib/format';
import { formatDateTime } from '@/lib/format-ui';
import { request } from '@/lib/messages';
import type { Snapshot } from '@/lib/snapshot/schema';
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
      if (!response) setRefreshError('The background did not answer.');
      else if (response.error) setRefreshError(response.error);
    } catch (error) {
      setRefreshError((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const health = snapshot?.health;
  const troubled = health && (health.stale || health.failing);
  return (
    <section class="freshness" aria-label="Data freshness">
      {snapshot && (
        <p class="updated">
          <span data-testid="updated" data-value={snapshot.computedAt}>
            Updated {formatAge(snapshot.computedAt, now)}
          </span>{' '}
          · <span class="hint">{sourcesOf(snapshot)}</span>
        </p>
      )}
      {troubled ? (
        <details class="notice" data-testid="stale-details">
          <summary>What failed</summary>
          <ul>
            {health.errors.slice(0, 3).map((error) => (
              <li key={`${error.source}${error.at}${error.message}`}>
                {error.source} failed {formatAge(error.at, now)} ({formatDateTime(error.at)}):{' '}
                {plainError(error.message)}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        health &&
        health.errors.length > 0 && (
          <p class="hint" data-testid="fallbacks">
            {health.errors.length} source {health.errors.length === 1 ? 'request' : 'requests'} failed;
            fallbacks answered.
          </p>
        )
      )}
      <div class="refresh-row">
        <button type="button" onClick={refresh} disabled={busy} aria-busy={busy} data-testid="refresh">
          {busy ? 'Refreshing…' : 'Refresh'}
        </button>
        <span role="status" class="field-error" data-testid="refresh-error">
          {refreshError && `Refresh failed: ${refreshError}`}
        </span>
      </div>
    </section>
  );
}
