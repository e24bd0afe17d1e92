'use server';

import { revalidatePath } from 'next/cache';
import { invalidForm, readFields, type FormState } from '@/lib/forms';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { saveProfile } from './profile';
import { PROFILE_FIELDS, profileSchema } from './profile-schema';

export async function saveProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const raw = readFields(form, PROFILE_FIELDS, Infinity);
  const values = readFields(form, PROFILE_FIELDS, 300);
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await saveProfile(getDb(), actor.workspaceId, parsed.data);
  revalidatePath('/settings');
  revalidatePath('/reports');
  return { ok: true, message: 'Profile saved.', values };
}
