import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db';
import { getProfile } from '@/lib/profile/profile';
import { ProfileForm } from './profile-form';

/** The Settings page's profile card for ownership checks: loads the user's profile itself. */
export async function ProfileCard({ user }: { user: { workspaceId: string; email: string } }) {
  const profile = await getProfile(getDb(), user);
  const text = (value: string | null | undefined) => value ?? '';
  const initial = {
    legalName: text(profile.legalName),
    addressLine1: text(profile.addressLine1),
    addressLine2: text(profile.addressLine2),
    city: text(profile.city),
    region: text(profile.region),
    postalCode: text(profile.postalCode),
    country: text(profile.country),
    email: text(profile.email),
    phone: text(profile.phone),
  };
  return (
    <div id="ownership-profile">
      <Card title="Legal name and address">
        <ProfileForm initial={initial} />
      </Card>
    </div>
  );
}
