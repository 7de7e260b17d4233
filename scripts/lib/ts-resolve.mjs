// Lets Node run TypeScript that imports without file extensions (as Vite and WXT allow):
// `node --import ./scripts/lib/ts-resolve.mjs script.ts`. Node strips the types itself.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.')) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {}
      }
      throw error;
    }
  },
});
