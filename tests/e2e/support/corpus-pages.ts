import type { Block, RealCase } from '../../unit/detect/real/labels.ts';
import { locateLabels, segmentsOf } from '../../unit/detect/real/locate.ts';

// Pages composed from the real-text corpus (tests/unit/detect/real): each case becomes a section with its
// headline as a heading, its paragraphs and its table cells, so the built extension reads them through
// its own walk and context, not the scorer's.

export interface BlockLabels {
  id: string;
  labels: { text: string; kind: string }[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (s: string) => escapeText(s).replace(/\n/g, '<br>');

function blockHtml(b: Block, id: string): string {
  if (typeof b === 'string') return `<p data-b="${id}">${html(b)}</p>`;
  const heading = b.heading ? `<h3>${html(b.heading)}</h3>` : '';
  if (!b.header && !b.row) return `${heading}<p data-b="${id}">${html(b.text)}</p>`;
  return (
    `${heading}<table><thead><tr><th>Item</th><th>${html(b.header ?? '')}</th></tr></thead>` +
    `<tbody><tr><td>${html(b.row ?? '—')}</td><td data-b="${id}">${html(b.text)}</td></tr></tbody></table>`
  );
}

export interface ComposedPage {
  html: string;
  /** Where the page is served: the years its cases' URL paths name, as the detector reads a path's years. */
  path: string;
  blocks: BlockLabels[];
}

/** The years a case's URL path names ("/markets/2015/01/14/…" → "2015"), the part of a URL the overlay reads. */
const pathYears = (c: RealCase): string =>
  [...new Set(new URL(c.url).pathname.match(/(?<![0-9])20[0-5][0-9](?![0-9])/g) ?? [])].join('/');

/**
 * Pages of about `perPage` labelled amounts (under the overlay's badge cap), with each block's labels.
 * Cases whose URL paths name the same years share pages served under those years, so a page dated by
 * its path reads as it would on its own site (docs/detector.md, "What still fails": old prices).
 */
export function composePages(cases: RealCase[], perPage = 150): ComposedPage[] {
  const byYears = new Map<string, { c: RealCase; k: number }[]>();
  for (const [k, c] of cases.entries()) {
    const group = byYears.get(pathYears(c)) ?? [];
    group.push({ c, k });
    byYears.set(pathYears(c), group);
  }
  return [...byYears].flatMap(([years, group]) =>
    composeGroup(group, perPage).map((page) => ({ ...page, path: years ? `/${years}/` : '/' })),
  );
}

function composeGroup(cases: { c: RealCase; k: number }[], perPage: number): Omit<ComposedPage, 'path'>[] {
  const pages: Omit<ComposedPage, 'path'>[] = [];
  let sections: string[] = [];
  let blocks: BlockLabels[] = [];
  let count = 0;
  const flush = () => {
    if (!sections.length) return;
    const body = sections.join('\n');
    pages.push({
      html: `<!doctype html><html><head><meta charset="utf-8"><title>Reading list</title></head><body>${body}</body></html>`,
      blocks,
    });
    sections = [];
    blocks = [];
    count = 0;
  };
  for (const { c, k } of cases) {
    const labels = locateLabels(c, segmentsOf(c));
    const parts = c.blocks.map((b, i) => {
      const id = `${k}-${i}`;
      blocks.push({
        id,
        labels: labels.filter((l) => l.segment === i).map((l) => ({ text: l.text, kind: l.kind })),
      });
      return blockHtml(b, id);
    });
    sections.push(`<section lang="${c.lang}"><h2>${html(c.title ?? '')}</h2>${parts.join('')}</section>`);
    count += c.expect.length;
    if (count >= perPage) flush();
  }
  flush();
  return pages;
}
