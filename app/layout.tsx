// The document every route shares: language, fonts, colours. The site's frame is app/(site)/layout.tsx.
import type { Metadata, Viewport } from 'next';
import { sans, serif } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)",
    template: "%s · Grappes d'entreprises",
  },
  description:
    "Les grappes d'entreprises du Nord-Pas-de-Calais retenues en janvier 2011 : membres, emplois et sources, chiffre par chiffre.",
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr" className={`${sans.variable} ${serif.variable}`}>
      <body className="bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
