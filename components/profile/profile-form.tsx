'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { saveProfileAction } from '@/lib/profile/actions';
import { SubmitButton } from '@/components/ui/submit-button';

export type ProfileValues = Record<'legalName' | 'addressLine1' | 'addressLine2' | 'city' | 'region' | 'postalCode' | 'country' | 'email' | 'phone', string>;

/** Legal name and contact details, compared with the bank's account holders (Reports → ownership). */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveProfileAction, { values: initial });
  const value = (name: keyof ProfileValues) => state.values?.[name] ?? initial[name];
  const field = (name: keyof ProfileValues, label: string, props: Record<string, string> = {}) => (
    <TextField key={`${name}-${value(name)}`} name={name} label={label} defaultValue={value(name)} errors={state.fieldErrors?.[name]} {...props} />
  );
  return (
    <form action={formAction} className="grid max-w-xl gap-4" noValidate>
      <p className="text-sm text-slate-600 dark:text-slate-400">Used to verify that you own your linked accounts, for lending reports. Enter them as your bank has them.</p>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      {field('legalName', 'Legal name', { autoComplete: 'name', hint: 'As on your bank account, e.g. Alex J. Rivera.' })}
      {field('addressLine1', 'Street address', { autoComplete: 'address-line1' })}
      {field('addressLine2', 'Apartment, suite or unit (optional)', { autoComplete: 'address-line2' })}
      <div className="grid gap-4 sm:grid-cols-3">
        {field('city', 'City', { autoComplete: 'address-level2' })}
        {field('region', 'State or region', { autoComplete: 'address-level1' })}
        {field('postalCode', 'Postal code', { autoComplete: 'postal-code' })}
      </div>
      {field('country', 'Country (optional)', { autoComplete: 'country-name' })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('email', 'Email', { type: 'email', autoComplete: 'email' })}
        {field('phone', 'Phone', { type: 'tel', autoComplete: 'tel' })}
      </div>
      <div>
        <SubmitButton pending={pending}>Save profile</SubmitButton>
      </div>
    </form>
  );
}
