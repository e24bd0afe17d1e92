import type { InstitutionSummary } from '@/lib/bank/institutions';

/** A bank's logo, or its initial on its colour: decoration only, the name is always written beside it. */
export function InstitutionMark({ institution, size = 'md' }: { institution: Pick<InstitutionSummary, 'name' | 'color' | 'logoUrl'>; size?: 'sm' | 'md' }) {
  const box = size === 'sm' ? 'h-5 w-5 text-[0.65rem]' : 'h-7 w-7 text-xs';
  if (institution.logoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- an operator-configured URL, not a bundled asset
    return <img src={institution.logoUrl} alt="" aria-hidden="true" className={`${box} rounded object-contain`} />;
  }
  return (
    <span aria-hidden="true" className={`${box} inline-flex shrink-0 items-center justify-center rounded font-bold text-white`} style={{ backgroundColor: institution.color }}>
      {institution.name.trim().charAt(0).toUpperCase()}
    </span>
  );
}
