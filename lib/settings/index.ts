export { MIGRATIONS, migrate } from './migrations';
export { exportSettings, type ImportResult, importSettings, readSettings } from './parse';
export * from './schema';
export { createSettingsStore, type KeyValueArea, SETTINGS_KEY, type SettingsStore } from './store';
