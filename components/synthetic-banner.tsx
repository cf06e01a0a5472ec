// Says on every page, above everything else, that the figures are invented when the app runs on a synthetic dataset.
import type { Source } from '@/lib/schema';
import { SYNTHETIC_WARNING } from '@/lib/synthetic';

export function SyntheticBanner({ source }: { source: Source }) {
  if (!source.synthetic) return null;
  return (
    <div role="status" className="border-b-4 border-ink bg-[#ffd60a] px-4 py-3 text-center text-ink" data-synthetic-banner>
      <p className="font-semibold">{SYNTHETIC_WARNING}</p>
      <p className="text-sm">
        Aucun chiffre, nom ni citation de ce site ne vient d&apos;un article : source « {source.title} ».
      </p>
    </div>
  );
}
