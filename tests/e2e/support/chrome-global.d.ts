// The `chrome` global inside extension contexts, as used from Playwright's worker.evaluate() callbacks.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  i18n: { getUILanguage(): string };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: Record<
    'local' | 'sync',
    {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
};
