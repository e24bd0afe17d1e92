// The category chart's labels sit in a 136 px column at 12 px: 18 characters a line even in a wide
// font (DejaVu Sans, Linux's default, is about 7 px a character there). A long name ("Loan and
// mortgage payments") takes two lines instead of being cut to "Loan and mort…"; only what does
// not fit in two is shortened. The still chart and the interactive one both use this, so the
// labels do not change when one replaces the other.

export const CATEGORY_LABEL_WIDTH_PX = 136;
const LINE_CHARS = 18;

function shorten(text: string): string {
  return text.length <= LINE_CHARS ? text : `${text.slice(0, LINE_CHARS - 1).trimEnd()}…`;
}

/** One or two lines for a category label: whole words on the first, the rest (shortened if need be) on the second. */
export function categoryLabelLines(label: string): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  if (words.join(' ').length <= LINE_CHARS) return [words.join(' ')];
  let first = words[0] ?? '';
  let used = 1;
  while (used < words.length && `${first} ${words[used]}`.length <= LINE_CHARS) first = `${first} ${words[used++]}`;
  // A first word longer than a line: cut it, and keep the rest for the second line.
  if (first.length > LINE_CHARS) return [shorten(first), ...(used < words.length ? [shorten(words.slice(used).join(' '))] : [])];
  return [first, shorten(words.slice(used).join(' '))];
}
