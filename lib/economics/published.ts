import type { EnergyInputs } from '../settings';

// Static, dated third-party figures (docs/domain.md §3.3) and energy-model presets (§3.1).
// Links point at each publisher's own page for the series; reports are often behind
// paywalls or in newsletters, so the note says what exactly the figure is.

/** A published figure older than this is flagged stale in the UI. */
export const PUBLISHED_STALE_DAYS = 120;

export interface PublishedEstimate {
  id: string;
  name: string;
  publisher: string;
  costUsd: number;
  /** Publication date as YYYY-MM-DD (month-only figures use the 1st). */
  date: string;
  url: string;
  note: string;
}

/** Every published estimate the options page can pick; ids are stored in settings (`publishedId`). */
export const PUBLISHED_ESTIMATES: readonly PublishedEstimate[] = [
  {
    id: 'checkonchain-2026-02',
    name: 'Checkonchain average production cost',
    publisher: 'Checkonchain',
    costUsd: 87_000,
    date: '2026-02-05',
    url: 'https://charts.checkonchain.com/',
    note: 'Average production cost; spot was ~$70k, "~20 % below".',
  },
  {
    id: 'checkonchain-regression-2025-12',
    name: 'Checkonchain Difficulty Regression',
    publisher: 'Checkonchain',
    costUsd: 92_300,
    date: '2025-12-01',
    url: 'https://charts.checkonchain.com/',
    note: 'Headline Difficulty Regression value (an unpublished re-fit of the 2022 model).',
  },
  {
    id: 'jpmorgan-2026-02',
    name: 'JPMorgan production cost',
    publisher: 'JPMorgan',
    costUsd: 77_000,
    date: '2026-02-01',
    url: 'https://www.jpmorgan.com/insights/research',
    note: 'Assumes $0.05/kWh; each +1¢/kWh adds about $18k. Was $90k in Dec 2025.',
  },
  {
    id: 'jpmorgan-2025-12',
    name: 'JPMorgan production cost (Dec 2025)',
    publisher: 'JPMorgan',
    costUsd: 90_000,
    date: '2025-12-01',
    url: 'https://www.jpmorgan.com/insights/research',
    note: 'Assumes $0.05/kWh; each +1¢/kWh adds about $18k.',
  },
  {
    id: 'coinshares-2025-q4',
    name: 'CoinShares listed-miner weighted cash cost',
    publisher: 'CoinShares',
    costUsd: 79_995,
    date: '2025-12-31',
    url: 'https://coinshares.com/research',
    note: 'Weighted average cash cost of listed miners, Q4 2025.',
  },
  {
    id: 'capriole-2026-01',
    name: 'Capriole production cost',
    publisher: 'Capriole',
    costUsd: 74_300,
    date: '2026-01-01',
    url: 'https://capriole.com/charts/',
    note: 'Production cost; Capriole puts electricity-only cost at $59,450.',
  },
  {
    id: 'capriole-electricity-2026-01',
    name: 'Capriole electricity cost',
    publisher: 'Capriole',
    costUsd: 59_450,
    date: '2026-01-01',
    url: 'https://capriole.com/charts/',
    note: 'Electricity cost only (no other opex).',
  },
];

export const findPublished = (id: string): PublishedEstimate | undefined =>
  PUBLISHED_ESTIMATES.find((estimate) => estimate.id === id);

export interface EnergyPreset {
  id: string;
  label: string;
  inputs: EnergyInputs;
}

/** Energy-model presets for the options page (docs/domain.md §3.1). */
export const ENERGY_PRESETS: readonly EnergyPreset[] = [
  {
    id: 'network-average',
    label: 'Network average (Cambridge 2025)',
    inputs: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.045, overhead: 1.25 },
  },
  {
    id: 'efficient-miner',
    label: 'Efficient miner',
    inputs: { efficiencyJPerTh: 18, electricityUsdPerKwh: 0.04, overhead: 1.2 },
  },
  {
    id: 'electricity-only',
    label: 'Electricity only',
    inputs: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.045, overhead: 1 },
  },
  {
    id: 'cbeci',
    label: 'CBECI-style',
    inputs: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.05, overhead: 1 },
  },
];
