// The value axis of a still (server-drawn) chart: round tick values that cover the data and zero,
// and where a value sits on that axis as a fraction of the plot's height. Drawing only: the values
// are whole-currency numbers (chartValue), never money that is added up or shown as a figure.

export type ValueScale = { min: number; max: number; ticks: number[] };

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return NICE_STEPS.find((step) => step * power >= raw)! * power;
}

/** Ticks from a round value at or below the smallest (and zero) to one at or above the largest. */
export function niceScale(values: Iterable<number>, count = 4): ValueScale {
  let low = 0;
  let high = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === high) high = 1; // nothing to draw: an empty axis from 0 to 1, not a division by zero
  const step = niceStep(high - low, count);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Counting steps (not adding them) and rounding to 12 digits keeps 0.1 + 0.2 drift out of the ticks.
  for (let index = 0; min + index * step <= max + step / 1e9; index++) ticks.push(Number((min + index * step).toPrecision(12)));
  return { min, max, ticks };
}

/** Where `value` sits on the scale: 0 at the bottom, 1 at the top. */
export function positionOf(scale: ValueScale, value: number): number {
  return (value - scale.min) / (scale.max - scale.min);
}

/** A CSS percentage, rounded so the page stays small and the output stable. */
export const percent = (fraction: number) => `${Math.round(fraction * 10_000) / 100}%`;

/** Every how many labels to print so at most `room` of `count` are shown (the rest stay blank). */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / room));
}
