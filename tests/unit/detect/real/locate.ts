import type { Block, Label, RealCase } from './labels';

export interface Segment {
  text: string;
  /** What the overlay would pass as context: heading, column header, row label, title, host. */
  context: string;
}

export interface Located extends Label {
  segment: number;
  start: number;
  end: number;
}

export function segmentsOf(c: RealCase): Segment[] {
  const host = new URL(c.url).hostname;
  const page = [c.title ?? '', host].filter(Boolean).join(' · ');
  return c.blocks.map((b: Block) => {
    if (typeof b === 'string') return { text: b, context: page };
    const parts = [b.heading ?? '', b.header ?? '', b.row ?? '', page];
    return { text: b.text, context: parts.filter(Boolean).join(' · ') };
  });
}

const insideLongerNumber = (text: string, start: number, end: number) =>
  /^[.,]?\d/.test(text.slice(end, end + 2)) || /\d[.,]?$/.test(text.slice(Math.max(0, start - 2), start));

/** Each label at its place: labels are in reading order, so each is searched after the previous one. */
export function locateLabels(c: RealCase, segments: Segment[]): Located[] {
  let seg = 0;
  let from = 0;
  return c.expect.map((label) => {
    for (; seg < segments.length; seg++, from = 0) {
      const text = segments[seg]!.text;
      let start = text.indexOf(label.text, from);
      while (start >= 0 && insideLongerNumber(text, start, start + label.text.length)) {
        start = text.indexOf(label.text, start + 1);
      }
      if (start >= 0) {
        from = start + label.text.length;
        return { ...label, segment: seg, start, end: from };
      }
    }
    throw new Error(`${c.url}: "${label.text}" not found after the previous label`);
  });
}
