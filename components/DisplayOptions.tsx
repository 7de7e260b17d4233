import { formatCompactMoney, formatNumber } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/types';
import { CURRENCIES, type Currency, type Settings } from '@/lib/settings';
import { t, uiLocale } from './i18n';
import { RadioGroup } from './RadioGroup';
import type { UpdateSettings } from './use-settings';

const CONFIDENCE_WORDS: Array<[number, MessageKey]> = [
  [0.85, 'confidenceClear'],
  [0.6, 'confidenceLikely'],
  [0.3, 'confidencePossible'],
  [0, 'confidenceAnything'],
];
/** "80 %: badge only clear Bitcoin prices", in the UI language. */
const confidenceWords = (value: number) => {
  const key = CONFIDENCE_WORDS.find(([min]) => value >= min)?.[1] ?? 'confidenceAnything';
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(value);
  return t('confidenceLine', percent, t(key));
};

/** A sample of a badge or icon text, in the language's quotation marks. */
const quoted = (text: string) => t('quoted', text);
const percent = (fraction: number) =>
  new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(Math.abs(fraction));
const multiple = (value: number) => `${formatNumber(value, uiLocale(), 2)}×`;
const compact = (usd: number) => formatCompactMoney(usd, 'USD', uiLocale());

/** Options section: display currency, badge style, which amounts get badges (and how far-off prices show), match confidence. */
export function DisplayOptions({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <section aria-labelledby="display-heading" class="card">
      <h2 id="display-heading">{t('displayHeading')}</h2>
      <div class="field">
        <label for="display-currency">{t('displayCurrency')}</label>
        <select
          id="display-currency"
          value={settings.displayCurrency}
          data-testid="display-currency"
          onChange={(event) =>
            update({ displayCurrency: (event.currentTarget as HTMLSelectElement).value as Currency })
          }
        >
          {CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup
        legend={t('badgeShows')}
        name="badge-style"
        value={settings.badgeStyle}
        options={[
          {
            value: 'percent',
            label: t('badgeShowsPercent'),
            hint: quoted(t('badgeBelowCost', percent(-0.17))),
          },
          {
            value: 'multiple',
            label: t('badgeShowsMultiple'),
            hint: quoted(t('badgeMultiple', multiple(0.83))),
          },
          { value: 'cost', label: t('badgeShowsCost'), hint: quoted(t('badgeCost', compact(84_600))) },
        ]}
        onChange={(badgeStyle) => update({ badgeStyle })}
      />
      <RadioGroup
        legend={t('toolbarShows')}
        name="toolbar-shows"
        value={settings.toolbarShows}
        options={[
          { value: 'gap', label: t('toolbarShowsGap'), hint: quoted('-17') },
          { value: 'price', label: t('toolbarShowsPrice'), hint: quoted('70k') },
          { value: 'cost', label: t('toolbarShowsCost'), hint: quoted('85k') },
        ]}
        onChange={(toolbarShows) => update({ toolbarShows })}
      />
      <RadioGroup
        legend={t('badgesOn')}
        name="badge-kinds"
        value={settings.badgeKinds}
        options={[
          { value: 'prices', label: t('badgesOnPrices') },
          { value: 'prices_and_costs', label: t('badgesOnPricesAndCosts') },
        ]}
        onChange={(badgeKinds) => update({ badgeKinds })}
      />
      <RadioGroup
        legend={t('farPrices')}
        name="far-prices"
        value={settings.farPrices}
        options={[
          { value: 'quiet', label: t('farPricesQuiet'), hint: t('farPricesQuietHint') },
          { value: 'hide', label: t('farPricesHide') },
        ]}
        onChange={(farPrices) => update({ farPrices })}
      />
      <div class="field">
        <label for="min-confidence">{t('minConfidence')}</label>
        <input
          id="min-confidence"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={settings.minConfidence}
          aria-valuetext={confidenceWords(settings.minConfidence)}
          data-testid="min-confidence"
          onChange={(event) =>
            update({ minConfidence: Number((event.currentTarget as HTMLInputElement).value) })
          }
        />
        <p class="hint">{confidenceWords(settings.minConfidence)}</p>
      </div>
    </section>
  );
}
