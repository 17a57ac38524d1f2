// Builds the suspicion engine's evidence in Node: the dictionary of @node-rs/jieba (word frequencies) and the
// bundled lookalike table (resources/suspect/lookalikes.bin, built by scripts/build-glyphs.mjs and
// scripts/build-lookalikes.ts from the Noto CJK glyphs), the engine's confusions and the lookalikes by shared
// components (confusions.tsv, components.tsv). Each loads once, lazily, on first use: parsing without
// suspicions pays nothing.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charModel, readComponentTable, readConfusionTable, type CharModel, type ComponentTable, type ConfusionCounts, type EngineConfusions, type GlyphTable, type NameEvidence, type PaperEvidence, type SuspicionEvidence, type WordFrequencies } from '../../shared/suspect';
import { readLookalikeTable } from '../../shared/suspect/glyphs';
import { wordIndex } from '../../shared/suspect/words';

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

/** Word frequencies from a jieba dictionary text (`word freq tag` lines), and surnames from its names (tag nr). */
export function parseDictionary(text: string): { words: WordFrequencies; names: NameEvidence } {
  const counts = new Map<string, number>();
  const initial = new Map<string, number>();
  const nameInitial = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const [word, f, tag] = line.split(' ');
    const freq = parseInt(f, 10);
    if (!word || word.length > MAX_WORD_LENGTH || !(freq > 0)) continue;
    counts.set(word, (counts.get(word) ?? 0) + freq);
    total += freq;
    if (word.length < 2) continue;
    initial.set(word[0], (initial.get(word[0]) ?? 0) + freq);
    if (tag?.trim() === 'nr' && word.length <= 3) nameInitial.set(word[0], (nameInitial.get(word[0]) ?? 0) + freq);
  }
  return {
    words: { frequency: (w) => counts.get(w) ?? 0, entries: () => counts.entries(), total, maxWordLength: MAX_WORD_LENGTH },
    names: { surname: (c) => (nameInitial.get(c) ?? 0) / (initial.get(c) || 1) },
  };
}

let words: { words: WordFrequencies; names: NameEvidence } | null = null;
let chars: CharModel | null = null;
let glyphs: GlyphTable | null = null;

/** The dictionary, read on first use. */
function parsedDictionary(): { words: WordFrequencies; names: NameEvidence } {
  words ??= parseDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  return words;
}

export function dictionary(): WordFrequencies {
  return parsedDictionary().words;
}

/** The dictionary's trie, which the engine walks instead of looking strings up: built with the evidence, not on the first article. */
function indexedDictionary(): WordFrequencies {
  const words = dictionary();
  wordIndex(words);
  return words;
}

/** The character model of the dictionary, built on first use. */
export function characterModel(): CharModel {
  chars ??= charModel(dictionary().entries());
  return chars;
}

/** The lookalike table, read on first use. */
export function lookalikeTable(): GlyphTable {
  glyphs ??= readLookalikeTable(readFileSync(resourceFile('lookalikes.bin')));
  return glyphs;
}

let engine: EngineConfusions | null = null;

/** The OCR engine's measured confusions, read on first use. */
export function engineConfusions(): EngineConfusions {
  engine ??= readConfusionTable(readFileSync(resourceFile('confusions.tsv'), 'utf8'));
  return engine;
}

let components: ComponentTable | null = null;

/** Lookalikes by shared components, read on first use. */
export function componentTable(): ComponentTable {
  components ??= readComponentTable(readFileSync(resourceFile('components.tsv'), 'utf8'));
  return components;
}

/** Evidence for one article: the bundled tables plus what the library knows of its paper, where known. */
export function suspicionEvidence(library: { paper?: PaperEvidence; confusions?: ConfusionCounts } = {}): SuspicionEvidence {
  return { glyphs: lookalikeTable(), words: indexedDictionary(), chars: characterModel(), names: parsedDictionary().names, engine: engineConfusions(), components: componentTable(), ...library };
}
