// A seeded random generator (mulberry32) for the bench pages: each load of a page does the same work,
// with or without the extension. `seededRandom(seed)` returns a function giving numbers in [0, 1).
window.seededRandom = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
