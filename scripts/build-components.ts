// Builds resources/suspect/components.tsv, the suspicion engine's lookalikes by shared components (形近字，部件相同):
// pairs the glyph table misses because the shared part sits in another frame (狂/逛: 逛 is 狂 inside 辶; 先/选;
// 自/臭) or the rest differs (打/厅 share 丁). Read from the CJK Decomposition Data of Gavin Grover (cjk-decomp.txt,
// offered under six licences; used here under the MIT licence), which splits each character into its top-level
// parts and the way they join: `逛:sbl(辶,狂)`.
// usage: npx tsx scripts/build-components.ts CJK_DECOMP_TXT [OUT]   (OUT: resources/suspect/components.tsv)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLookalikeTable } from '../shared/suspect/glyphs';

const [decompFile, outFile = fileURLToPath(new URL('../resources/suspect/components.tsv', import.meta.url))] = process.argv.slice(2);
if (!decompFile) throw new Error('usage: npx tsx scripts/build-components.ts CJK_DECOMP_TXT [OUT]');

/** Kept per character, most alike first: enough for the pairs that matter, small enough to bundle. */
const PER_CHAR = 12;
/** Least similarity kept: a shared radical alone (扌 of 打 and 指) is what the glyph table already weighs. */
const MIN_SIMILARITY = 0.6;

const decomposition = new Map<string, { how: string; parts: string[] }>();
for (const line of readFileSync(decompFile, 'utf8').split('\n')) {
  const m = /^([^:]+):([^(]+)\((.*)\)$/.exec(line.trim());
  if (m) decomposition.set(m[1], { how: m[2], parts: m[3] ? m[3].split(',') : [] });
}

/** Strokes of a character or component, counted down its decomposition to the strokes (㇐, ㇑…). */
const strokeMemo = new Map<string, number>();
function strokes(c: string, depth = 0): number {
  const known = strokeMemo.get(c);
  if (known !== undefined) return known;
  const d = decomposition.get(c);
  let n = 1;
  if (d && d.parts.length > 0 && depth < 30) {
    const sum = d.parts.reduce((s, p) => s + strokes(p, depth + 1), 0);
    const times = /^r(\d)/.exec(d.how);
    n = d.how.startsWith('r') && !/^re|^rot/.test(d.how) ? sum * (times ? Number(times[1]) : 2) : sum;
  }
  strokeMemo.set(c, n);
  return n;
}

const table = readLookalikeTable(readFileSync(new URL('../resources/suspect/lookalikes.bin', import.meta.url)));
const glyphSimilarity = (a: string, b: string) => table.lookalikes(a).find((l) => l.char === b)?.similarity ?? 0;
// The characters the glyph table knows are the frequent ones; pairs of rarer characters are not worth their bytes.
const chars = [...decomposition.keys()].filter((c) => c.length === 1 && table.lookalikes(c).length > 0);
const known = new Set(chars);

const usedIn = new Map<string, string[]>();
for (const c of chars) for (const p of new Set(decomposition.get(c)!.parts)) (usedIn.get(p) ?? usedIn.set(p, []).get(p)!).push(c);

/** Similarity of a (read) and b by what they share: the share of strokes in common, plus how alike the rest is. */
function pairsOf(a: string): Map<string, { similarity: number; shared: string }> {
  const out = new Map<string, { similarity: number; shared: string }>();
  const keep = (b: string, similarity: number, shared: string) => {
    if (b === a || !/^\p{Script=Han}$/u.test(shared)) return;
    if (similarity > (out.get(b)?.similarity ?? 0)) out.set(b, { similarity, shared });
  };
  const da = decomposition.get(a)!;
  const sa = strokes(a);
  // a inside a frame, or a's frame without it (狂 → 逛, 逛 → 狂): the smaller one's strokes of the larger one's.
  for (const b of usedIn.get(a) ?? []) keep(b, sa / strokes(b), a);
  for (const b of da.parts) if (known.has(b)) keep(b, strokes(b) / sa, b);
  // A part in common (打/厅 share 丁): its share of the larger character, and where the two join alike with the
  // rest in the same place, that rest's glyph similarity for what is not shared (坦/埕: 旦 and 呈).
  for (const [i, x] of da.parts.entries()) {
    for (const b of usedIn.get(x) ?? []) {
      const db = decomposition.get(b)!;
      const share = strokes(x) / Math.max(sa, strokes(b));
      const j = db.parts.indexOf(x);
      const sameFrame = db.how === da.how && db.parts.length === 2 && da.parts.length === 2 && i === j;
      const rest = sameFrame ? glyphSimilarity(da.parts[1 - i], db.parts[1 - j]) : 0;
      keep(b, share + (1 - share) * rest, x);
    }
  }
  return out;
}

const lines = [
  '# Lookalikes by shared components, built by scripts/build-components.ts from the CJK Decomposition Data',
  '# (cjk-decomp.txt, compiled by Gavin Grover; used under the MIT licence, one of the six it is offered under).',
  '# read<TAB>printed<TAB>similarity (0–1)<TAB>the component they share; pairs the glyph table already holds are left out.',
];
let pairs = 0;
for (const a of chars) {
  const glyphs = new Set(table.lookalikes(a).map((l) => l.char));
  const best = [...pairsOf(a)]
    .filter(([b, p]) => p.similarity >= MIN_SIMILARITY && !glyphs.has(b))
    .sort((x, y) => y[1].similarity - x[1].similarity || (x[0] < y[0] ? -1 : 1))
    .slice(0, PER_CHAR);
  for (const [b, p] of best) lines.push(`${a}\t${b}\t${p.similarity.toFixed(2)}\t${p.shared}`);
  pairs += best.length;
}
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${pairs} component pairs of ${chars.length} characters → ${outFile}`);
