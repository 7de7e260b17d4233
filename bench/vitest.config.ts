import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks run as plain Vitest files that print their figures; they never assert timings.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['bench/**/*.bench.ts'], testTimeout: 600_000, environment: 'node' },
});
