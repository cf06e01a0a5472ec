import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '@/lib/data';
import { syntheticDataset } from '@/lib/synthetic';
import { SyntheticBanner } from './synthetic-banner';

describe('SyntheticBanner', () => {
  it('says, as a status, that a synthetic dataset must not be published', () => {
    const html = renderToStaticMarkup(<SyntheticBanner source={syntheticDataset(7, 1).source} />);
    expect(html).toMatch(/^<div role="status"/);
    expect(html).toContain('<p class="font-semibold">Données synthétiques, pour essais : ne pas publier</p>');
    expect(html).toContain('source « Jeu de données synthétique — ne pas publier »');
  });

  it('shows nothing on the real dataset', () => {
    expect(renderToStaticMarkup(<SyntheticBanner source={readDatasetFile('data/clusters.json').source} />)).toBe('');
  });
});
