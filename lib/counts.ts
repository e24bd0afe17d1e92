// Counts as people read them: "1 payment", "12 payments", "1,204 payments". One formatter, so no
// page prints a bare number or forgets the thousands separator.

const counter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${counter.format(count)} ${count === 1 ? singular : plural}`;
}
