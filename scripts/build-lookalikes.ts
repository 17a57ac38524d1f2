// Builds resources/suspect/lookalikes.bin, the suspicion engine's table of visually similar characters (形近字),
// from the glyph images scripts/build-glyphs.mjs draws: for each character its most similar glyphs.
// usage: node scripts/build-glyphs.mjs && npx tsx scripts/build-lookalikes.ts   (a few minutes)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readGlyphImages, writeLookalikeTable } from '../shared/suspect/glyphs';

const glyphs = new URL('../resources/suspect/glyphs.bin', import.meta.url);
const images = readGlyphImages(readFileSync(glyphs));
writeFileSync(new URL('../resources/suspect/lookalikes.bin', import.meta.url), writeLookalikeTable(images));
// The images are only an intermediate: the app reads the table.
rmSync(glyphs);
console.log(`lookalikes of ${images.chars.length} characters`);
