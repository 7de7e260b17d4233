import type { ComponentChildren } from 'preact';
import type { CostEstimate } from '@/lib/economics/cost-estimate';
import { formatAge, formatCompactMoney } from '@/lib/format';
import { formatDay } from '@/lib/format-metrics';
import { costLabel, costNote, costSource, inputLine } from '@/lib/i18n/model-words';
import { t, uiLocale } from './i18n';
import { rich, SLOTS } from './rich';

/**
 * The cost's model, inputs, date and source, one click away (a native <details>, so Enter and
 * Space open it). Also carries docs/domain.md §4's honest caveat: costs vary widely; not a floor.
 */
export function ModelDetails({
  cost,
  now,
  children,
}: {
  cost: CostEstimate;
  now: number;
  children?: ComponentChildren;
}) {
  const locale = uiLocale();
  const source = costSource(cost, t);
  return (
    <details class="model-details" data-testid="model-details" data-model={cost.model}>
      <summary>
        {rich(t('modelSummary', SLOTS[0]), <span data-testid="model-label">{costLabel(cost, t)}</span>)}
        {cost.stale && <span class="tag warn">{t('modelOldFigure')}</span>}
      </summary>
      <dl class="inputs">
        {cost.inputs.map((input) => {
          const { name, value } = inputLine(input, t, locale);
          return (
            <div key={input.name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          );
        })}
        <div>
          <dt>{t('modelAsOf')}</dt>
          <dd>
            {formatDay(cost.asOf, locale)} ({formatAge(cost.asOf, now, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('modelSource')}</dt>
          <dd>
            {cost.url ? (
              <a href={cost.url} target="_blank" rel="noreferrer">
                {source}
              </a>
            ) : (
              source
            )}
          </dd>
        </div>
      </dl>
      <p class="hint">{costNote(cost, t)}</p>
      <p class="hint">
        {t(
          'modelCaveat',
          formatCompactMoney(21_000, 'USD', locale),
          formatCompactMoney(80_000, 'USD', locale),
        )}
      </p>
      {children}
    </details>
  );
}
