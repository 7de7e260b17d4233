export { MIGRATIONS, migrate } from './migrations';
export { MAX_NOT_PRICES, notPriceKey, notPricesOn, withNotPrice } from './not-prices';
export { exportSettings, type ImportResult, importSettings, readSettings } from './parse';
export * from './schema';
export { createSettingsStore, type KeyValueArea, SETTINGS_KEY, type SettingsStore } from './store';
