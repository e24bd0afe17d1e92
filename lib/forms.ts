import { z } from 'zod';
import { toFormState } from '@/lib/errors';
import { parseMoney } from '@/lib/money';

// One convention for every server action: read fields as strings, validate with a zod schema,
// answer with a FormState. Expected failures (an AppError) come back as the form's message;
// anything else is a bug and is thrown.

export type FieldErrors = Record<string, string[] | undefined>;

/** What a form's server action returns to `useActionState`. */
export type FormState = {
  /** true after a success; `message` is then shown as a success, otherwise as an error. */
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the person typed (never passwords), so a refused form keeps it. */
  values?: Record<string, string>;
  /** Changes on every refused submission, so a form keyed on it remounts with `values`. */
  submission?: number;
};

/** Reads a form field as a string; a missing, repeated-file or file field reads as empty. */
export function readField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Reads a field that may be left empty: blank (after trimming) is undefined. */
export function readOptionalField(form: FormData, name: string): string | undefined {
  const value = readField(form, name).trim();
  return value === '' ? undefined : value;
}

/** Every string value of a repeated field (checkbox lists, split parts), in form order. */
export function readFieldList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/** Several fields at once, each cut to `max` characters so echoing them back stays small. */
export function readFields<Name extends string>(form: FormData, names: readonly Name[], max = 2_000): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, readField(form, name).slice(0, max)])) as Record<Name, string>;
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

/** A refused form: the field errors, and what was typed so it can be shown again. */
export function invalidForm(error: z.ZodError, values?: Record<string, string>, message?: string): FormState {
  return { fieldErrors: toFieldErrors(error), values, message, submission: Date.now() };
}

/** Runs an action's work; an expected failure becomes the form's message (with what was typed). */
export async function runFormAction(work: () => Promise<FormState>, values?: Record<string, string>): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    return { ...toFormState(error), values, submission: Date.now() };
  }
}

export type MoneyFieldOptions = {
  currency?: string;
  min?: bigint;
  max?: bigint;
  /** Shown when the text is not an amount; also for out-of-range amounts unless told otherwise. */
  invalid: string;
  /** For amounts below min or above max; tooSmall and tooLarge override it per side. */
  outOfRange?: string;
  tooSmall?: string;
  tooLarge?: string;
};

// The amount, or the message that says why the text is not an acceptable one.
function readMoney(text: string, options: MoneyFieldOptions): bigint | string {
  const minor = parseMoney(text, options.currency);
  if (minor === null) return options.invalid;
  if (options.min !== undefined && minor < options.min) return options.tooSmall ?? options.outOfRange ?? options.invalid;
  if (options.max !== undefined && minor > options.max) return options.tooLarge ?? options.outOfRange ?? options.invalid;
  return minor;
}

/**
 * A typed amount ("12.34", "-0.5", "$1,234.56", "(3.10)") → bigint minor units through
 * lib/money.ts. Commas are thousands separators only: "1,234.56" is accepted, "1,23" is refused
 * rather than read as 123.
 */
export function moneySchema(options: MoneyFieldOptions) {
  return z.string().transform((text, ctx) => {
    const minor = readMoney(text, options);
    if (typeof minor === 'string') {
      ctx.addIssue({ code: 'custom', message: minor });
      return z.NEVER;
    }
    return minor;
  });
}

/** Like moneySchema, but a blank or absent field is null. */
export function optionalMoneySchema(options: MoneyFieldOptions) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text?.trim()) return null;
      const minor = readMoney(text, options);
      if (typeof minor === 'string') {
        ctx.addIssue({ code: 'custom', message: minor });
        return z.NEVER;
      }
      return minor;
    });
}
