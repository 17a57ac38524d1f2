// The OCR engine's own confusions, as scripts/build-confusions.mjs measures them (resources/suspect/confusions.tsv:
// `read<TAB>printed<TAB>count<TAB>printedSeen` per line): Tesseract reads 摊 as 捧, 邱 as 印 although the glyphs
// share less ink than the table of lookalikes needs, and those pairs are the likeliest originals of what it read.
import type { EngineConfusions } from './evidence';

/** EngineConfusions from the table's text; malformed lines are refused, since the table is built, not typed. */
export function readConfusionTable(text: string): EngineConfusions {
  const byRead = new Map<string, { char: string; count: number; seen: number }[]>();
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const [read, printed, count, seen] = line.split('\t');
    const n = Number(count);
    const of = Number(seen);
    if (!read || !printed || !(n > 0) || !(of >= n)) throw new Error(`confusion table line ${i + 1} malformed: ${line}`);
    (byRead.get(read) ?? byRead.set(read, []).get(read)!).push({ char: printed, count: n, seen: of });
  });
  for (const list of byRead.values()) list.sort((a, b) => b.count / b.seen - a.count / a.seen);
  return { printedAs: (read) => byRead.get(read) ?? [] };
}
