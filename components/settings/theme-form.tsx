import { setThemeAction } from '@/lib/theme/actions';
import { THEMES, type Theme } from '@/lib/theme/theme';
import { Button } from '@/components/ui/button';

const LABELS: Record<Theme, string> = { system: 'Match my device', light: 'Light', dark: 'Dark' };

export function ThemeForm({ current }: { current: Theme }) {
  return (
    <form action={setThemeAction} className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium">Appearance</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {THEMES.map((theme) => (
            <label key={theme} className="flex items-center gap-2 text-sm">
              <input type="radio" name="theme" value={theme} defaultChecked={theme === current} className="h-4 w-4 accent-brand-600" />
              {LABELS[theme]}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary">
        Save appearance
      </Button>
    </form>
  );
}
