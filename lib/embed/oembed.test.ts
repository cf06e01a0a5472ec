import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { HOST_SCRIPT_URL } from './host-script';
import { embedOfUrl, oembedAlternates, oembedReply, THUMBNAIL_WIDTH, type OembedContext } from './oembed';
import { DEFAULT_EMBED_HEIGHT } from './snippet';

const dataset = readDatasetFile('data/clusters.json');
const SITE = 'https://grappes.journal.fr';
const context: OembedContext = { dataset, siteUrl: SITE, requestOrigin: 'http://127.0.0.1:3000', thumbnailHeight: () => 1500 };
const reply = (query: Record<string, string>) => oembedReply(new URLSearchParams(query), context);
const origins = { siteUrl: SITE, requestOrigin: 'http://127.0.0.1:3000' };
const viewOf = (url: string) => embedOfUrl(new URL(url), dataset, origins);

describe('embedOfUrl', () => {
  it('reads an embed’s address, the overview’s (its first chart) and a cluster page’s, at the site’s origin or the request’s', () => {
    expect(viewOf(`${SITE}/integrer/emplois?secteur=plasturgie&theme=sombre`)).toEqual({ chart: 'emplois', sectors: ['plasturgie'], highlight: null, theme: 'sombre' });
    expect(viewOf(`${SITE}/?secteur=emballage,plasturgie&tri=membres`)).toEqual({ chart: 'membres', sectors: ['plasturgie', 'emballage'], highlight: null, theme: null });
    expect(viewOf(`${SITE}`)).toMatchObject({ chart: 'membres', sectors: [] });
    expect(viewOf('http://127.0.0.1:3000/grappes/nord-package')).toEqual({ chart: 'membres', sectors: [], highlight: 'nord-package', theme: null });
  });

  it('knows nothing of another origin, an unknown path, cluster or chart, or a filter the page would comment on', () => {
    for (const url of [
      'https://ailleurs.fr/integrer/membres',
      'https://grappes.journal.fr.ailleurs.fr/',
      `${SITE}/grappes/inconnue`,
      `${SITE}/integrer/carte`,
      `${SITE}/a-propos`,
      `${SITE}/?secteur=aeronautique`,
    ]) {
      expect(viewOf(url), url).toBeNull();
    }
  });
});

describe('oembedReply', () => {
  it('answers a rich object whose html frames the embed of the URL’s view', () => {
    const answer = reply({ url: `${SITE}/?secteur=plasturgie`, format: 'json' });
    expect(answer).toEqual({
      status: 200,
      answer: {
        version: '1.0',
        type: 'rich',
        title: 'Membres par grappe · Secteurs : plasturgie — Grappes d\'entreprises',
        provider_name: "Grappes d'entreprises",
        provider_url: `${SITE}/`,
        html: expect.stringContaining(`<iframe src="${SITE}/integrer/membres?secteur=plasturgie" title="Membres par grappe · Secteurs : plasturgie — Grappes d'entreprises"`),
        width: 640,
        height: DEFAULT_EMBED_HEIGHT,
        thumbnail_url: `${SITE}/export/membres.png?secteur=plasturgie`,
        thumbnail_width: THUMBNAIL_WIDTH,
        thumbnail_height: 1500,
      },
    });
    expect(answer.status === 200 && answer.answer.html).toContain(`<script async src="${SITE}${HOST_SCRIPT_URL}"></script>`);
  });

  it('names the cluster a cluster page picks out, and keeps within maxwidth and maxheight', () => {
    const answer = reply({ url: `${SITE}/grappes/nord-package`, maxwidth: '400', maxheight: '500' });
    expect(answer).toMatchObject({ status: 200, answer: { width: 400, height: 500, title: 'Membres par grappe · Nord Package — Grappes d\'entreprises', thumbnail_url: `${SITE}/export/membres.png?grappe=nord-package` } });
    expect(answer.status === 200 && answer.answer.html).toContain('height="500"');
  });

  it('refuses what it cannot answer: 400 for a missing or malformed parameter, 404 for an address not ours, 501 for XML', () => {
    expect(reply({})).toMatchObject({ status: 400 });
    expect(reply({ url: '/?secteur=plasturgie' })).toMatchObject({ status: 400 });
    expect(reply({ url: `${SITE}/`, maxwidth: 'large' })).toMatchObject({ status: 400 });
    expect(reply({ url: `${SITE}/`, format: 'yaml' })).toMatchObject({ status: 400 });
    expect(reply({ url: 'https://ailleurs.fr/', format: 'json' })).toMatchObject({ status: 404 });
    expect(reply({ url: `${SITE}/grappes/inconnue` })).toMatchObject({ status: 404 });
    expect(reply({ url: `${SITE}/`, format: 'xml' })).toMatchObject({ status: 501 });
  });
});

describe('oembedAlternates', () => {
  it('gives the discovery link of a page, its address encoded', () => {
    expect(oembedAlternates(SITE, `${SITE}/?secteur=plasturgie`, 'Membres')).toEqual({
      types: { 'application/json+oembed': [{ url: `${SITE}/oembed?url=${encodeURIComponent(`${SITE}/?secteur=plasturgie`)}&format=json`, title: 'Membres' }] },
    });
  });
});
