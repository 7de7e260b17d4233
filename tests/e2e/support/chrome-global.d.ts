// The `chrome` global inside extension contexts, as used from Playwright's worker.evaluate() callbacks.
declare const chrome: {
  storage: Record<
    'local' | 'sync',
    {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
};
