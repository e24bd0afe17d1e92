// Robust statistics on integer minor units: the median and the median absolute deviation are not
// dragged up by the one big purchase we are trying to spot, unlike a mean and standard deviation.

export function medianOf(values: bigint[]): bigint {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2n;
}

export function medianAbsoluteDeviation(values: bigint[], median = medianOf(values)): bigint {
  return medianOf(values.map((value) => (value > median ? value - median : median - value)));
}
