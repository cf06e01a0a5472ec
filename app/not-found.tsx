import type { Metadata } from 'next';
import { SiteFrame } from '@/components/site-frame';

export const metadata: Metadata = {
  title: 'Page introuvable',
  description: "Cette page n'existe pas : retrouvez toutes les grappes d'entreprises sur la page d'accueil.",
};

export default function NotFound() {
  return (
    <SiteFrame>
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold">Page introuvable</h1>
      <p>Cette page n&apos;existe pas, ou plus. Aucune grappe ne porte cette adresse.</p>
      <p>
        <a href="/" className="underline">
          Revenir à toutes les grappes d&apos;entreprises
        </a>
      </p>
    </div>
    </SiteFrame>
  );
}
