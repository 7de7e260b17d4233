/** `#fff` → `#ffffff`. */
export const fullHex = (hex: string): string =>
  hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;

/** WCAG 2.1 relative luminance of a `#rgb` or `#rrggbb` colour. */
function luminance(hex: string): number {
  const full = fullHex(hex);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * WCAG 2.1 contrast ratio of two colours, 1 to 21, for tests that read colours from stylesheets.
 * @example contrast('#ffffff', '#000000') // 21
 */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
