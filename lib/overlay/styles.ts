/**
 * The pill's stylesheet, one for every badge, adopted by each shadow root (`adoptedStyleSheets`), so 300
 * badges cost one parsed sheet. Solid pills with their own text colour read on light and dark pages;
 * nothing of ours is printed, and a badge in `visibility: hidden` content hides (and leaves the tab order)
 * with it, as `all: initial` alone would not (tests/e2e/overlay.spec.ts, "hidden"). Host and pill are
 * inline boxes, not inline-blocks: a line holding a badge keeps its height (tests/e2e/overlay.spec.ts,
 * "news article"), and badges in view cost less than half the paint atomic inlines did (a trace of the
 * bench's "infinite scroll" page over 10 s, ~20 badges in view: Paint 125–148 → 74–81 ms, 36–52 bare).
 */
export const BADGE_CSS = `
:host{all:initial;font-size:inherit;visibility:inherit;color:inherit;display:inline;margin-inline-start:.35em;vertical-align:baseline;
line-height:1;cursor:default;outline:none}
.pill{display:inline;box-sizing:border-box;font:600 max(10px,.72em)/1 system-ui,-apple-system,"Segoe UI",
Roboto,sans-serif;padding:0 .5em;border-radius:999px;white-space:nowrap;border:1px solid rgb(0 0 0/.28);
color:#fff;letter-spacing:0;text-transform:none}
/* Below and above cost in two clear colours, near cost (0.8–1.2×) neutral; the words say the side too. */
.below{background:#b42318}.near{background:#475467}.above{background:#067647}
.cost{background:#eef0f3;color:#344054;border-color:#98a2b3;font-weight:500}
.stale{border-style:dashed}
/* Far from today's price (a past peak, a forecast): outlined in the band's colour, text in the page's. */
.far{background:transparent;color:inherit;border-width:1.5px;font-weight:500}
.below.far{border-color:#b42318}.near.far{border-color:#667085}.above.far{border-color:#067647}
:host(:focus-visible) .pill{outline:2px solid #2e90fa;outline-offset:1px}
@media (prefers-color-scheme:dark){.cost{background:#344054;color:#f2f4f7;border-color:#667085}}
@media print{:host{display:none!important}}
`;

/**
 * The card's rules, adopted by a badge's root only when its card is first built: most badges never
 * open one, and every rule a root adopts is work for each new badge (bench "infinite scroll").
 */
export const CARD_CSS = `
.card{position:fixed;inset:auto;margin:0;z-index:2147483647;box-sizing:border-box;width:18rem;max-width:calc(100vw - 8px);overflow:auto;
padding:10px 12px;border:1px solid #d0d5dd;border-radius:8px;background:#fff;color:#101828;
box-shadow:0 8px 24px rgb(16 24 40/.2);font:400 12px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
text-align:start;white-space:normal}
.card h2{font-size:13px;font-weight:650;margin:0 0 6px}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 6px}
.card dt{color:#475467}.card dd{margin:0;font-variant-numeric:tabular-nums}
.card ul{margin:0 0 6px;padding-inline-start:16px;color:#475467}
.card p{margin:0 0 6px;color:#475467}
.card a{color:#175cd3}
.card summary{cursor:pointer;margin:0 0 6px}
.card button{display:block;margin:6px 0 0;padding:2px 8px;font:inherit;color:inherit;background:transparent;border:1px solid currentColor;border-radius:4px;cursor:pointer}
.card[data-theme=dark]{background:#1d2939;color:#f2f4f7;border-color:#475467}
.card[data-theme=dark] dt,.card[data-theme=dark] p,.card[data-theme=dark] ul{color:#d0d5dd}
.card[data-theme=dark] a{color:#84caff}
@media (prefers-color-scheme:dark){.card[data-theme=system]{background:#1d2939;color:#f2f4f7;border-color:#475467}
.card[data-theme=system] dt,.card[data-theme=system] p,.card[data-theme=system] ul{color:#d0d5dd}
.card[data-theme=system] a{color:#84caff}}
`;

/** Adds one of the shared stylesheets to a badge's shadow root: the pill's, or its card's. */
export type AdoptStyles = (root: ShadowRoot, part?: 'badge' | 'card') => void;

/**
 * Builds each shared sheet once, when the first root needs it (a page without prices never pays for
 * parsing them). Where constructable sheets cannot be adopted (Firefox content-script Xrays), each root
 * gets a `<style>` with the same text instead.
 */
export function createSharedStyles(doc: Document): AdoptStyles {
  const sheets = new Map<'badge' | 'card', CSSStyleSheet | null>();
  const build = (css: string): CSSStyleSheet | null => {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet) return null;
    try {
      const made = new Sheet();
      made.replaceSync(css);
      return made;
    } catch {
      return null;
    }
  };
  return (root, part = 'badge') => {
    const css = part === 'card' ? CARD_CSS : BADGE_CSS;
    if (!sheets.has(part)) sheets.set(part, build(css));
    const sheet = sheets.get(part);
    if (sheet) {
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        return;
      } catch {
        sheets.set(part, null);
      }
    }
    const style = doc.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  };
}
