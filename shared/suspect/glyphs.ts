// How alike two characters look, from their glyph images (grids of ink). OCR engines confuse characters that
// share most of their ink, or one half (a radical, 捧/摊; an enclosure, 阅/闸), so the similarity is the mean of
// the whole glyph's and the best-matching half's correlation.
import type { GlyphTable, Lookalike } from './evidence';

/** Side of the square ink grid per glyph. */
export const GRID = 16;

const HALF = GRID / 2;
const REGIONS: ((x: number, y: number) => boolean)[] = [() => true, (x) => x < HALF, (x) => x >= HALF, (_x, y) => y < HALF, (_x, y) => y >= HALF];

/** Glyph grids by character, ready to correlate. */
export class GlyphImages {
  private readonly index = new Map<string, number>();
  /** Per region: centred unit vectors, one per glyph, concatenated. */
  private readonly vectors: { dim: number; data: Float32Array }[];

  /** `chars[i]`'s grid is ink[i·GRID², (i+1)·GRID²), row by row. */
  constructor(readonly chars: readonly string[], ink: Uint8Array) {
    chars.forEach((c, i) => this.index.set(c, i));
    this.vectors = REGIONS.map((inRegion) => {
      const cells: number[] = [];
      for (let y = 0; y < GRID; y++) for (let x = 0; x < GRID; x++) if (inRegion(x, y)) cells.push(y * GRID + x);
      const dim = cells.length;
      const data = new Float32Array(chars.length * dim);
      for (let i = 0; i < chars.length; i++) {
        const base = i * GRID * GRID;
        let mean = 0;
        for (const c of cells) mean += ink[base + c];
        mean /= dim;
        let norm = 0;
        for (const c of cells) norm += (ink[base + c] - mean) ** 2;
        norm = Math.sqrt(norm) || 1;
        cells.forEach((c, k) => (data[i * dim + k] = (ink[base + c] - mean) / norm));
      }
      return { dim, data };
    });
  }

  has(char: string): boolean {
    return this.index.has(char);
  }

  /** Similarity of glyphs i and j (indices into `chars`), −1 to 1. */
  similarityAt(i: number, j: number): number {
    let whole = 0;
    let half = -1;
    for (let r = 0; r < this.vectors.length; r++) {
      const { dim, data } = this.vectors[r];
      let dot = 0;
      for (let k = 0, a = i * dim, b = j * dim; k < dim; k++) dot += data[a + k] * data[b + k];
      if (r === 0) whole = dot;
      else if (dot > half) half = dot;
    }
    return (whole + half) / 2;
  }

  /** Similarity of two characters' glyphs, 0 when either has none. */
  similarity(a: string, b: string): number {
    const i = this.index.get(a);
    const j = this.index.get(b);
    return i === undefined || j === undefined ? 0 : Math.max(0, this.similarityAt(i, j));
  }
}

/** Reads the glyph file written by scripts/build-glyphs.mjs. */
export function readGlyphImages(bytes: Uint8Array): GlyphImages {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const chars: string[] = [];
  for (let i = 0; i < count; i++) chars.push(String.fromCharCode(view.getUint16(4 + i * 2, true)));
  const start = 4 + count * 2;
  if (bytes.byteLength !== start + count * GRID * GRID) throw new Error('glyph file truncated or malformed');
  return new GlyphImages(chars, bytes.subarray(start));
}

/** Lookalikes kept per character in the table. */
export const NEIGHBOURS = 150;

/**
 * The lookalike table: for each glyph its NEIGHBOURS most similar others. Format: uint32 LE count, count × uint16
 * LE character codes, then per character NEIGHBOURS × uint16 LE indices and NEIGHBOURS similarity bytes (×1/255).
 */
export function writeLookalikeTable(images: GlyphImages): Uint8Array {
  const n = images.chars.length;
  const rowBytes = NEIGHBOURS * 3;
  const out = new Uint8Array(4 + n * 2 + n * rowBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, n, true);
  images.chars.forEach((c, i) => view.setUint16(4 + i * 2, c.charCodeAt(0), true));
  const sims = new Float32Array(n);
  const order = Array.from({ length: n }, (_, j) => j);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) sims[j] = j === i ? -2 : images.similarityAt(i, j);
    order.sort((a, b) => sims[b] - sims[a]);
    const row = 4 + n * 2 + i * rowBytes;
    for (let k = 0; k < NEIGHBOURS; k++) {
      view.setUint16(row + k * 2, order[k], true);
      out[row + NEIGHBOURS * 2 + k] = Math.round(Math.max(0, sims[order[k]]) * 255);
    }
  }
  return out;
}

/** Reads the table written by writeLookalikeTable. */
export function readLookalikeTable(bytes: Uint8Array): GlyphTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(0, true);
  const rowBytes = NEIGHBOURS * 3;
  if (bytes.byteLength !== 4 + n * 2 + n * rowBytes) throw new Error('lookalike table truncated or malformed');
  const chars: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    chars.push(String.fromCharCode(view.getUint16(4 + i * 2, true)));
    index.set(chars[i], i);
  }
  const rows = new Map<number, Lookalike[]>();
  return {
    lookalikes(char) {
      const i = index.get(char);
      if (i === undefined) return [];
      let list = rows.get(i);
      if (!list) {
        const row = 4 + n * 2 + i * rowBytes;
        list = [];
        for (let k = 0; k < NEIGHBOURS; k++) list.push({ char: chars[view.getUint16(row + k * 2, true)], similarity: bytes[row + NEIGHBOURS * 2 + k] / 255 });
        rows.set(i, list);
      }
      return list;
    },
  };
}
