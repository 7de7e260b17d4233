import { formatAge } from '@/lib/format';
import { formatDateTime } from '@/lib/format-metrics';
import type { Snapshot } from '@/lib/snapshot/schema';
import { t, uiLocale } from './i18n';

/**
 * Under the headline, when the numbers are not current: what is true (the sources cannot be reached,
 * or the last update failed), how old the numbers shown are, and when the next try is. What failed
 * is in the Freshness section's details.
 */
export function StaleLine({ health, now }: { health: Snapshot['health']; now: number }) {
  if (!health.stale && !health.failing) return null;
  const locale = uiLocale();
  return (
    <p
      class="notice warn stale-line"
      role="status"
      data-testid="stale"
      data-stale={health.stale}
      data-failing={health.failing}
    >
      <strong>{health.stale ? t('staleUnreachable') : t('staleFailed')}</strong>
      {t('sentenceSeparator')}
      <span data-testid="last-good" data-value={health.lastGoodAt}>
        {t(
          'staleShowing',
          formatDateTime(health.lastGoodAt, locale),
          formatAge(health.lastGoodAt, now, locale),
        )}
      </span>
      {health.nextAttemptAt !== undefined && health.nextAttemptAt > now && (
        <span data-testid="next-attempt" data-value={health.nextAttemptAt}>
          {t('sentenceSeparator')}
          {t('staleNextTry', formatDateTime(health.nextAttemptAt, locale))}
        </span>
      )}
    </p>
  );
}
