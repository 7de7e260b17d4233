import type { EnergyInputs } from '../settings';
import type { CostEstimate } from './cost-estimate';
import { hashpriceBtc } from './hashprice';
import { issuedSupplyBtc } from './protocol';
import { findPublished, PUBLISHED_STALE_DAYS } from './published';
import { fittedCostUsd, type RegressionFit } from './regression-fit';

// Cost side (docs/domain.md §3). Plain functions first (the options page shows "the live resulting
// cost as you type" with them), then wrappers that return a CostEstimate with inputs on show.

const DAY_MS = 86_400_000;
const ENERGY_NOTE =
  'Estimated all-in cash cost; excludes hardware depreciation and financing; a model estimate, not a market price.';

/** Cost of running 1 PH/s for a day, $/PH/day: `J/TH × 24 × $/kWh × overhead` (1 PH/s at e J/TH draws e kW). */
export const hashcostUsdPerPhDay = (inputs: EnergyInputs): number =>
  inputs.efficiencyJPerTh * 24 * inputs.electricityUsdPerKwh * inputs.overhead;

/** Energy-model cost per BTC: `hashcost / hashprice_BTC` (docs/domain.md §3.1; ≈ $85k at D = 141.67 T with defaults). */
export const energyCostUsd = (inputs: EnergyInputs, difficulty: number, rewardPerBlockBtc: number): number =>
  hashcostUsdPerPhDay(inputs) / hashpriceBtc(difficulty, rewardPerBlockBtc);

/** Difficulty Regression (Checkonchain 2022 fit): `exp(10.2560 + 0.5250 × ln D) / supply` (docs/domain.md §3.2). */
export const regressionCostUsd = (difficulty: number, supplyBtc: number): number =>
  Math.exp(10.256 + 0.525 * Math.log(difficulty)) / supplyBtc;

/** The energy model's figures, without words: "28 J/TH, $0.045/kWh, ×1.25". */
const energyDetail = (inputs: EnergyInputs): string =>
  `${inputs.efficiencyJPerTh} J/TH, $${inputs.electricityUsdPerKwh}/kWh, ×${inputs.overhead}`;

export const energyLabel = (inputs: EnergyInputs): string => `Energy cost (${energyDetail(inputs)})`;

const tera = (difficulty: number) => `${(difficulty / 1e12).toFixed(2)} T`;

export interface LiveInputs {
  difficulty: number;
  rewardPerBlockBtc: number;
  height: number;
  asOf: number;
  source: string;
}

export function energyEstimate(inputs: EnergyInputs, live: LiveInputs): CostEstimate {
  return {
    model: 'energy',
    label: energyLabel(inputs),
    detail: energyDetail(inputs),
    costUsd: energyCostUsd(inputs, live.difficulty, live.rewardPerBlockBtc),
    inputs: [
      { id: 'efficiency', name: 'Efficiency', value: `${inputs.efficiencyJPerTh} J/TH` },
      { id: 'electricity', name: 'Electricity', value: `$${inputs.electricityUsdPerKwh}/kWh` },
      { id: 'overhead', name: 'Overhead', value: `×${inputs.overhead}` },
      { id: 'hashcost', name: 'Hashcost', value: `$${hashcostUsdPerPhDay(inputs).toFixed(2)}/PH/day` },
      { id: 'difficulty', name: 'Difficulty', value: tera(live.difficulty) },
      { id: 'rewardPerBlock', name: 'Reward per block', value: `${live.rewardPerBlockBtc.toFixed(4)} BTC` },
    ],
    asOf: live.asOf,
    source: live.source,
    stale: false,
    note: ENERGY_NOTE,
  };
}

/** Difficulty Regression refit on the history since the 2024 halving (regression-fit.ts). */
export function regressionFitEstimate(live: LiveInputs, fit: RegressionFit): CostEstimate {
  const supply = issuedSupplyBtc(live.height);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return {
    model: 'regression',
    label: `Difficulty Regression (refit ${day(fit.from)} – ${day(fit.to)})`,
    detail: `${day(fit.from)} – ${day(fit.to)}`,
    costUsd: fittedCostUsd(fit, live.difficulty, supply),
    inputs: [
      { id: 'difficulty', name: 'Difficulty', value: tera(live.difficulty) },
      { id: 'issuedSupply', name: 'Issued supply', value: `${Math.round(supply)} BTC` },
      { id: 'fit', name: 'Fit', value: `exp(${fit.a.toFixed(3)} + ${fit.b.toFixed(3)} × ln D)` },
      { id: 'fitDays', name: 'Days fitted (since the 2024 halving)', value: String(fit.n) },
      { id: 'fitR2', name: 'R²', value: fit.r2.toFixed(2) },
    ],
    asOf: live.asOf,
    source: live.source,
    url: 'https://charts.checkonchain.com/',
    stale: false,
    note: 'Market cap on difficulty, refit on the year of mempool.space data since the 2024 halving (docs/domain.md).',
  };
}

/** The 2022 coefficients; `model` says which setting chose them (the refit's stand-in without history). */
export function regressionEstimate(
  live: LiveInputs,
  model: 'regression' | 'regression2022' = 'regression2022',
): CostEstimate {
  const supply = issuedSupplyBtc(live.height);
  return {
    model,
    label: 'Difficulty Regression (2022 coefficients)',
    costUsd: regressionCostUsd(live.difficulty, supply),
    inputs: [
      { id: 'difficulty', name: 'Difficulty', value: tera(live.difficulty) },
      { id: 'issuedSupply', name: 'Issued supply', value: `${Math.round(supply)} BTC` },
      { id: 'fit', name: 'Fit', value: 'exp(10.2560 + 0.5250 × ln D)' },
      { id: 'fittedOn', name: 'Fitted on', value: '2022-09-14' },
    ],
    asOf: live.asOf,
    source: live.source,
    url: 'https://charts.checkonchain.com/',
    stale: false,
    note: "Checkonchain's 2022 fit; their current headline values run about 2× this (an unpublished re-fit).",
  };
}

/** A dated third-party figure; `null` for an unknown id. Stale after PUBLISHED_STALE_DAYS. */
export function publishedEstimate(id: string, now: number): CostEstimate | null {
  const found = findPublished(id);
  if (!found) return null;
  const asOf = Date.parse(`${found.date}T00:00:00Z`);
  return {
    model: 'published',
    label: `${found.name} (${found.date.slice(0, 7)})`,
    costUsd: found.costUsd,
    inputs: [
      { id: 'publisher', name: 'Publisher', value: found.publisher },
      { id: 'published', name: 'Published', value: found.date },
    ],
    asOf,
    source: found.publisher,
    url: found.url,
    stale: now - asOf > PUBLISHED_STALE_DAYS * DAY_MS,
    note: found.note,
  };
}

/** The user's own figure, shown as such. */
export const manualEstimate = (costUsd: number, asOf: number): CostEstimate => ({
  model: 'manual',
  label: 'Your own estimate',
  costUsd,
  inputs: [{ id: 'costPerBtc', name: 'Cost per BTC', value: `$${Math.round(costUsd)}` }],
  asOf,
  source: 'You (settings)',
  stale: false,
  note: 'A value you entered in the options.',
});
