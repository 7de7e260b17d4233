import type { ComponentChildren } from 'preact';

interface MetricRowProps {
  label: string;
  /** data-testid of the value; with `rawValue` it forms the test contract (`data-value` = raw number). */
  testId?: string;
  rawValue?: number | null;
  children: ComponentChildren;
  detail?: ComponentChildren;
}

/** One line of the metrics list: label, value, and a quieter detail line under it. */
export function MetricRow({ label, testId, rawValue, children, detail }: MetricRowProps) {
  return (
    <div class="metric">
      <dt>{label}</dt>
      <dd>
        <span class="metric-value" data-testid={testId} data-value={rawValue ?? undefined}>
          {children}
        </span>
        {detail && <span class="metric-detail">{detail}</span>}
      </dd>
    </div>
  );
}
