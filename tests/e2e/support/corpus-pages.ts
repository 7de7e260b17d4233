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

/** Pages of about `perPage` labelled amounts (under the overlay's badge cap), with each block's labels. */
export function composePages(cases: RealCase[], perPage = 150): { html: string; blocks: BlockLabels[] }[] {
  const pages: { html: string; blocks: BlockLabels[] }[] = [];
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
  cases.forEach((c, k) => {
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
  });
  flush();
  return pages;
}
