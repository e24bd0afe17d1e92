import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not allowed' };

const REASONS: Record<string, string> = {
  write: 'Your role in this workspace is viewer: you can look at everything and export it, but not change it.',
  manage: 'Only an owner of this workspace can manage its members and invitations.',
  'not-a-member': 'You are not a member of that workspace.',
  'no-workspace': 'You are not a member of any workspace. Ask someone to invite you, or create your own.',
};

// Where a refused page or action lands (lib/workspaces/current-workspace.ts): nothing was changed.
export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reason = (await searchParams).reason;
  const text = typeof reason === 'string' && Object.hasOwn(REASONS, reason) ? REASONS[reason] : 'You do not have access to this.';
  return (
    <div className="space-y-3 text-sm">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p>{text} Nothing was changed.</p>
      <p>
        <Link href="/dashboard" className="font-medium text-brand-700 underline dark:text-brand-100">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
