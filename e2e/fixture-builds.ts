// The test datasets that get a production build and a server of their own (see scripts/build-fixtures.ts).
export type FixtureBuild = { name: string; dataFile: string; distDir: string; port: number };

export const FIXTURE_BUILDS: FixtureBuild[] = [
  { name: 'hostile', dataFile: 'e2e/fixtures/hostile.json', distDir: '.next-hostile', port: 3102 },
  { name: 'scale', dataFile: '.synthetic/grappes-1000.json', distDir: '.next-scale', port: 3103 },
];
