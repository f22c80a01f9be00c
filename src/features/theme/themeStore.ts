import { create } from 'zustand';
import {
  parseThemeChoice,
  themeAttribute,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from '../../core/theme/themeChoice';

function readSaved(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system'; // storage blocked
  }
}

/** The same attribute the inline boot script sets before the first paint (vite/themeBoot.ts). */
function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  const attribute = themeAttribute(choice);
  if (attribute) root.setAttribute('data-theme', attribute);
  else root.removeAttribute('data-theme');
}

interface ThemeState {
  choice: ThemeChoice;
  setChoice(choice: ThemeChoice): void;
}

export const useTheme = create<ThemeState>()((set) => ({
  choice: readSaved(),
  setChoice: (choice) => {
    apply(choice);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // Storage blocked: the theme still applies for this visit.
    }
    set({ choice });
  },
}));
