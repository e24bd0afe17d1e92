import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db';
import { minorUnitsToDecimal } from '@/lib/money';
import { getMonitoringSettings } from '@/lib/monitoring/settings';
import { MonitoringSettingsForm } from './monitoring-settings-form';

/** The Settings page's monitoring card: loads the user's thresholds itself. */
export async function MonitoringSettingsCard({ workspaceId }: { workspaceId: string }) {
  const settings = await getMonitoringSettings(getDb(), workspaceId);
  const initial = {
    largeMadMultiplier: String(settings.largeMadMultiplier),
    largeMinMinor: minorUnitsToDecimal(settings.largeMinMinor),
    newMerchantMinMinor: minorUnitsToDecimal(settings.newMerchantMinMinor),
    duplicateWindowMin: String(settings.duplicateWindowMin),
    cardTestingMaxMinor: minorUnitsToDecimal(settings.cardTestingMaxMinor),
    cardTestingCount: String(settings.cardTestingCount),
    cardTestingWindowMin: String(settings.cardTestingWindowMin),
    foreignEnabled: settings.foreignEnabled,
    webhookUrl: settings.webhookUrl ?? '',
  };
  return (
    <div id="monitoring">
      <Card title="Transaction monitoring">
        <MonitoringSettingsForm initial={initial} webhookSecret={settings.webhookSecret} />
      </Card>
    </div>
  );
}
