import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '@/lib/data/load';
import { syntheticDataset } from '@/lib/synthetic/generator';
import { SyntheticBanner } from './synthetic-banner';

describe('SyntheticBanner', () => {
  it('says, in a landmark named by its heading, that a synthetic dataset must not be published', () => {
    const html = renderToStaticMarkup(<SyntheticBanner source={syntheticDataset(7, 1).source} />);
    expect(html).toMatch(/^<aside aria-labelledby="avertissement-synthetique"/);
    expect(html).toContain('<h2 id="avertissement-synthetique" class="font-semibold">Données synthétiques, pour essais : ne pas publier</h2>');
    expect(html).toContain('source « Jeu de données synthétique — ne pas publier »');
  });

  it('shows nothing on the real dataset', () => {
    expect(renderToStaticMarkup(<SyntheticBanner source={readDatasetFile('data/clusters.json').source} />)).toBe('');
  });
});
