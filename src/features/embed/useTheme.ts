import { useEffect } from 'react';
import { useEmbed } from './embedStore';

/** The host's theme on the root element; `auto` follows the system, as the app does anyway. */
export function useHostTheme(): void {
  const theme = useEmbed((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') {
      delete root.dataset.theme;
      root.style.removeProperty('color-scheme');
    } else {
      root.dataset.theme = theme;
      root.style.setProperty('color-scheme', theme);
    }
  }, [theme]);
}
