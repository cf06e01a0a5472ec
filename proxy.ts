// Requests for a cluster page that names no cluster of the dataset all get the one 404 page built
// for UNKNOWN_CLUSTER_PATH. Cluster pages are built on first visit and kept on disk (see
// app/grappes/[slug]/page.tsx): without this, every made-up address would add its own 404 files
// there, and a crawler or an attacker could fill the disk.
import { NextResponse, type NextRequest } from 'next/server';
import { getDataset } from '@/lib/data';

/** No dataset can have this slug (lib/schema.ts allows letters, digits and inner dashes only). */
const UNKNOWN_CLUSTER_PATH = '/grappes/-';
const PREFIX = '/grappes/';

let knownSlugs: Set<string> | undefined;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith(PREFIX)) return NextResponse.next();
  knownSlugs ??= new Set(getDataset().clusters.map((cluster) => cluster.slug));
  let slug: string;
  try {
    slug = decodeURIComponent(pathname.slice(PREFIX.length).replace(/\/$/, ''));
  } catch {
    // A malformed escape ("%ZZ", a lone "%E9"): Next.js would fail to decode it after a rewrite.
    return new NextResponse('Page introuvable : adresse mal formée.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  if (knownSlugs.has(slug)) return NextResponse.next();
  return NextResponse.rewrite(new URL(UNKNOWN_CLUSTER_PATH, request.url));
}

/** Cluster pages only: the rest of the site never goes through here. */
export const config = { matcher: '/grappes/:path*' };
