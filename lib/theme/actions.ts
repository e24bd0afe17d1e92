'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { readField } from '@/lib/forms';
import { THEME_COOKIE, parseTheme } from '@/lib/theme/theme';

export async function setThemeAction(form: FormData): Promise<void> {
  const theme = parseTheme(readField(form, 'theme'));
  (await cookies()).set(THEME_COOKIE, theme, { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax', httpOnly: true });
  revalidatePath('/', 'layout');
}
