// Builds the suspicion engine's evidence in Node: the dictionary of @node-rs/jieba (word frequencies) and the
// bundled lookalike table (resources/suspect/lookalikes.bin, built by scripts/build-glyphs.mjs and
// scripts/build-lookalikes.ts from the Noto CJK glyphs). Both load once, lazily, on first use: parsing without
// suspicions pays nothing.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfusionCounts, GlyphTable, PaperEvidence, SuspicionEvidence, WordFrequencies } from '../../shared/suspect';
import { readLookalikeTable } from '../../shared/suspect/glyphs';

const require = createRequire(import.meta.url);

/** Words longer than this are never looked up by the engine, so they are not kept. */
const MAX_WORD_LENGTH = 4;

/** The packaged app's resources/suspect, else the repository's (this file sits two folders below the root, as does the built main bundle). */
function resourceFile(name: string): string {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [resourcesPath && join(resourcesPath, 'suspect', name), fileURLToPath(new URL(`../../resources/suspect/${name}`, import.meta.url))];
  const found = candidates.find((f): f is string => !!f && (statSync(f, { throwIfNoEntry: false })?.isFile() ?? false));
  if (!found) throw new Error(`suspicion data missing: resources/suspect/${name}`);
  return found;
}

/** Word frequencies from a jieba dictionary text (`word freq tag` lines). */
export function parseDictionary(text: string): WordFrequencies {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    if (word.length > MAX_WORD_LENGTH) continue;
    const freq = parseInt(line.slice(space + 1), 10);
    if (!(freq > 0)) continue;
    counts.set(word, (counts.get(word) ?? 0) + freq);
    total += freq;
  }
  return { frequency: (w) => counts.get(w) ?? 0, total, maxWordLength: MAX_WORD_LENGTH };
}

let words: WordFrequencies | null = null;
let glyphs: GlyphTable | null = null;

/** The dictionary, read on first use. */
export function dictionary(): WordFrequencies {
  words ??= parseDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  return words;
}

/** The lookalike table, read on first use. */
export function lookalikeTable(): GlyphTable {
  glyphs ??= readLookalikeTable(readFileSync(resourceFile('lookalikes.bin')));
  return glyphs;
}

/** Evidence for one article: the bundled tables plus what the library knows of its paper, where known. */
export function suspicionEvidence(library: { paper?: PaperEvidence; confusions?: ConfusionCounts } = {}): SuspicionEvidence {
  return { glyphs: lookalikeTable(), words: dictionary(), ...library };
}
