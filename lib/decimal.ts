// Exact decimal text for quantities that are not money: share counts and unit prices have more
// places than a currency, and a float would round them. A JSON number is read through its shortest
// round-trip text, which is exactly the decimal the sender wrote. No float arithmetic here.

const decimalPattern = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

type Scaled = { digits: bigint; scale: number }; // value = digits / 10^scale

function parseScaled(value: string | number): Scaled {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value).trim();
  const match = decimalPattern.exec(text);
  if (!match || `${match[2] ?? ''}${match[3] ?? ''}` === '') throw new RangeError(`not a decimal number: "${text.slice(0, 40)}"`);
  const fraction = match[3] ?? '';
  const power = Number(match[4] ?? 0);
  if (!Number.isSafeInteger(power) || Math.abs(power) > 64) throw new RangeError(`exponent out of range: "${text.slice(0, 40)}"`);
  let digits = BigInt(`${match[2] || '0'}${fraction}`);
  let scale = fraction.length - power;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: match[1] === '-' ? -digits : digits, scale };
}

/** 152.347 or "0152.3470" or "1.5e2" → "152.347", "152.347", "150": the exact value, normalised. */
export function toDecimalText(value: string | number): string {
  let { digits, scale } = parseScaled(value);
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

// digits / 10^fromScale at `toScale` places, half away from zero.
function rescale(digits: bigint, fromScale: number, toScale: number): bigint {
  if (fromScale <= toScale) return digits * 10n ** BigInt(toScale - fromScale);
  const divisor = 10n ** BigInt(fromScale - toScale);
  const negative = digits < 0n;
  const magnitude = negative ? -digits : digits;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

/** A decimal amount in minor units, rounded half away from zero when it has more places than the currency. */
export function roundToMinorUnits(value: string | number, exponent = 2): bigint {
  const { digits, scale } = parseScaled(value);
  return rescale(digits, scale, exponent);
}

/** a × b in minor units (e.g. units × unit price), computed exactly and rounded once. */
export function multiplyToMinorUnits(a: string | number, b: string | number, exponent = 2): bigint {
  const x = parseScaled(a);
  const y = parseScaled(b);
  return rescale(x.digits * y.digits, x.scale + y.scale, exponent);
}
