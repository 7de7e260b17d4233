// Whole-string forms of the detector's index-based number readers, for tests that state what a number
// string means (the detector itself reads by index, without slicing: lib/detect/number-shape.ts).

import type { Mark } from '../../../lib/detect/number-shape';
import { markHintAt, parseAt, parsedAlt } from '../../../lib/detect/numbers';

/** parseAt over all of `raw`, with the other reading of an ambiguous separator. */
export function parseNumber(raw: string, mark: Mark): { value: number; alt: number } {
  const value = parseAt(raw, 0, raw.length, mark);
  return { value, alt: parsedAlt };
}

/** The decimal mark the shape of all of `raw` proves, if any ("2,5" → ',', "1,234,567" → '.'). */
export const markHint = (raw: string): Mark | null => markHintAt(raw, 0, raw.length);
