'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms';
import { saveMonitoringSettingsAction } from '@/lib/monitoring/actions';
import { SubmitButton } from '@/components/ui/submit-button';

export type MonitoringFormValues = {
  largeMadMultiplier: string;
  largeMinMinor: string;
  newMerchantMinMinor: string;
  duplicateWindowMin: string;
  cardTestingMaxMinor: string;
  cardTestingCount: string;
  cardTestingWindowMin: string;
  foreignEnabled: boolean;
  webhookUrl: string;
};

/** Per-user alert thresholds and the optional webhook; ranges are enforced on the server. */
export function MonitoringSettingsForm({ initial, webhookSecret }: { initial: MonitoringFormValues; webhookSecret: string | null }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveMonitoringSettingsAction, {});
  const value = (name: Exclude<keyof MonitoringFormValues, 'foreignEnabled'>) => state.values?.[name] ?? initial[name];
  const field = (name: Exclude<keyof MonitoringFormValues, 'foreignEnabled'>, label: string, hint: string, inputMode: 'numeric' | 'decimal' | 'url' = 'numeric') => (
    <TextField key={`${name}-${value(name)}`} name={name} label={label} hint={hint} inputMode={inputMode} defaultValue={value(name)} errors={state.fieldErrors?.[name]} />
  );
  return (
    <form action={formAction} className="grid max-w-xl gap-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">Unusually large charges</legend>
        {field('largeMadMultiplier', 'Sensitivity', '3–20: how far above the account’s usual spread a charge must be. Higher alerts less.')}
        {field('largeMinMinor', 'Never alert below', '$10.00–$100,000.00', 'decimal')}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">New merchants and duplicates</legend>
        {field('newMerchantMinMinor', 'First payment to a new merchant above', '$1.00–$100,000.00', 'decimal')}
        {field('duplicateWindowMin', 'Duplicate window (minutes)', '1–1,440 minutes')}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">Card testing (bursts of tiny charges)</legend>
        {field('cardTestingMaxMinor', 'Tiny charge up to', '$0.01–$20.00', 'decimal')}
        {field('cardTestingCount', 'Charges in a burst', '3–50')}
        {field('cardTestingWindowMin', 'Within (minutes)', '1–120')}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="foreignEnabled" defaultChecked={initial.foreignEnabled} className="size-4" />
        Alert on charges in a foreign currency or country
      </label>
      {field('webhookUrl', 'Webhook URL (optional)', 'HTTPS, or http://localhost. Each batch of new alerts is POSTed as JSON, signed in the Cashlens-Signature header.', 'url')}
      {webhookSecret ? (
        <p className="text-sm">
          Signing secret: <code className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{webhookSecret}</code>
        </p>
      ) : null}
      <div>
        <SubmitButton pending={pending}>Save monitoring settings</SubmitButton>
      </div>
    </form>
  );
}
