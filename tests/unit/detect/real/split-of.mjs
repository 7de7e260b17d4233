// Prints the split (dev or test) each URL's site belongs to: node tests/unit/detect/real/split-of.mjs URL...
// Keep in step with split.ts (shape.test.ts checks every case against it).
for (const url of process.argv.slice(2)) {
  const site = new URL(url).hostname.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
  let h = 0x811c9dc5;
  for (const ch of site) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  console.log(`${h % 100 < 35 ? 'test' : 'dev'}\t${site}\t${url}`);
}
