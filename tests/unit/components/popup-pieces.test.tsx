// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CostChart } from '@/components/CostChart';
import { CostGauge } from '@/components/CostGauge';
import { GapHeadline } from '@/components/GapHeadline';
import { MinerMetrics } from '@/components/MinerMetrics';
import { ModelDetails } from '@/components/ModelDetails';
import { converter } from '@/components/money';
import { Switch } from '@/components/Switch';
import { makeHistory, makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { byTestId, interact, mount } from './render';

const NOW = Date.UTC(2026, 1, 5, 12);
const snapshot = makeSnapshot({ now: NOW });
afterEach(() => {
  document.body.innerHTML = '';
});

describe('GapHeadline', () => {
  it('says the gap in words and numbers, with raw data-values', async () => {
    const root = await mount(<GapHeadline snapshot={snapshot} money={converter(snapshot, 'USD')} />);
    expect(root.textContent).toMatch(
      /^BTC \$70,120 is 1\d\.\d% below the estimated cost to mine one bitcoin, \$8\d,\d00$/,
    );
    expect(Number(byTestId(root, 'price').dataset.value)).toBe(70_120);
    expect(Number(byTestId(root, 'cost').dataset.value)).toBe(snapshot.cost.costUsd);
    expect(Number(byTestId(root, 'gap').dataset.value)).toBeCloseTo(snapshot.gap, 12);
  });

  it('shows the display currency but keeps USD data-values', async () => {
    const root = await mount(<GapHeadline snapshot={snapshot} money={converter(snapshot, 'EUR')} />);
    expect(byTestId(root, 'price').textContent).toBe('€64,500');
    expect(Number(byTestId(root, 'price').dataset.value)).toBe(70_120);
  });

  it('says "above" when price exceeds cost', async () => {
    const above = { ...snapshot, gap: 0.25, multiple: 1.25, band: 'above' as const };
    const root = await mount(<GapHeadline snapshot={above} money={converter(above, 'USD')} />);
    expect(byTestId(root, 'gap').textContent).toBe('25% above');
  });
});

describe('CostGauge', () => {
  it('labels the band in words, not colour alone', async () => {
    const root = await mount(<CostGauge multiple={0.75} band="below" />);
    expect(root.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
      'Price is 0.75× the estimated cost: below the typical cost to mine.',
    );
    expect(root.textContent).toContain('Below the typical cost to mine');
    expect(root.querySelector('.gauge-marker-label')!.textContent).toBe('0.75×');
  });
});

describe('ModelDetails', () => {
  it('keeps the model name visible and the inputs one click away', async () => {
    const root = await mount(<ModelDetails cost={snapshot.cost} now={NOW} />);
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(root.querySelector('summary')!.textContent).toContain('Energy cost (28 J/TH');
    expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).toContain('Electricity');
    expect(root.textContent).toContain('not a price floor');
  });
});

describe('MinerMetrics', () => {
  it('shows every metric with its data-value contract', async () => {
    const root = await mount(
      <MinerMetrics
        snapshot={snapshot}
        history={makeHistory(NOW)}
        money={converter(snapshot, 'USD')}
        efficiencyJPerTh={28}
      />,
    );
    expect(Number(byTestId(root, 'hashprice').dataset.value)).toBeCloseTo(snapshot.hashprice.usdPerPhDay, 10);
    expect(byTestId(root, 'hashprice').textContent).toMatch(/^\$\d\d\.\d\d\/PH\/day$/);
    expect(Number(byTestId(root, 'difficulty').dataset.value)).toBe(snapshot.network.difficulty);
    expect(byTestId(root, 'difficulty').textContent).toBe('141.67 T');
    expect(Number(byTestId(root, 'next-adjustment').dataset.value)).toBe(3.21);
    expect(byTestId(root, 'next-adjustment').textContent).toMatch(/^\+3\.2% est\. on .+, 871 blocks left$/);
    expect(Number(byTestId(root, 'projected-cost').dataset.value)).toBeCloseTo(
      snapshot.cost.costUsd * 1.0321,
      6,
    );
    expect(root.textContent).toContain('Hash Ribbons:');
    expect(root.textContent).toMatch(/in 30 days/);
    expect(byTestId(root, 'break-even').textContent).toMatch(/^\$0\.0\d\d\/kWh$/);
  });

  it('says what is missing instead of showing empty numbers', async () => {
    const bare = { ...snapshot, adjustment: null, metrics: { hashRibbons: null, puellMultiple: null } };
    const root = await mount(
      <MinerMetrics snapshot={bare} history={null} money={converter(bare, 'USD')} efficiencyJPerTh={28} />,
    );
    expect(byTestId(root, 'next-adjustment').textContent).toBe('Not available');
    expect(byTestId(root, 'next-adjustment').hasAttribute('data-value')).toBe(false);
    expect(root.textContent).toContain('Needs a year of history');
  });
});

describe('CostChart', () => {
  const now = { t: NOW, priceUsd: 70_120, costUsd: 84_600, gap: 70_120 / 84_600 - 1 };
  it('draws a year of price and cost with the gap marked', async () => {
    const root = await mount(
      <CostChart points={makeHistory(NOW).days} now={now} costLabel="Cost (energy model)" />,
    );
    expect(byTestId(root, 'cost-chart').dataset.points).toBe('365');
    expect(root.querySelector('.chart-price')!.getAttribute('d')!.split('L')).toHaveLength(366);
    expect(byTestId(root, 'chart-gap').textContent).toBe('17.1%below');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toMatch(
      /Price is now 17\.1% below cost\.$/,
    );
  });
  it('breaks the lines across missing days, shades them and says so; dates read "month year" to "today"', async () => {
    const days = makeHistory(NOW).days;
    // A 90-day hole in the middle of the year, as a source outage leaves one.
    const holed = [...days.slice(0, 100), ...days.slice(190)];
    const root = await mount(<CostChart points={holed} now={now} costLabel="Cost (Energy cost)" />);
    expect(byTestId(root, 'cost-chart').dataset.holes).toBe('1');
    expect(root.querySelectorAll('[data-testid="chart-hole"]')).toHaveLength(1);
    expect(root.querySelector('.chart-price')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toMatch(
      /No data for about 91 days \(shaded\)/,
    );
    const axis = [...byTestId(root, 'chart-axis').children].map((el) => el.textContent);
    expect(axis).toEqual([
      new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(days[0]!.t),
      'today',
    ]);
    expect(root.querySelector('.chart-legend')!.textContent).toContain('No data');
  });
  it('a history that stopped weeks ago ends in a shaded stretch up to today, not a flat line', async () => {
    const stale = makeHistory(NOW - 40 * 86_400_000).days;
    const root = await mount(<CostChart points={stale} now={now} costLabel="x" />);
    expect(byTestId(root, 'cost-chart').dataset.holes).toBe('1');
  });
  it('draws in the display currency, named in the legend', async () => {
    const eur = Object.assign((v: number) => v * 0.9, { currency: 'EUR' as const });
    const root = await mount(
      <CostChart points={makeHistory(NOW).days} now={now} costLabel="x" money={eur} />,
    );
    expect(root.querySelector('.chart-y span')!.textContent).toContain('€');
    expect(root.querySelector('.legend-price')!.textContent).toBe('Price (EUR)');
    // Every label is HTML (it follows the reader's font size); the SVG draws lines only.
    expect(root.querySelectorAll('svg text')).toHaveLength(0);
    expect(root.querySelectorAll('.chart-y span').length).toBeGreaterThanOrEqual(3);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('in EUR');
  });
  it("says a day's figures with the keyboard: End is today, ← a day back, Home the first day", async () => {
    const days = makeHistory(NOW).days;
    const root = await mount(<CostChart points={days} now={now} costLabel="x" />);
    const chart = byTestId(root, 'cost-chart');
    const readout = byTestId(root, 'chart-readout');
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.getAttribute('aria-describedby')).toBe(readout.id);
    expect(root.querySelector('[data-testid="chart-cursor"]')).toBeNull();
    await interact(() => chart.focus());
    expect(readout.textContent).toBe('Today: price $70,120, cost $84,600 (17.1% below)');
    const key = (k: string) =>
      interact(() => chart.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    await key('ArrowLeft');
    const last = days.at(-1)!;
    const when = new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(readout.textContent).toMatch(
      new RegExp(
        `^${when.format(last.t)}: price \\$${last.priceUsd.toLocaleString('en-US')}, cost \\$[\\d,]+ \\(\\d+(\\.\\d)?% (below|above)\\)$`,
      ),
    );
    await key('Home');
    expect(readout.textContent!.startsWith(when.format(days[0]!.t))).toBe(true);
    await key('ArrowLeft');
    expect(readout.textContent!.startsWith(when.format(days[0]!.t))).toBe(true);
    expect(root.querySelector('[data-testid="chart-cursor"]')).not.toBeNull();
    await interact(() => chart.blur());
    expect(root.querySelector('[data-testid="chart-cursor"]')).toBeNull();
  });
  it('draws another model beside the chosen one when asked, named in the legend', async () => {
    const days = makeHistory(NOW).days;
    const compare = { label: 'Cost (My own value)', costs: days.map(() => 77_000) };
    const root = await mount(<CostChart points={days} now={now} costLabel="x" compare={compare} />);
    expect(byTestId(root, 'chart-compare').getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(root.querySelector('.legend-compare')!.textContent).toBe('Cost (My own value)');
    const none = await mount(
      <CostChart points={days} now={now} costLabel="x" compare={{ label: 'x', costs: [1] }} />,
    );
    expect(none.querySelector('[data-testid="chart-compare"]')).toBeNull();
  });
  it('explains an empty history', async () => {
    const root = await mount(<CostChart points={[]} now={now} costLabel="x" />);
    expect(root.textContent).toContain('appears once the daily history has loaded');
  });
});

describe('Switch', () => {
  it('is a role="switch" button whose aria-checked and state word follow clicks', async () => {
    const onChange = vi.fn();
    const root = await mount(
      <Switch checked={false} onChange={onChange} testId="s">
        Badges
      </Switch>,
    );
    const button = byTestId(root, 's');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('role')).toBe('switch');
    expect(button.getAttribute('aria-checked')).toBe('false');
    expect(button.textContent).toContain('Off');
    await interact(() => button.click());
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
