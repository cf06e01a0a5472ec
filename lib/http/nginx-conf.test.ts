import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxConfAt } from './nginx-conf';

const conf = readFileSync('deploy/nginx.conf', 'utf8');
const place = { port: 3507, upstreamPort: 3506, prefix: '/tmp/nginx-test', asRoot: false };

describe('nginxConfAt', () => {
  it('moves the ports and every file nginx writes into the prefix folder', () => {
    const moved = nginxConfAt(conf, place);
    expect(moved).toContain('listen 127.0.0.1:3507;');
    expect(moved).toContain('server 127.0.0.1:3506;');
    expect(moved).toContain('proxy_cache_path /tmp/nginx-test/cache ');
    expect(moved).toContain('proxy_temp_path /tmp/nginx-test/proxy;');
    expect(moved).not.toMatch(/\/var\/|\/run\/|listen 80;|:3000;|www-data/);
    expect(nginxConfAt(conf, { ...place, asRoot: true })).toContain('user root;');
  });

  it('keeps every other line as deployed', () => {
    const moved = nginxConfAt(conf, place);
    for (const line of conf.split('\n').filter((l) => /proxy_cache_(key|bypass)|proxy_no_cache|X-Cache-Status|proxy_set_header/.test(l))) {
      expect(moved).toContain(line);
    }
  });

  it('fails loudly when the deployed file no longer has a line it replaces', () => {
    expect(() => nginxConfAt(conf.replace('listen 80;', 'listen 8080;'), place)).toThrow('listen 80;');
  });
});
