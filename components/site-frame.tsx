// The site's own frame around a page: the skip link, the invented-data warning, the masthead, the
// page's content and the footer. Embedded charts (app/integrer) are shown without it.
import type { ReactNode } from 'react';
import { getDataset } from '@/lib/data/load';
import { PrintAddress } from './print-address';
import { SyntheticBanner } from './synthetic-banner';

export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#contenu"
        className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2"
      >
        Aller au contenu
      </a>
      <SyntheticBanner source={getDataset().source} />
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-3">
          <a href="/" className="font-serif text-lg font-semibold no-underline hover:underline">
            Grappes d&apos;entreprises
          </a>
          <span className="text-sm text-muted">Nord-Pas-de-Calais · janvier 2011</span>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-rule">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          Chaque chiffre provient de l&apos;article source, cité mot pour mot sur la page de chaque grappe. Un chiffre
          que l&apos;article ne donne pas est indiqué « non communiqué », jamais 0.
        </p>
        <PrintAddress />
      </footer>
    </div>
  );
}
