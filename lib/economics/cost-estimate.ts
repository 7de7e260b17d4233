import * as z from 'zod/mini';
import { COST_MODELS } from '../settings';

/** One line of a model's inputs, already formatted for people (card, popup). */
export const ModelInputSchema = z.object({ name: z.string(), value: z.string() });

/** What a cost model says a coin costs to mine, with everything needed to show how it got there. */
export const CostEstimateSchema = z.object({
  model: z.enum(COST_MODELS),
  label: z.string(),
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
