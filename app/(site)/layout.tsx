// The site's pages (overview, views, cluster pages) inside its frame; embeds (app/integrer) have none.
import { SiteFrame } from '@/components/site-frame';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
