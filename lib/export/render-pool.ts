// The worker threads that draw export files (PNG pixels, PDF pages), so that the server's event loop
// keeps answering pages while a print PNG renders; bounded in threads and in waiting jobs.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { RenderJob } from './render-worker.cjs';

/**
 * One core is left to the event loop (pages, API, the SVG composition of exports), so that pages
 * answer while files render. At most 4: a PNG at scale 4 holds about 350 MB of pixels while
 * it is drawn and compressed, and the threads are what bounds that memory.
 */
export const RENDER_THREADS = Math.max(1, Math.min(availableParallelism() - 1, 4));

/**
 * Jobs waiting for a thread: four print PNGs each, a wait of about two seconds on a small machine.
 * Past it, a request is told to come back (a 503) rather than kept waiting with its memory.
 */
export const RENDER_QUEUE = 4 * RENDER_THREADS;

/** The worker, relative to the working directory: the project root, or the standalone folder (next.config.js ships it there). */
export const RENDER_WORKER_FILE = 'lib/export/render-worker.cjs';

/** Said when the threads are busy and the queue is full: the caller answers 503 with Retry-After. */
export class RenderQueueFullError extends Error {
  constructor() {
    super('export queue full');
    this.name = 'RenderQueueFullError';
  }
}

export type RenderPool = {
  run(job: RenderJob): Promise<Buffer>;
  /** Jobs waiting for a thread. */
  readonly queued: number;
  /** True while a new job would be turned away: callers check it before preparing one. */
  readonly full: boolean;
  /** True once a thread failed outside any job (its file would not load, say): the pool is then closed. */
  readonly broken: boolean;
  destroy(): Promise<void>;
};

/**
 * The packages the worker imports, resolved from here before a thread starts. A missing one is then
 * named in the error instead of failing inside a thread; and the build's file tracing, which cannot
 * follow the worker (Node loads it by its path), sees them here and ships them in the standalone
 * folder (next.config.js keeps them external). Each name is written out: the tracing reads literals.
 */
function checkWorkerPackages(): void {
  try {
    require.resolve('@resvg/resvg-js');
    require.resolve('pdfkit');
    require.resolve('svg-to-pdfkit');
    require.resolve('fontkit');
  } catch (error) {
    throw new Error(`the export worker cannot start: ${(error as Error).message}`);
  }
  try {
    // Optional: what piscina lowers the threads' priority with (niceIncrement), when it is installed.
    require.resolve('@napi-rs/nice');
  } catch {
    // the threads then run at the event loop's priority
  }
}

export function createRenderPool({ threads = RENDER_THREADS, queue = RENDER_QUEUE, workerFile = RENDER_WORKER_FILE } = {}): RenderPool {
  checkWorkerPackages();
  // Not traced from here (see next.config.js): the file is loaded by Node, not by the bundler.
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), workerFile);
  const pool = new Piscina<RenderJob, Uint8Array>({
    filename: pathToFileURL(file).href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queue,
    // A thread left idle for a minute ends, and the memory of its last drawing with it.
    idleTimeout: 60_000,
    // Between jobs the thread's event loop must turn: resvg's pixel buffers are freed by finalizers
    // that run there after a garbage collection. piscina's default, a thread blocked in Atomics.wait
    // while it waits for work, never runs them, and each print PNG then kept about 130 MB for good.
    atomics: 'disabled',
    // Renders yield the core to the event loop when both want it (Linux threads each have their nice value).
    niceIncrement: 10,
  });
  let broken = false;
  // A thread that fails outside a job (the worker file or a package would not load) would otherwise
  // be an uncaught error of the server, and the jobs waiting for it would wait forever: the pool is
  // closed, which rejects them, and the next export starts a new one.
  pool.on('error', (error: unknown) => {
    console.error('export render thread failed:', error);
    broken = true;
    void pool.destroy();
  });
  return {
    async run(job) {
      try {
        // No abort signal: piscina 5.3 keeps jobs that have one in a side queue that maxQueue does not bound.
        const bytes = await pool.run(job);
        // A worker's Buffer arrives as a plain Uint8Array.
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        // piscina's own error for its maxQueue (it exports no class for it); render-pool.test.ts checks it.
        if (error instanceof Error && error.message === 'Task queue is at limit') throw new RenderQueueFullError();
        throw error;
      }
    },
    get queued() {
      return pool.queueSize;
    },
    get full() {
      return pool.queueSize >= queue;
    },
    get broken() {
      return broken;
    },
    destroy: () => pool.destroy(),
  };
}

let shared: RenderPool | undefined;

/** True when the process's pool would turn a new job away: then nothing is worth preparing for it. */
export function renderQueueFull(): boolean {
  return shared !== undefined && !shared.broken && shared.full;
}

/** Draws a file on the process's pool, made on first use. */
export function renderOffThread(job: RenderJob): Promise<Buffer> {
  if (!shared || shared.broken) shared = createRenderPool();
  return shared.run(job);
}
