import type { Settings } from '@/lib/settings';
import { t } from './i18n';
import type { UpdateSettings } from './use-settings';

/**
 * Options section: the amounts the reader marked "Not a Bitcoin price" from a badge's card, by site.
 * Removing one brings its badge back on the next visit. They travel with exported settings.
 */
export function NotPriceList({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const rules = settings.notPrices;
  const remove = (site: string, text: string) =>
    update((s) => ({ ...s, notPrices: s.notPrices.filter((r) => !(r.site === site && r.text === text)) }));
  return (
    <section aria-labelledby="not-prices-heading" class="card">
      <h2 id="not-prices-heading">{t('notPricesHeading')}</h2>
      <p class="hint">{t('notPricesHint')}</p>
      {rules.length === 0 ? (
        <p class="hint">{t('notPricesNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="not-prices-heading" data-testid="not-price-list">
          {rules.map(({ site, text }) => (
            <li key={`${site} ${text}`}>
              <span>{t('notPriceOn', text, site)}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => remove(site, text)}
                aria-label={t('removeNotPrice', text, site)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
