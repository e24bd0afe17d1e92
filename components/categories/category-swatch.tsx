import { swatchClasses } from '@/lib/categories/palette';

/** A category's colour dot; decorative, the name is always written beside it. */
export function CategorySwatch({ color }: { color: string | null }) {
  return <span aria-hidden="true" className={`inline-block size-3 shrink-0 rounded-full ${swatchClasses(color)}`} />;
}
