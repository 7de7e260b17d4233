import type { IdCase } from '.';
import { siteOf } from './split';

/** Counts of labelled amounts, for the corpus-size test and the docs. */
export function stats(cases: IdCase[]) {
  const byKind = { btc_price: 0, btc_cost: 0, other: 0 };
  const langs = new Map<string, number>();
  const sites = new Set<string>();
  for (const c of cases) {
    sites.add(siteOf(c.url));
    for (const l of c.expect) {
      byKind[l.kind]++;
      const lang = c.lang.slice(0, 2);
      langs.set(lang, (langs.get(lang) ?? 0) + 1);
    }
  }
  const amounts = byKind.btc_price + byKind.btc_cost + byKind.other;
  return { cases: cases.length, sites: sites.size, amounts, ...byKind, langs };
}
