import { CATEGORY_COLOR_KEYS, CATEGORY_COLORS } from '@/lib/categories/palette';

/** The palette as radio buttons: each colour is named, so the choice never rests on colour alone. */
export function ColorField({ idPrefix, defaultValue, errors }: { idPrefix: string; defaultValue?: string | null; errors?: string[] }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Colour</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        <label className="flex items-center gap-1.5 text-sm">
          <input type="radio" name="color" value="" defaultChecked={!defaultValue} className="size-4" /> None
        </label>
        {CATEGORY_COLOR_KEYS.map((key) => (
          <label key={key} htmlFor={`${idPrefix}-color-${key}`} className="flex items-center gap-1.5 text-sm">
            <input id={`${idPrefix}-color-${key}`} type="radio" name="color" value={key} defaultChecked={defaultValue === key} className="size-4" />
            <span aria-hidden="true" className={`inline-block size-3 rounded-full ${CATEGORY_COLORS[key].swatch}`} />
            {CATEGORY_COLORS[key].label}
          </label>
        ))}
      </div>
      {errors?.length ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.join(' ')}</p> : null}
    </fieldset>
  );
}
