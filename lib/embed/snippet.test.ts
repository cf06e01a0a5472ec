import { describe, expect, it } from 'vitest';
import { HOST_SCRIPT_URL } from './host-script';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from './snippet';

describe('embedSnippet', () => {
  it('frames the embed at its default height, lazily, named by its title, then loads the versioned script', () => {
    const snippet = embedSnippet({ origin: 'https://grappes.journal.fr', embedPath: '/integrer/membres?secteur=plasturgie,emballage', title: 'Membres par grappe — Grappes d’entreprises' });
    expect(snippet).toBe(
      `<iframe src="https://grappes.journal.fr/integrer/membres?secteur=plasturgie,emballage" title="Membres par grappe — Grappes d’entreprises" width="100%" height="${DEFAULT_EMBED_HEIGHT}" loading="lazy" style="display:block;width:100%;border:0"></iframe>\n` +
        `<script async src="https://grappes.journal.fr${HOST_SCRIPT_URL}"></script>`,
    );
    expect(HOST_SCRIPT_URL).toMatch(/^\/integrer\.js\?v=[0-9a-f]{8}$/);
  });

  it('escapes what it writes into attributes', () => {
    const snippet = embedSnippet({ origin: 'https://a.fr', embedPath: '/integrer/membres?grappe=x&theme=sombre', title: 'Les « grappes » "x" <b>', height: 480 });
    expect(snippet).toContain('src="https://a.fr/integrer/membres?grappe=x&amp;theme=sombre"');
    expect(snippet).toContain('title="Les « grappes » &quot;x&quot; &lt;b&gt;"');
    expect(snippet).toContain('height="480"');
  });
});
