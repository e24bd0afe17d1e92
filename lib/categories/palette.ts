// The colours a category may have. A fixed palette, not a colour picker: each swatch is a mid
// tone in the light theme and a light tone in the dark one, so it keeps at least 3:1 contrast
// against the card behind it in both (WCAG 1.4.11 for graphics). The colour is never the only
// cue: the category's name is always written beside it. Class names are literal so Tailwind keeps them.

export const CATEGORY_COLORS = {
  slate: { label: 'Grey', swatch: 'bg-slate-600 dark:bg-slate-300' },
  red: { label: 'Red', swatch: 'bg-red-600 dark:bg-red-400' },
  orange: { label: 'Orange', swatch: 'bg-orange-600 dark:bg-orange-400' },
  amber: { label: 'Amber', swatch: 'bg-amber-700 dark:bg-amber-300' },
  green: { label: 'Green', swatch: 'bg-green-700 dark:bg-green-400' },
  teal: { label: 'Teal', swatch: 'bg-teal-700 dark:bg-teal-300' },
  sky: { label: 'Sky blue', swatch: 'bg-sky-700 dark:bg-sky-300' },
  blue: { label: 'Blue', swatch: 'bg-blue-600 dark:bg-blue-400' },
  violet: { label: 'Violet', swatch: 'bg-violet-600 dark:bg-violet-400' },
  pink: { label: 'Pink', swatch: 'bg-pink-600 dark:bg-pink-400' },
} as const;

export type CategoryColor = keyof typeof CATEGORY_COLORS;

export const CATEGORY_COLOR_KEYS = Object.keys(CATEGORY_COLORS) as CategoryColor[];

export function isCategoryColor(value: string): value is CategoryColor {
  return Object.hasOwn(CATEGORY_COLORS, value);
}

/** The swatch classes for a stored colour; an unset or retired colour draws grey. */
export function swatchClasses(color: string | null | undefined): string {
  return color && isCategoryColor(color) ? CATEGORY_COLORS[color].swatch : CATEGORY_COLORS.slate.swatch;
}
