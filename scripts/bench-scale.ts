// npm run bench -- --scale: build time, page weight, API latency and click-to-chart time at 7, 126 and 1 000 clusters.
export async function benchScale(): Promise<void> {
  throw new Error('npm run bench -- --scale is not written yet');
}
