import { storage } from './storage.ts';

/** A reader's theme choice; "auto" follows the operating system. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

const KEY = 'theme';

/** The stored choice, or "auto" when none is stored or storage is blocked. */
export function readThemeChoice(): ThemeChoice {
  const value = storage.get(KEY);
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** Remembers the choice; "auto" forgets it so the OS setting rules again. */
export function storeThemeChoice(choice: ThemeChoice): void {
  if (choice === 'auto') storage.remove(KEY);
  else storage.set(KEY, choice);
}

/** Sets data-theme on <html> to the theme the choice resolves to now. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
