import type { FormState } from '@/lib/forms';

/** The form's message, unless a field already shows the same words (said once, next to the field). */
export function formMessageText(state: FormState): string | undefined {
  const fieldTexts = Object.values(state.fieldErrors ?? {}).flatMap((messages) => messages ?? []);
  return state.message && !fieldTexts.includes(state.message) ? state.message : undefined;
}
