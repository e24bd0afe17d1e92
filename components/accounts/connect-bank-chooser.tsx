import type { InstitutionSummary } from '@/lib/bank/institutions';
import { ConnectBankButton } from '@/components/accounts/connect-bank-button';
import { InstitutionMark } from '@/components/accounts/institution-mark';

/** "Connect a bank": one button per configured institution, each starting the popup flow for that bank. */
export function ConnectBankChooser({ institutions, variant = 'primary' }: { institutions: InstitutionSummary[]; variant?: 'primary' | 'secondary' }) {
  return (
    <ul aria-label="Connect a bank" className="flex flex-wrap items-center justify-center gap-2">
      {institutions.map((institution) => (
        <li key={institution.id}>
          <ConnectBankButton label={`Connect ${institution.name}`} institution={institution.id} variant={variant}>
            <InstitutionMark institution={institution} size="sm" />
          </ConnectBankButton>
        </li>
      ))}
    </ul>
  );
}
