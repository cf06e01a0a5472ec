// Says on every page, above everything else, that the figures are invented when the app runs on a synthetic dataset.
import type { Source } from '@/lib/data/schema';
import { SYNTHETIC_WARNING } from '@/lib/data/synthetic-marker';

/**
 * A landmark with a heading rather than role="status": the page's status region is the sector
 * filter's message, and a screen reader lists landmarks and headings, where this one must be found.
 */
export function SyntheticBanner({ source }: { source: Source }) {
  if (!source.synthetic) return null;
  return (
    <aside
      aria-labelledby="avertissement-synthetique"
      className="border-b-4 border-ink bg-warning px-4 py-3 text-center text-ink"
      data-synthetic-banner
    >
      <h2 id="avertissement-synthetique" className="font-semibold">
        {SYNTHETIC_WARNING}
      </h2>
      <p className="text-sm">
        Aucun chiffre, nom ni citation de ce site ne vient d&apos;un article : source « {source.title} ».
      </p>
    </aside>
  );
}
