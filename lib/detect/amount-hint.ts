/**
 * The overlay's cheap first look at a block (lib/overlay/pipeline.ts): only text this matches is sent
 * to the detector. A module of its own that imports nothing, so the overlay, which ships without the
 * detector, does not evaluate the detector's word tables on every page it loads into
 * (tests/e2e/bundle-budget.spec.ts).
 */

/** The currency words an amount in words may end with, by their stems. */
export const CURRENCY_STEMS =
  'dollar|dollár|dólar|dolar|dolár|euro|evr|reais|peso|rupee|kron|forint|lira|доллар|долар|рубл|евро|євро|دولار|دلار|ڈالر|روپ|डॉलर|डालर|रुप';

/**
 * Text that may hold an amount: a digit in any script the detector reads (text.ts, asciiDigits: ASCII,
 * Arabic-Indic, Persian, Bengali), or a currency word an amount in words would end with.
 * @example AMOUNT_HINT.test('৬৮ হাজার ডলার') // true
 */
export const AMOUNT_HINT = new RegExp(
  `[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u09e6-\\u09ef]|${CURRENCY_STEMS}`,
  'i',
);
