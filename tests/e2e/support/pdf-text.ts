import { inflateSync } from 'node:zlib';

/**
 * The page-drawing streams of a PDF, inflated: enough to compare what two prints drew (Firefox's
 * `browsingContext.print` writes text as literal strings, e.g. `[($70,123)]TJ`). Streams that are not
 * deflate (images, fonts stored raw) are kept as their byte length.
 */
export function pdfStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const start of text.matchAll(/stream\r?\n/g)) {
    const from = start.index + start[0].length;
    const body = Buffer.from(text.slice(from, text.indexOf('endstream', from)), 'latin1');
    try {
      // The print time is no content: two prints a second apart must compare equal.
      streams.push(
        inflateSync(body)
          .toString('latin1')
          .replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '/$1 ()'),
      );
    } catch {
      streams.push(`raw ${body.length} B`);
    }
  }
  return streams;
}
