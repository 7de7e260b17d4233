/**
 * Stage 8 of the detector (lib/detect/README.md): amounts written in parallel share their kind. "$200,000
 * in 2025, $300,000 in 2026 and $400,000 in 2027" are all forecasts of the price once the first is; "Italy
 * $208,560, Austria $184,352" are all costs. The model judges each amount alone and may drop the later
 * ones.
 */

import type { Amounts } from './amounts';
import type { Events } from './events';
import type { PriceMatch } from './types';
import { C_AGG, C_CHANGE, C_CHANGE_VERB, C_FEE, C_HOLDING, C_OTHER, C_SENTENCE, C_UNIT } from './types';

const BREAKS = [C_OTHER, C_AGG, C_FEE, C_CHANGE, C_CHANGE_VERB, C_SENTENCE, C_UNIT, C_HOLDING].reduce(
  (bits, cat) => bits | (1 << cat),
  0,
);

/** Give amount i the kind of amount i-1 when both are alike and nothing between says otherwise. */
export function shareListKinds(out: PriceMatch[], a: Amounts, all: Events, at: Int32Array): void {
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    const prev = out[i - 1]!;
    if (m.kind !== 'other' || prev.kind === 'other' || a.signed[i] || m.currency !== prev.currency) continue;
    if (m.start - prev.end > 48 || !(m.value > prev.value / 2.5 && m.value < prev.value * 2.5)) continue;
    let broken = false;
    for (let e = at[i - 1]! + 1; e < at[i]! && !broken; e++) broken = ((BREAKS >> all.cat[e]!) & 1) === 1;
    if (!broken) out[i] = { ...m, kind: prev.kind };
  }
}
