import * as z from 'zod/mini';
import { COST_MODELS } from '../settings';

/** Which input a line is: the surfaces name it in the reader's language (lib/i18n/model-words.ts). */
export const MODEL_INPUT_IDS = [
  'efficiency',
  'electricity',
  'overhead',
  'hashcost',
  'difficulty',
  'rewardPerBlock',
  'issuedSupply',
  'fit',
  'fitDays',
  'fitR2',
  'fittedOn',
  'publisher',
  'published',
  'costPerBtc',
] as const;

/**
 * One line of a model's inputs: `value` is formatted without words (figures, units, dates); `name` is
 * the English name, kept for snapshots stored before `id` existed.
 */
export const ModelInputSchema = z.object({
  id: z.optional(z.enum(MODEL_INPUT_IDS)),
  name: z.string(),
  value: z.string(),
});

/** What a cost model says a coin costs to mine, with everything needed to show how it got there. */
export const CostEstimateSchema = z.object({
  model: z.enum(COST_MODELS),
  /** English label, for logs and stored snapshots; surfaces word it from `model` and `detail`. */
  label: z.string(),
  /** The label's figures without words ("28 J/TH, $0.045/kWh, ×1.25"; the refit's dates). */
  detail: z.optional(z.string()),
  costUsd: z.number().check(z.positive()),
  inputs: z.array(ModelInputSchema),
  /** When the figure holds (ms): data time for live models, publication date for published ones. */
  asOf: z.number(),
  source: z.string(),
  url: z.optional(z.string()),
  stale: z.boolean(),
  note: z.string(),
});
export type CostEstimate = z.infer<typeof CostEstimateSchema>;
export type ModelInput = z.infer<typeof ModelInputSchema>;
