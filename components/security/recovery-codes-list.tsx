/** Shown once, right after the codes were made: they are stored only as digests. */
export function RecoveryCodesList({ codes }: { codes: string }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      <p className="font-medium">Save these recovery codes now. Each works once, and they will not be shown again.</p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono">
        {codes.split('\n').map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
