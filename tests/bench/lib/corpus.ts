// Benchmark material built from the sample pages: page variants, OCR/cleaned text pairs, a long article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyzedPage } from '../../../shared/model/types';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SAMPLES_DIR = join(ROOT, 'resources', 'samples');

export interface SamplePage {
  file: string;
  text: string;
}

export function samplePages(): SamplePage[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SAMPLES_DIR, file), 'utf8') }));
}

/** A small seeded generator (mulberry32), so every run benchmarks the same corpus. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * A page that reads like `page` but differs from it: some Han characters swapped for others from the page,
 * digits changed, neighbouring body paragraphs swapped, a paragraph dropped or doubled now and then.
 */
export function pageVariant(page: string, seed: number): string {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const han = Array.from(page).filter((c) => HAN.test(c));
  const lines = page.split('\n').map((line) => {
    if (line.length < 20 || random() > 0.3) return line;
    return Array.from(line)
      .map((c) => (HAN.test(c) && random() < 0.05 ? pick(han) : /\d/.test(c) && random() < 0.3 ? String(Math.floor(random() * 10)) : c))
      .join('');
  });
  const body = lines.flatMap((line, i) => (line.length > 40 ? [i] : []));
  for (let n = 0; n < 3 && body.length > 1; n++) {
    const k = Math.floor(random() * (body.length - 1));
    const [a, b] = [body[k], body[k + 1]];
    [lines[a], lines[b]] = [lines[b], lines[a]];
  }
  const roll = random();
  if (body.length > 0 && roll < 0.3) lines.splice(pick(body), 1);
  else if (body.length > 0 && roll < 0.5) {
    const at = pick(body);
    lines.splice(at, 0, lines[at]);
  }
  return lines.join('\n');
}

/** A page's text the way the parser hands bodies over: one paragraph per line, blank lines dropped. */
export function bodyLines(page: string): string {
  return page
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const SENTENCE_END = /[。！？!?…”」』）)：:]$/u;

/**
 * A stand-in for the cleaning rules when shared/analyze.ts is not there: half-width punctuation next to Han made
 * full-width, list dashes dropped, and a line joined to the next when it stops mid-sentence. Only for producing
 * realistic OCR/cleaned pairs to diff.
 */
export function roughClean(body: string): string {
  const lines = body.split('\n').map((line) =>
    line
      .replace(/^- /, '')
      .replace(/(?<=\p{Script=Han})[,;:!?()]|[,;:!?()](?=\p{Script=Han})/gu, (c) => FULL_WIDTH[c] ?? c),
  );
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && last.length > 15 && !SENTENCE_END.test(last) && line.length > 10) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out.join('\n');
}

export type Analyzer = (text: string) => AnalyzedPage;

/** analyzePage from shared/analyze.ts, or null while that module does not exist yet. */
export async function loadAnalyzer(): Promise<Analyzer | null> {
  const file = join(ROOT, 'shared', 'analyze.ts');
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { analyzePage?: Analyzer };
  return typeof module.analyzePage === 'function' ? module.analyzePage : null;
}

/** An OCR text and its cleaned version, page-sized: the analyzer's article bodies and texts, else roughClean. */
export function textPair(page: string, analyze: Analyzer | null): { ocr: string; clean: string } {
  if (analyze) {
    const { articles } = analyze(page);
    if (articles.length > 0) {
      return { ocr: articles.map((a) => a.body).join('\n'), clean: articles.map((a) => a.text).join('\n') };
    }
  }
  const ocr = bodyLines(page);
  return { ocr, clean: roughClean(ocr) };
}
