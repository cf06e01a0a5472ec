import { describe, expect, it } from 'vitest';
import { publisherSite, sourceCitationLink } from './public-sources';

describe('publisherSite', () => {
  it('links a publisher named by its domain to that site', () => {
    expect(publisherSite('villesdefrance.fr')).toBe('https://villesdefrance.fr/');
    expect(publisherSite('banquedesterritoires.fr')).toBe('https://banquedesterritoires.fr/');
  });
  it('links nothing for a publisher named in words', () => {
    expect(publisherSite("rapport d'évaluation")).toBeNull();
    expect(publisherSite('générateur de données synthétiques')).toBeNull();
    expect(publisherSite('localhost')).toBeNull();
    expect(publisherSite('javascript:alert(1)')).toBeNull();
  });
});

describe('sourceCitationLink', () => {
  it('gives the page when the dataset has its address, and the site apart', () => {
    const link = sourceCitationLink({ title: 'Un titre', publisher: 'villesdefrance.fr', url: 'https://villesdefrance.fr/page' });
    expect(link).toEqual({
      publisher: 'villesdefrance.fr',
      title: 'Un titre',
      pageHref: 'https://villesdefrance.fr/page',
      siteHref: 'https://villesdefrance.fr/',
    });
  });
  it('gives no page it does not know', () => {
    expect(sourceCitationLink({ title: 'Évaluation', publisher: "rapport d'évaluation" })).toMatchObject({ pageHref: null, siteHref: null });
  });
});
