import type { ComponentChildren } from 'preact';
import type { CostEstimate } from '@/lib/economics/cost-estimate';
import { formatAge } from '@/lib/format';
import { formatDay } from '@/lib/format-ui';

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
  return (
    <details class="model-details" data-testid="model-details" data-model={cost.model}>
      <summary>
        Model: <span data-testid="model-label">{cost.label}</span>
        {cost.stale && <span class="tag warn">old figure</span>}
      </summary>
      <dl class="inputs">
        {cost.inputs.map((input) => (
          <div key={input.name}>
            <dt>{input.name}</dt>
            <dd>{input.value}</dd>
          </div>
        ))}
        <div>
          <dt>As of</dt>
          <dd>
            {formatDay(cost.asOf)} ({formatAge(cost.asOf, now)})
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>
            {cost.url ? (
              <a href={cost.url} target="_blank" rel="noreferrer">
                {cost.source}
              </a>
            ) : (
              cost.source
            )}
          </dd>
        </div>
      </dl>
      <p class="hint">{cost.note}</p>
      <p class="hint">
        Miners' costs vary widely (public miners report $21k–$80k+ cash cost). Trading below this estimate has
        coincided with bear markets and capitulation; it is not a price floor.
      </p>
      {children}
    </details>
  );
}
