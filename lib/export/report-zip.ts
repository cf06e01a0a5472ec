// The report's bytes: each file made as its export URL makes it, one after the other, then one ZIP.
//
// fflate, not archiver or yazl: no dependency of its own (already in the tree under pdfkit), types
// included, maintained, and a synchronous zip of buffers already in memory, where the others stream
// to a file or socket. Zipping costs little here: PNG and PDF are stored as they are (already
// compressed), only the text files are deflated; the drawing is what costs, and it runs on the
// render pool's threads through produceExport.
import { zipSync, type Zippable } from 'fflate';
import type { Dataset } from '../data/schema';
import { produceExport, type ChartMarkupRenderer } from './produce';
import { reportChartFiles, reportIndexHtml, reportIndexMarkdown, type ReportView } from './report';

export type ReportEntry = { name: string; body: Buffer };

type ReportOptions = { every?: boolean; env?: Record<string, string | undefined> };

/**
 * Every file of the report, in the order the index lists them. Drawn one after the other, so that a
 * report holds at most one place in the render queue and never turns away its own files (a
 * RenderQueueFullError when the queue is full already).
 */
export async function produceReport(dataset: Dataset, view: ReportView, renderMarkup: ChartMarkupRenderer, options: ReportOptions = {}): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const file of reportChartFiles(view, options)) {
    const produced = await produceExport(dataset, file.request, renderMarkup);
    entries.push({ name: file.name, body: produced.body });
  }
  entries.push({ name: 'index.html', body: Buffer.from(reportIndexHtml(dataset, view, options), 'utf8') });
  entries.push({ name: 'index.md', body: Buffer.from(reportIndexMarkdown(dataset, view, options), 'utf8') });
  return entries;
}

/** Formats whose bytes are compressed already: deflating them again costs time for nothing. */
const STORED = /\.(png|pdf)$/;

/**
 * The ZIP of the entries, each dated at noon of the report's day (UTC), so that one URL always
 * gives the same bytes, and the same ETag, whenever it is made.
 */
export function zipReport(entries: ReportEntry[], date: string): Buffer {
  const mtime = new Date(`${date}T12:00:00Z`);
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [new Uint8Array(entry.body), { level: STORED.test(entry.name) ? 0 : 6, mtime }];
  const zipped = zipSync(files);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
