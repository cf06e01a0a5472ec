import { expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { sourceLine } from './source-line';

it('names the article, its byline and its approximate date in the source line', () => {
  expect(sourceLine(readDatasetFile('data/clusters.json'))).toMatch(/J\.-M\. P\..*22 janvier 2011/);
});
