import { useRef, type KeyboardEvent } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../../core/theme/themeChoice';
import { useTheme } from './themeStore';

const LABELS: Record<ThemeChoice, { label: string; icon: string }> = {
  light: { label: 'Light', icon: '☀' },
  dark: { label: 'Dark', icon: '☾' },
  system: { label: 'System', icon: '◐' },
};

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Light, dark or the system's: a radio group of three small buttons in the
 * header (one tab stop; arrow keys move and choose, as in any radio group).
 * Plain elements rather than a Radix group: this sits on the first screen.
 */
export function ThemeSwitcher() {
  const choice = useTheme((s) => s.choice);
  const setChoice = useTheme((s) => s.setChoice);
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const index = THEME_CHOICES.indexOf(choice);
    const next = THEME_CHOICES[(index + step + THEME_CHOICES.length) % THEME_CHOICES.length]!;
    setChoice(next);
    group.current?.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus();
  };
  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label="Theme"
      className="theme-switcher"
      onKeyDown={onKeyDown}
    >
      {THEME_CHOICES.map((value) => (
        <button
          key={value}
          type="button"
          role="radio"
          data-value={value}
          aria-checked={choice === value}
          tabIndex={choice === value ? 0 : -1}
          aria-label={LABELS[value].label}
          title={`${LABELS[value].label} theme`}
          className="theme-option"
          onClick={() => setChoice(value)}
        >
          <span aria-hidden="true">{LABELS[value].icon}</span>
        </button>
      ))}
    </div>
  );
}
