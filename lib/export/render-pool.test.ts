import { afterAll, describe, expect, it, vi } from 'vitest';
import { EXPORT_FONTS, fontPath, type FontRole } from './fonts';
import { createRenderPool, RenderQueueFullError } from './render-pool';
import { svgToPng, type PngJob, type WorkerFonts } from './render-worker.cjs';

const fonts: WorkerFonts = {
  files: Object.fromEntries((Object.keys(EXPORT_FONTS) as FontRole[]).map((role) => [role, fontPath(role)])) as Record<FontRole, string>,
  defaultFamily: EXPORT_FONTS.sans.family,
};

const page = (words: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80">` +
  `<text x="24" y="40" font-size="24" font-family="'Source Serif 4', serif" font-weight="600">${words}</text></svg>`;

const job = (words: string, width = 1200): PngJob => ({ kind: 'png', svg: page(words), width, dpi: 144, fonts });

describe('the render pool', () => {
  const pools: Array<ReturnType<typeof createRenderPool>> = [];
  afterAll(() => Promise.all(pools.map((pool) => pool.destroy())));

  it('draws a PNG on a worker thread, byte for byte the one drawn on this thread', async () => {
    const pool = createRenderPool({ threads: 1, queue: 2 });
    pools.push(pool);
    const drawn = await pool.run(job('Plasturgie'));
    expect(Buffer.isBuffer(drawn)).toBe(true);
    expect(drawn.equals(svgToPng({ svg: page('Plasturgie'), width: 1200, dpi: 144, fonts }))).toBe(true);
    expect(drawn.readUInt32BE(16)).toBe(1200);
  });

  it('turns a job away with a RenderQueueFullError once its threads are busy and its queue is full', async () => {
    const pool = createRenderPool({ threads: 1, queue: 2 });
    pools.push(pool);
    // Print-sized pictures, so that the first is still drawing when the last are asked for.
    const runs = Array.from({ length: 6 }, (_, i) => pool.run(job(`Page ${i}`, 4800)));
    expect(pool.full).toBe(true);
    const settled = await Promise.allSettled(runs);
    const refused = settled.filter((s) => s.status === 'rejected');
    const drawn = settled.filter((s) => s.status === 'fulfilled');
    expect(refused.length).toBeGreaterThan(0);
    for (const s of refused) expect((s as PromiseRejectedResult).reason).toBeInstanceOf(RenderQueueFullError);
    // One thread drawing and two waiting; those are the ones drawn.
    expect(drawn).toHaveLength(3);
    // Once the queue has drained, jobs are taken again.
    expect(pool.full).toBe(false);
    expect((await pool.run(job('Encore'))).readUInt32BE(16)).toBe(1200);
  });

  it('fails the jobs of a thread that cannot start instead of keeping them waiting', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pool = createRenderPool({ threads: 1, queue: 2, workerFile: 'lib/export/no-such-worker.cjs' });
    await expect(pool.run(job('Perdu'))).rejects.toThrow();
    expect(pool.broken).toBe(true);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
