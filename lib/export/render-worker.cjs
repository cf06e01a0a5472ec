// Draws export files off the server's event loop, in a worker thread of lib/export/render-pool.ts:
// a captioned SVG rasterised to PNG, or written as a vector PDF.
//
// Plain CommonJS requiring packages only (no TypeScript, no `@/` alias, nothing else of the project),
// so that Node loads this very file as it is wherever the app runs: `next start`, the standalone
// folder, vitest and the export CLI. CommonJS, not ESM: the packages' `require` entry points are the
// files the build's tracing follows from render-pool.ts, so the standalone folder holds what this
// loads. Types: render-worker.d.cts.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose, see above */
const v8 = require('node:v8');
const vm = require('node:vm');
const zlib = require('node:zlib');
const { Resvg } = require('@resvg/resvg-js');
const fontkit = require('fontkit');
const PDFDocument = require('pdfkit');
const SVGtoPDF = require('svg-to-pdfkit');

// resvg's pictures live outside V8's heap, where its collector does not count them: left to itself, a
// thread drawing print PNGs back to back held up to a gigabyte of dead pixels before collecting them.
// A collection after each picture frees them as soon as the thread's event loop turns (render-pool.ts
// keeps piscina from blocking it between jobs), so a thread holds one picture at a time.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(type)) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An iTXt chunk (UTF-8, uncompressed, tagged French): `Description` is the keyword PNG readers and
 * image banks show as the picture's description; tEXt would be Latin-1 only.
 * @param {string} keyword @param {string} text
 */
function textChunk(keyword, text) {
  return chunk('iTXt', Buffer.concat([Buffer.from(`${keyword}\0\0\0fr\0\0`, 'latin1'), Buffer.from(text, 'utf8')]));
}

/**
 * Encodes straight (non-premultiplied) RGBA pixels as a PNG file. Large print images are mostly
 * white: quick deflate settings compress them well in a fraction of the rasteriser's own encoder's time.
 * @param {number} width @param {number} height @param {Uint8Array} rgba @param {number} [dpi] @param {string} [description]
 */
function encodePng(width, height, rgba, dpi, description) {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`expected ${stride * height} bytes of pixels, got ${rgba.length}`);
  const raw = Buffer.alloc((stride + 1) * height);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride); // filter 0 per row
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const chunks = [chunk('IHDR', header)];
  if (dpi) {
    const perMetre = Math.round(dpi / 0.0254);
    const phys = Buffer.alloc(9);
    phys.writeUInt32BE(perMetre, 0);
    phys.writeUInt32BE(perMetre, 4);
    phys[8] = 1; // unit: metre
    chunks.push(chunk('pHYs', phys));
  }
  if (description) chunks.push(textChunk('Description', description));
  chunks.push(chunk('IDAT', zlib.deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([SIGNATURE, ...chunks]);
}

/**
 * The SVG drawn `width` px wide on white (or on nothing, `transparent`), with the given font files
 * only (never the machine's, so that the picture is the same everywhere), marked with its print resolution.
 * @param {import('./render-worker.cjs').PngJob} job
 */
function svgToPng({ svg, width, dpi, fonts, transparent, description }) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: Object.values(fonts.files), loadSystemFonts: false, defaultFontFamily: fonts.defaultFamily },
    background: transparent ? undefined : '#ffffff',
  });
  const image = resvg.render();
  return encodePng(image.width, image.height, image.pixels, dpi, description);
}

/** Fonts parsed once per thread. @type {Map<string, import('fontkit').Font>} */
const parsedFonts = new Map();

/** @param {string} file */
function parsedFont(file) {
  let font = parsedFonts.get(file);
  if (!font) {
    const opened = fontkit.openSync(file);
    if (!('layout' in opened)) throw new Error(`${file} holds several fonts`);
    font = opened;
    parsedFonts.set(file, font);
  }
  return font;
}

/**
 * A vector PDF of the page's size in points, fonts embedded, text selectable.
 * @param {import('./render-worker.cjs').PdfJob} job
 * @returns {Promise<Buffer>}
 */
function svgToPdf({ svg, width, height, title, subject, date, fonts }) {
  return new Promise((resolve, reject) => {
    // Created at noon (UTC) of the export's day, not now: pdfkit derives the file's ID from its
    // metadata, so a dated URL then gives the same bytes from any server, at any time.
    const created = date ? { CreationDate: new Date(`${date}T12:00:00Z`) } : {};
    const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Title: title, ...(subject ? { Subject: subject } : {}), ...created, Creator: "Grappes d'entreprises" }, lang: 'fr-FR' });
    // Each font parsed once per thread, not once per file: pdfkit takes a fontkit font as it is, and
    // then keeps only the subset and the layout cache of this document.
    for (const [role, file] of Object.entries(fonts.files)) doc.registerFont(role, parsedFont(file));
    /** @type {Buffer[]} */
    const chunks = [];
    doc.on('data', (data) => chunks.push(data));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    SVGtoPDF(doc, svg, 0, 0, {
      width,
      height,
      assumePt: true,
      /** @param {string} family @param {boolean} bold */
      fontCallback: (family, bold) => {
        if (/serif/i.test(family) && !/sans/i.test(family)) return 'serif';
        // svg-to-pdfkit reads 600 and 700 alike as bold: labels (600) are the most common.
        return bold ? 'sansSemibold' : 'sans';
      },
    });
    doc.end();
  });
}

/**
 * What the pool runs: one job, one file.
 * @param {import('./render-worker.cjs').RenderJob} job
 */
async function renderExportFile(job) {
  if (job.kind === 'pdf') return svgToPdf(job);
  try {
    return svgToPng(job);
  } finally {
    collectGarbage();
  }
}

module.exports = renderExportFile;
module.exports.default = renderExportFile;
module.exports.encodePng = encodePng;
module.exports.svgToPng = svgToPng;
module.exports.svgToPdf = svgToPdf;
