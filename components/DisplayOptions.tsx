import { CURRENCIES, type Currency, type Settings } from '@/lib/settings';
import { RadioGroup } from './RadioGroup';
import type { UpdateSettings } from './use-settings';

const CONFIDENCE_WORDS: Array<[number, string]> = [
  [0.85, 'only clear Bitcoin prices'],
  [0.6, 'likely Bitcoin prices'],
  [0.3, 'possible Bitcoin prices'],
  [0, 'anything that might be one'],
];
const confidenceWords = (value: number) => CONFIDENCE_WORDS.find(([min]) => value >= min)?.[1] ?? '';

/** Options section: display currency, badge style, which amounts get badges (and how far-off prices show), match confidence. */
export function DisplayOptions({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <section aria-labelledby="display-heading" class="card">
      <h2 id="display-heading">Display</h2>
      <div class="field">
        <label for="display-currency">Currency for the popup and cards</label>
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
        legend="Badge shows"
        name="badge-style"
        value={settings.badgeStyle}
        options={[
          { value: 'percent', label: 'Gap in percent', hint: '"17% below cost"' },
          { value: 'multiple', label: 'Price ÷ cost', hint: '"0.83× cost"' },
          { value: 'cost', label: 'The cost figure', hint: '"cost $84.6k"' },
        ]}
        onChange={(badgeStyle) => update({ badgeStyle })}
      />
      <RadioGroup
        legend="Toolbar icon shows"
        name="toolbar-shows"
        value={settings.toolbarShows}
        options={[
          { value: 'gap', label: 'Percent above or below cost', hint: '"-17"' },
          { value: 'price', label: 'The Bitcoin price', hint: '"70k"' },
          { value: 'cost', label: 'The estimated cost', hint: '"85k"' },
        ]}
        onChange={(toolbarShows) => update({ toolbarShows })}
      />
      <RadioGroup
        legend="Badges on"
        name="badge-kinds"
        value={settings.badgeKinds}
        options={[
          { value: 'prices', label: 'Bitcoin prices only' },
          { value: 'prices_and_costs', label: 'Bitcoin prices and mining-cost figures' },
        ]}
        onChange={(badgeKinds) => update({ badgeKinds })}
      />
      <RadioGroup
        legend="Prices far from today's (a past peak, a forecast)"
        name="far-prices"
        value={settings.farPrices}
        options={[
          {
            value: 'quiet',
            label: 'A quieter badge',
            hint: "outlined, and the card says it compares with today's cost",
          },
          { value: 'hide', label: 'No badge' },
        ]}
        onChange={(farPrices) => update({ farPrices })}
      />
      <div class="field">
        <label for="min-confidence">How sure a match must be</label>
        <input
          id="min-confidence"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={settings.minConfidence}
          aria-valuetext={`${Math.round(settings.minConfidence * 100)} %: ${confidenceWords(settings.minConfidence)}`}
          data-testid="min-confidence"
          onChange={(event) =>
            update({ minConfidence: Number((event.currentTarget as HTMLInputElement).value) })
          }
        />
        <p class="hint">
          {Math.round(settings.minConfidence * 100)} %: badge {confidenceWords(settings.minConfidence)}.
        </p>
      </div>
    </section>
  );
}
