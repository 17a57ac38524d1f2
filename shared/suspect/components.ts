// Lookalikes by shared components, as scripts/build-components.ts derives them from a character decomposition
// (resources/suspect/components.tsv: `read<TAB>printed<TAB>similarity<TAB>shared` per line, `#` lines are notes):
// Tesseract reads 逛 as 狂 and 选 as 先, dropping a frame whose ink the glyph table weighs against the pair.
import type { ComponentLookalike, ComponentTable } from './evidence';

/** ComponentTable from the table's text; malformed lines are refused, since the table is built, not typed. */
export function readComponentTable(text: string): ComponentTable {
  const byRead = new Map<string, ComponentLookalike[]>();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [read, char, similarity, shared] = line.split('\t');
    const s = Number(similarity);
    if (!read || !char || !shared || !(s > 0 && s <= 1)) throw new Error(`component table line ${i + 1} malformed: ${line}`);
    (byRead.get(read) ?? byRead.set(read, []).get(read)!).push({ char, similarity: s, shared });
  });
  for (const list of byRead.values()) list.sort((a, b) => b.similarity - a.similarity);
  return { lookalikes: (read) => byRead.get(read) ?? [] };
}
