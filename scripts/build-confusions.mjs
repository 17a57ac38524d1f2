// Builds resources/suspect/confusions.tsv: which characters Tesseract (chi_sim) reads for which, measured on
// newspaper-like pages rendered from the words of the @node-rs/jieba dictionary (never from the sample pages'
// text) with the OCR page-set generator of ../shared/samples/ocr/src (Chromium + Noto CJK + Tesseract 5).
// Every frequent character is set in several of its words, in sans and serif at small newsprint sizes, with
// the blur and JPEG loss of scanned pages; the generator aligns what was printed with what Tesseract read.
//
// usage: node scripts/build-confusions.mjs GENERATOR_DIR WORK_DIR [PAGES]
//   GENERATOR_DIR  ../shared/samples/ocr/src (gen.mjs and its modules; playwright-core is taken from this
//                  repository's node_modules)
//   WORK_DIR       where the generated pages, images and truth are written (kept for inspection)
//   PAGES          how many pages to render (default 48; about 2,400 characters each — the words run out after 41)
// Output lines: `read<TAB>printed<TAB>count<TAB>printedSeen` for every single-character misreading of a Han
// character, where printedSeen is how often the printed character was set. Deterministic for a given dictionary.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const [generatorDir, workDir, pagesArg] = process.argv.slice(2);
if (!generatorDir || !workDir) {
  console.error('usage: node scripts/build-confusions.mjs GENERATOR_DIR WORK_DIR [PAGES]');
  process.exit(2);
}
const PAGES = Number(pagesArg ?? 48);
/** Characters covered, most frequent first, and how many words each is set in. */
const CHARS = 6500;
const WORDS_PER_CHAR = 6;
const CHARS_PER_PAGE = 2400;

const HAN = /^[\u4e00-\u9fff]+$/;
let seed = 20261203;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// Words of two to four Han characters with their frequencies, and each character's frequency.
const words = [];
const charFreq = new Map();
for (const line of readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
  const [w, f] = line.split(' ');
  const freq = Number(f);
  if (!w || !HAN.test(w) || !(freq > 0)) continue;
  for (const c of w) charFreq.set(c, (charFreq.get(c) ?? 0) + freq);
  if (w.length >= 2 && w.length <= 4 && freq >= 3) words.push([w, freq]);
}
const chars = [...charFreq].sort((a, b) => b[1] - a[1]).slice(0, CHARS).map(([c]) => c);
const byChar = new Map();
for (const [w, f] of words) for (const c of new Set(w)) (byChar.get(c) ?? byChar.set(c, []).get(c)).push([w, f]);

// Each character in WORDS_PER_CHAR of its words, drawn by the square root of their frequency.
const picked = [];
for (const c of chars) {
  const list = byChar.get(c);
  if (!list) continue;
  const weights = list.map(([, f]) => Math.sqrt(f));
  const sum = weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < WORDS_PER_CHAR; k++) {
    let r = rnd() * sum;
    let i = 0;
    while (i < list.length - 1 && (r -= weights[i]) > 0) i++;
    picked.push(list[i][0]);
  }
}
for (let i = picked.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [picked[i], picked[j]] = [picked[j], picked[i]];
}

// Prose-shaped paragraphs: clauses of two to four words, sentences of one to three clauses.
const articles = [];
let at = 0;
for (let p = 0; p < PAGES && at < picked.length; p++) {
  const paras = [];
  let size = 0;
  while (size < CHARS_PER_PAGE && at < picked.length) {
    let para = '';
    const sentences = 2 + Math.floor(rnd() * 4);
    for (let s = 0; s < sentences && at < picked.length; s++) {
      const clauses = 1 + Math.floor(rnd() * 3);
      for (let c = 0; c < clauses && at < picked.length; c++) {
        const n = 2 + Math.floor(rnd() * 3);
        para += picked.slice(at, at + n).join('');
        at += n;
        para += c === clauses - 1 ? '。' : '，';
      }
    }
    paras.push({ type: 'p', text: para });
    size += para.length;
  }
  articles.push({ id: `w${p}`, source: 'words of the @node-rs/jieba dictionary', kind: 'news', section: null, kicker: null, headline: paras[0].text.slice(0, 6), subtitle: null, byline: null, captions: [], paras, truncated: false });
}

// Render profiles spanning the newsprint the engine meets: sans and serif, 14–20 px, blur, JPEG loss.
const PROFILES = [
  { font: 'sans', size: 16, grid: 6, width: 1400, gap: 20, degrade: { blur: 0.6, noise: 0.06, format: 'jpeg', quality: 55 } },
  { font: 'serif', size: 16, grid: 6, width: 1400, gap: 20, degrade: { blur: 0.5, noise: 0.06, format: 'jpeg', quality: 58 } },
  { font: 'sans', size: 15, grid: 6, width: 1300, gap: 20, degrade: { blur: 0.45, noise: 0.05, format: 'png' } },
  { font: 'serif', size: 18, grid: 5, width: 1450, gap: 24, degrade: { blur: 0.35, noise: 0.03, format: 'jpeg', quality: 50 } },
  { font: 'sans', size: 17, grid: 6, width: 1500, gap: 22, degrade: { blur: 0.5, noise: 0.05, format: 'jpeg', quality: 65 } },
  { font: 'serif', size: 14, grid: 6, width: 1250, gap: 18, degrade: { blur: 0.3, noise: 0.03, format: 'jpeg', quality: 72 } },
  { font: 'serif', size: 19, grid: 5, width: 1500, gap: 24, degrade: { blur: 0.55, noise: 0.07, format: 'png' } },
  { font: 'sans', size: 20, grid: 4, width: 1400, gap: 26, degrade: { blur: 0.4, noise: 0.04, format: 'jpeg', quality: 70 } },
];
const pages = articles.map((a, i) => ({ name: `w${String(i).padStart(2, '0')}`, lh: 1.5, rules: false, seed: 100 + i, ...PROFILES[i % PROFILES.length], head: { kind: 'running', items: [String(i + 1), '词语'] }, body: { art: a.id, span: PROFILES[i % PROFILES.length].grid } }));

const work = resolve(workDir);
const gen = join(work, 'gen');
mkdirSync(gen, { recursive: true });
cpSync(resolve(generatorDir), gen, { recursive: true });
writeFileSync(join(gen, 'articles-w.json'), JSON.stringify(articles));
writeFileSync(join(gen, 'set-w.json'), JSON.stringify({ articles: 'articles-w.json', pages }));
execFileSync('node', [join(gen, 'gen.mjs'), join(gen, 'set-w.json'), join(work, 'out')], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_CORE: join(dirname(require.resolve('playwright-core')), 'index.mjs') },
});

// Count what was printed and what was read for it.
const seen = new Map();
for (const a of articles) for (const p of a.paras) for (const c of p.text) if (HAN.test(c)) seen.set(c, (seen.get(c) ?? 0) + 1);
const confusions = new Map();
const truthDir = join(work, 'out', 'truth');
for (const f of readdirSync(truthDir).filter((n) => n.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(truthDir, f), 'utf8')).ocrErrors ?? []) {
    if (e.part !== 'p' || e.ocr.length !== 1 || e.truth.length !== 1 || !HAN.test(e.ocr) || !HAN.test(e.truth)) continue;
    const key = `${e.ocr}\t${e.truth}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  }
}
const rows = [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, n]) => `${key}\t${n}\t${seen.get(key.split('\t')[1]) ?? 0}`);
writeFileSync(fileURL('../resources/suspect/confusions.tsv'), `${rows.join('\n')}\n`);
console.log(`${rows.length} confusions from ${[...seen.values()].reduce((a, b) => a + b, 0)} printed characters`);

function fileURL(rel) {
  return new URL(rel, import.meta.url);
}
