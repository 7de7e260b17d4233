import { useEffect } from 'preact/hooks';
import type { Settings } from '@/lib/settings';

/**
 * Puts the theme setting on <html data-theme>: `system` leaves the choice to the
 * `prefers-color-scheme` media query in theme.css; `light`/`dark` override it.
 */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
