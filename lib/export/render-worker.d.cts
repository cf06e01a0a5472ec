// Types of render-worker.cjs, the export worker, which stays plain JavaScript so that Node runs it as it is.
import type { FontRole } from './fonts';

/** The export fonts, by role: file paths (absolute, or relative to the working directory). */
export type WorkerFonts = { files: Record<FontRole, string>; defaultFamily: string };

/** A PNG `width` px wide, marked `dpi` for print; on white unless `transparent`. */
/** `description`: the picture's text alternative, in an iTXt "Description" chunk. */
export type PngJob = { kind: 'png'; svg: string; width: number; dpi: number; fonts: WorkerFonts; transparent?: boolean; description?: string };

/** A PDF page of `width` × `height` points. */
/** `subject`: the document's text alternative, in its Subject metadata; `date` (AAAA-MM-JJ): its creation day. */
export type PdfJob = { kind: 'pdf'; svg: string; width: number; height: number; title: string; subject?: string; date?: string | null; fonts: WorkerFonts };

export type RenderJob = PngJob | PdfJob;

export declare function encodePng(width: number, height: number, rgba: Uint8Array, dpi?: number, description?: string): Buffer;
export declare function svgToPng(job: Omit<PngJob, 'kind'>): Buffer;
export declare function svgToPdf(job: Omit<PdfJob, 'kind'>): Promise<Buffer>;
declare function renderExportFile(job: RenderJob): Promise<Buffer>;
export default renderExportFile;
