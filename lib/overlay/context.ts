/**
 * Context for the detector: the words around a number that say what it is. A bare "70,123" in a
 * cell under "Price" in the "Bitcoin" row is a BTC price; the same number in prose may be anything.
 */
const MAX_PART = 160;
const HEADING = /^h[1-6]$/;

const clip = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PART);

const span = (cell: Element, name: 'colspan' | 'rowspan'): number =>
  Math.max(1, Number.parseInt(cell.getAttribute(name) ?? '', 10) || 1);

/**
 * The header cells above column `col`, one per header row that has one: grouped headers span columns
 * and rows ("Price" over "USD" and "EUR"), so each row is laid out as a grid, as the browser draws it.
 */
function headersAbove(rows: Element[], col: number): Element[] {
  const held: number[] = [];
  const out: Element[] = [];
  for (const row of rows) {
    let c = 0;
    for (const cell of row.children) {
      while ((held[c] ?? 0) > 0) c++;
      const wide = span(cell, 'colspan');
      if (col >= c && col < c + wide) out.push(cell);
      for (let k = c; k < c + wide; k++) held[k] = span(cell, 'rowspan');
      c += wide;
    }
    for (let k = 0; k < held.length; k++) held[k] = Math.max(0, (held[k] ?? 0) - 1);
  }
  return out;
}

/**
 * A row label names something: a word, or a year or date ("2013", "2013-11-28", "2013.11.28"); a rank
 * column holds only a number, and so does a price column ("2034.10" is no date).
 */
const LABEL = /\p{L}|^(?:19|20)\d\d(?:$|\s|[-/]\d\d?(?:$|[-/]\d\d?)|\.\d\d?\.\d\d?)/u;

/** A table's header rows, and the header texts above each of its columns, once read. */
interface TableHeaders {
  rows: Element[];
  byColumn: Map<number, string[]>;
}

/**
 * Lookups shared by the blocks of one run of work (a scan, a mutation batch): an order book rewrites
 * a table's cells at once, and each would otherwise lay out its header rows again (bench "order book").
 */
export interface ContextCache {
  /** The heading before each table or block. */
  headings: Map<Element, string>;
  tables: Map<Element, TableHeaders>;
}
export const contextCache = (): ContextCache => ({ headings: new Map(), tables: new Map() });

function headersOf(table: Element, cache?: ContextCache): TableHeaders {
  let headers = cache?.tables.get(table);
  if (!headers) {
    const head = table.querySelector('thead');
    const first = table.querySelector('tr');
    headers = { rows: head ? [...head.querySelectorAll('tr')] : first ? [first] : [], byColumn: new Map() };
    cache?.tables.set(table, headers);
  }
  return headers;
}

/** Column headers and row label of the table cell holding `block`, if any. */
function tableContext(block: Element, cache?: ContextCache): string[] {
  const cell = block.closest('td, th');
  const row = cell?.parentElement;
  const table = cell?.closest('table');
  if (!cell || !row || !table) return [];
  let col = 0;
  for (const other of row.children) {
    if (other === cell) break;
    col += span(other, 'colspan');
  }
  const headers = headersOf(table, cache);
  let above = headers.byColumn.get(col);
  if (!above) {
    above = headersAbove(headers.rows, col).map((h) => clip(h.textContent));
    headers.byColumn.set(col, above);
  }
  const parts = headers.rows.includes(row) ? [] : [...above];
  for (const other of row.children) {
    if (other === cell) break;
    const label = clip(other.textContent);
    if (LABEL.test(label)) {
      parts.push(label);
      break;
    }
  }
  return parts.filter(Boolean);
}

/**
 * A stat tile's label: the short text right before a block that holds only a short value ("Bitcoin
 * price" above "$70,321.09"), read as a table row's label is.
 */
function tileLabel(block: Element, textLength: number): string[] {
  if (textLength > 24 || block.closest('td, th')) return [];
  const label = clip(block.previousElementSibling?.textContent);
  return label.length <= 40 && /\p{L}/u.test(label) ? [label] : [];
}

/** Earlier siblings searched inside for a heading ("<div><h3>…</h3></div>"), and checked for being one. */
const INSIDE_STEPS = 6;
const SIBLING_STEPS = 64;

/**
 * The nearest section heading before `block`: earlier siblings first, then the same for a few
 * ancestors. An h1 ends the search: it is the page's headline, which reaches the detector as the page
 * context (title), as in the corpus the detector was trained on (docs/detector.md). A heading standing
 * among the siblings is looked for further back than one inside them: a long section's later paragraphs
 * would otherwise climb past their own heading to the previous section's (tests/unit/overlay/context.test.ts).
 */
function nearestHeading(block: Element): string {
  let el: Element | null = block;
  for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
    let sib = el.previousElementSibling;
    for (let steps = 0; sib && steps < SIBLING_STEPS; steps += 1, sib = sib.previousElementSibling) {
      const heading = HEADING.test(sib.localName)
        ? sib
        : steps < INSIDE_STEPS
          ? sib.querySelector('h1, h2, h3, h4, h5, h6')
          : null;
      if (heading) return heading.localName === 'h1' ? '' : clip(heading.textContent);
    }
  }
  return '';
}

/**
 * The context string passed to the detector for the text of `block` (`textLength` characters long). A
 * table cell's heading is the table's; headings and column headers are looked up once per `cache`.
 */
export function contextFor(
  block: Element,
  pageContext: string,
  cache?: ContextCache,
  textLength = Number.POSITIVE_INFINITY,
): string {
  const anchor = block.closest('table') ?? block;
  let heading = cache?.headings.get(anchor);
  if (heading === undefined) {
    heading = HEADING.test(anchor.localName) ? '' : nearestHeading(anchor);
    cache?.headings.set(anchor, heading);
  }
  const parts = [
    heading,
    ...tableContext(block, cache),
    ...tileLabel(block, textLength),
    clip(block.getAttribute('aria-label')),
    pageContext,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Page-wide context: the title (else the headline) and host (exchange pages name the pair in the title). */
export const pageContextOf = (doc: Document, host: string): string =>
  `${clip(doc.title) || clip(doc.querySelector('h1')?.textContent)} · ${host}`;
