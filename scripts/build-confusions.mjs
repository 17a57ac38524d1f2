// Builds resources/suspect/confusions.tsv: which characters Tesseract (chi_sim) reads for which, measured on
// newspaper-like pages rendered from the words of the @node-rs/jieba dictionary (never from the sample pages'
// text) with the OCR page-set generator of ../shared/samples/ocr/src (Chromium + Noto CJK + Tesseract 5).
// Every frequent character is set in several of its words, in sans and serif at small newsprint sizes, with
// the blur and JPEG loss of scanned pages; the generator aligns what was printed with what Tesseract read.
//
// usage: node scripts/build-confusions.mjs GENERATOR_DIR WORK_DIR [PAGES] [JOBS]
//   GENERATOR_DIR  ../shared/samples/ocr/src (gen.mjs and its modules; playwright-core is taken from this
//                  repository's node_modules)
//   WORK_DIR       where the generated pages, images and truth are written (kept for inspection, and reused: a
//                  page rendered there before from the same words and settings is not rendered again)
//   PAGES          how many pages to render (default 123; about 2,400 characters each, every character set in
//                  6 words per 41 pages, so 123 pages set each in 18)
//   JOBS           how many pages to render at once (default 1; one core each)
// Output lines: `read<TAB>printed<TAB>count<TAB>printedSeen` for every single-character misreading of a Han
// character, where printedSeen is how often the printed character was set. Deterministic for a given dictionary.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const [generatorDir, workDir, pagesArg, jobsArg] = process.argv.slice(2);
if (!generatorDir || !workDir) {
  console.error('usage: node scripts/build-confusions.mjs GENERATOR_DIR WORK_DIR [PAGES] [JOBS]');
  process.exit(2);
}
const PAGES = Number(pagesArg ?? 123);
const JOBS = Number(jobsArg ?? 1);
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

// One round sets each character in WORDS_PER_CHAR of its words, drawn by the square root of their frequency,
// in shuffled order; when a round's words run out (after about 41 pages) the next round draws afresh, so a
// longer build sees each character more often, in more words and under more of the render profiles.
function drawRound() {
  const round = [];
  for (const c of chars) {
    const list = byChar.get(c);
    if (!list) continue;
    const weights = list.map(([, f]) => Math.sqrt(f));
    const sum = weights.reduce((a, b) => a + b, 0);
    for (let k = 0; k < WORDS_PER_CHAR; k++) {
      let r = rnd() * sum;
      let i = 0;
      while (i < list.length - 1 && (r -= weights[i]) > 0) i++;
      round.push(list[i][0]);
    }
  }
  for (let i = round.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [round[i], round[j]] = [round[j], round[i]];
  }
  return round;
}
const picked = drawRound();
let at = 0;
const take = (n) => {
  if (at + n > picked.length) picked.push(...drawRound());
  const ws = picked.slice(at, at + n);
  at += n;
  return ws.join('');
};

// Prose-shaped paragraphs: clauses of two to four words, sentences of one to three clauses.
const articles = [];
for (let p = 0; p < PAGES; p++) {
  const paras = [];
  let size = 0;
  while (size < CHARS_PER_PAGE) {
    let para = '';
    const sentences = 2 + Math.floor(rnd() * 4);
    for (let s = 0; s < sentences; s++) {
      const clauses = 1 + Math.floor(rnd() * 3);
      for (let c = 0; c < clauses; c++) {
        para += take(2 + Math.floor(rnd() * 3));
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
const truthDir = join(work, 'out', 'truth');
// A page already rendered from the same article and page spec (an earlier or interrupted build into the same
// WORK_DIR) is kept, not rendered again: a page's words never depend on how many pages follow it.
const earlier = (f) => (existsSync(join(gen, f)) ? JSON.parse(readFileSync(join(gen, f), 'utf8')) : null);
const oldArticles = new Map((earlier('articles-w.json') ?? []).map((a) => [a.id, JSON.stringify(a)]));
const oldPages = new Map((earlier('set-w.json')?.pages ?? []).map((p) => [p.name, JSON.stringify(p)]));
const rendered = (p) => existsSync(join(truthDir, `${p.name}.json`)) && oldPages.get(p.name) === JSON.stringify(p) && oldArticles.get(p.body.art) === JSON.stringify(articles.find((a) => a.id === p.body.art));
const todo = pages.filter((p) => !rendered(p)).map((p) => p.name);
mkdirSync(gen, { recursive: true });
cpSync(resolve(generatorDir), gen, { recursive: true });
writeFileSync(join(gen, 'articles-w.json'), JSON.stringify(articles));
writeFileSync(join(gen, 'set-w.json'), JSON.stringify({ articles: 'articles-w.json', pages }));
console.log(`${pages.length - todo.length} pages kept from an earlier build, ${todo.length} to render in ${JOBS} jobs`);
// Pages are dealt round-robin to JOBS generator processes; each Tesseract runs single-threaded so the jobs,
// not OpenMP, share the cores.
const env = { ...process.env, OMP_THREAD_LIMIT: '1', PLAYWRIGHT_CORE: join(dirname(require.resolve('playwright-core')), 'index.mjs') };
const exits = await Promise.all(Array.from({ length: JOBS }, (_, j) => todo.filter((_, i) => i % JOBS === j)).filter((names) => names.length).map((names) => new Promise((exited) => {
  spawn('node', [join(gen, 'gen.mjs'), join(gen, 'set-w.json'), join(work, 'out'), ...names], { stdio: 'inherit', env }).on('exit', exited);
})));
if (exits.some((code) => code !== 0)) {
  console.error('a generator process failed; rerun to finish the remaining pages');
  process.exit(1);
}

// Count what was printed and what was read for it.
const seen = new Map();
for (const a of articles) for (const p of a.paras) for (const c of p.text) if (HAN.test(c)) seen.set(c, (seen.get(c) ?? 0) + 1);
const confusions = new Map();
for (const { name } of pages) {
  const f = `${name}.json`;
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
