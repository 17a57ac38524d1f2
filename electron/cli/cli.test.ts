// The CLI as people run it: `node electron/cli/galley.js …` in a child process, on the sample pages.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/api/contract';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { chainTiffs, makeTiff } from '../../tests/fixtures/tiff';
import { APP_ROOT } from './locations';

const BIN = join(APP_ROOT, 'electron', 'cli', 'galley.js');
const SAMPLES = join(APP_ROOT, 'resources', 'samples');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function galley(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: APP_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let samples: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-cli-'));
  samples = (await readdir(SAMPLES)).filter((f) => f.endsWith('.txt')).sort();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('help', () => {
  it.each(['', 'parse', 'import', 'export', 'stats', 'serve', 'start'])('galley %s --help', async (command) => {
    const run = await galley([...(command ? [command] : []), '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: galley/);
  });

  it('refuses an unknown command with a non-zero exit', async () => {
    const run = await galley(['frobnicate']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown command/);
  });
});

describe('galley parse --json', () => {
  let pages: Record<string, unknown>[];
  beforeAll(async () => {
    const run = await galley(['parse', '--json', ...samples.map((f) => join(SAMPLES, f))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['pages']);
    pages = out.pages;
  });

  it('prints one page per file, named by its base name, with the contract keys', () => {
    expect(pages.map((p) => p.file)).toEqual(samples);
    for (const page of pages) {
      expect(Object.keys(page)).toEqual(['file', 'encoding', 'meta', 'articles', 'noise']);
      expect(page.encoding).toBe('utf-8');
      expect((page.articles as unknown[]).length).toBeGreaterThan(0);
      for (const line of page.noise as unknown[]) expect(typeof line === 'string' && line.trim() !== '' && !line.includes('\n')).toBe(true);
      for (const article of page.articles as Record<string, unknown>[]) {
        // The contract's keys in their order (suspicions included); the parser's boundary and line roles are added after them.
        expect(Object.keys(article)).toEqual(['kind', 'kicker', 'headline', 'subtitle', 'byline', 'sections', 'subheads', 'text', 'ocr', 'warnings', 'suspicions', 'boundary', 'lines']);
        const boundary = article.boundary as { confidence: number; reason: { zh: string; en: string } };
        expect(boundary.confidence).toBeGreaterThan(0);
        expect(boundary.reason.zh.length).toBeGreaterThan(0);
        for (const line of article.lines as { role: string; reason: { zh: string } }[]) expect(line.reason.zh.length).toBeGreaterThan(0);
        expect(['news', 'photo', 'editor-note']).toContain(article.kind);
        expect(typeof article.headline).toBe('string');
        expect(Array.isArray(article.sections) && Array.isArray(article.subheads)).toBe(true);
        expect(typeof article.text).toBe('string');
        expect(typeof article.ocr).toBe('string');
        for (const w of article.warnings as Record<string, unknown>[]) {
          expect(Object.keys(w)).toEqual(['rule', 'message', 'excerpt']);
          expect(typeof w.message).toBe('string');
        }
        for (const s of article.suspicions as { start: number; end: number; text: string; proposal: string; reason: string; confidence: number }[]) {
          expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'proposal', 'reason', 'confidence']);
          expect((article.text as string).slice(s.start, s.end)).toBe(s.text);
          expect(s.proposal).not.toBe(s.text);
          expect(s.reason).not.toBe('');
          expect(s.confidence > 0 && s.confidence <= 1).toBe(true);
        }
      }
    }
  });

  it('reads the mastheads of the front pages 003 and 004', () => {
    const meta = (prefix: string) => pages.find((p) => String(p.file).startsWith(prefix))?.meta as Record<string, unknown>;
    expect(meta('003')).toMatchObject({ paper: '浙江工人日报', date: '2021-11-22', lunarDate: '辛丑年十月十八', weekday: '星期一', serialNo: '11970', cn: 'CN33-0018' });
    expect(meta('004')).toMatchObject({ paper: '浙江工人日报', date: '2021-08-18', lunarDate: '辛丑年七月十一', weekday: '星期三', serialNo: '11895', cn: 'CN33-0018' });
  });

  it('gives the inner pages 000–002 no masthead', () => {
    for (const prefix of ['000', '001', '002']) expect(pages.find((p) => String(p.file).startsWith(prefix))?.meta).toBeNull();
  });

  it('puts masthead lines among the noise, not in articles', () => {
    const front = pages.find((p) => String(p.file).startsWith('003'))!;
    expect(front.noise).toEqual(expect.arrayContaining(['浙江工人日报']));
    for (const a of front.articles as { ocr: string }[]) expect(a.ocr).not.toContain('国内统一刊号');
  });
});

describe('galley parse with a bad file', () => {
  it('names the bad file on stderr, prints the others and exits non-zero', async () => {
    const bad = join(dir, 'scan.txt');
    await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = await galley(['parse', '--json', join(SAMPLES, samples[0]), bad, join(SAMPLES, samples[1])]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(bad);
    expect(JSON.parse(run.stdout).pages.map((p: { file: string }) => p.file)).toEqual([samples[0], samples[1]]);
  });

  it('reports a missing file the same way', async () => {
    const run = await galley(['parse', join(dir, 'nope.txt'), join(SAMPLES, samples[0])]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('nope.txt');
    expect(run.stdout).toContain(samples[0]);
  });

  it('prints a readable summary without --json', async () => {
    const run = await galley(['parse', join(SAMPLES, samples[3])]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${samples[3]} (utf-8)`);
    expect(run.stdout).toContain('浙江工人日报');
    expect(run.stdout).toMatch(/\d+ 篇文章 articles/);
  });
});

describe('galley import, stats and export', () => {
  let db: string;
  let stats: { pages: number; articles: number; byStatus: Record<string, number>; sections: Record<string, number> };

  beforeAll(async () => {
    db = join(dir, 'desk', 'galley.db');
    const run = await galley(['import', SAMPLES, '--db', db, '--batch', '样例']);
    expect(run.stderr).not.toMatch(/galley import:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 file\(s\) into batch "样例" \(#\d+\): 5 imported, 0 updated, 0 duplicate, 0 refused; \d+ article\(s\)\n$/);
    expect(run.stderr).toMatch(/\[5\/5\] /);
    const s = await galley(['stats', '--db', db, '--json']);
    expect(s.code).toBe(0);
    stats = JSON.parse(s.stdout);
  });

  it('counts five current pages and every article as new', () => {
    expect(Object.keys(stats)).toEqual(['pages', 'articles', 'byStatus', 'sections']);
    expect(stats.pages).toBe(5);
    expect(stats.articles).toBeGreaterThan(5);
    expect(stats.byStatus).toEqual({ new: stats.articles, editing: 0, flagged: 0, approved: 0 });
    for (const count of Object.values(stats.sections)) expect(Number.isInteger(count)).toBe(true);
  });

  it('re-importing the same pages adds nothing', async () => {
    const run = await galley(['import', SAMPLES, '--db', db, '--batch', '样例']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/5 duplicate/);
    expect(JSON.parse((await galley(['stats', '--db', db, '--json'])).stdout).pages).toBe(5);
  });

  it('imports the good files and exits non-zero when one is refused', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), '本报讯 记者某某报道 这是一篇测试文章,内容完整。\n');
    await writeFile(join(folder, 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xfe, 0]));
    const other = join(dir, 'mixed.db');
    const run = await galley(['import', folder, '--db', other]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/1 imported, 0 updated, 0 duplicate, 1 refused/);
    expect(run.stderr).toContain('b.txt');
    expect(JSON.parse((await galley(['stats', '--db', other, '--json'])).stdout).pages).toBe(1);
  });

  it('warns of a TIFF of several pages on stderr, and keeps utif2’s diagnostics out of stdout (a tiled TIFF)', async () => {
    const folder = join(dir, 'tiffs');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), '本报讯 记者某某报道 这是一篇测试文章,内容完整。\n');
    const tiffPage = (grey: number) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels: new Uint8Array(12).fill(grey) });
    await writeFile(join(folder, 'a.tif'), chainTiffs([tiffPage(10), tiffPage(20)]));
    await writeFile(join(folder, 'b.txt'), '本报讯 记者某某报道 这是另一篇测试文章,内容也完整。\n');
    await writeFile(join(folder, 'b.tif'), await readFile(join(OCR_FIXTURES, 'tiff', 'grey-lzw-tiled.tif')));
    const run = await galley(['import', folder, '--db', join(dir, 'tiffs.db')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 file\(s\) into batch .*: 2 imported, 0 updated, 0 duplicate, 0 refused; \d+ article\(s\)\n$/);
    expect(run.stderr).toContain('galley import: a.txt: warning: 页面图像 a.tif 共有 2 页，只导入了第 1 页 (the page image a.tif holds 2 pages; only the first was imported)');
    expect(run.stderr).not.toContain('b.tif');
  });

  it('says which files of a folder it skipped as not page files, and still succeeds', async () => {
    const folder = join(dir, 'with-notes');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), '本报讯 记者某某报道 这是一篇测试文章,内容完整。\n');
    await writeFile(join(folder, 'notes.docx'), 'not a page');
    const run = await galley(['import', folder, '--db', join(dir, 'with-notes.db')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 imported/);
    expect(run.stderr).toContain('galley import: skipped 1 file(s) that are not page files: notes.docx');
  });

  it('names the files of a folder it skipped, and warns when the batch holds no article', async () => {
    const folder = join(dir, 'skips');
    await mkdir(join(folder, 'sub'), { recursive: true });
    // Masthead and advertisement only: a page, and not one article on it.
    await writeFile(join(folder, 'ads.txt'), '浙江工人日报\n2021年11月22日 星期一\n第3版\n广告\n招商热线：0571-88888888\n');
    await writeFile(join(folder, 'notes.doc'), 'x');
    await writeFile(join(folder, 'sub', 'readme.md'), 'x');
    const run = await galley(['import', folder, '--db', join(dir, 'skips.db')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 imported, 0 updated, 0 duplicate, 0 refused; 0 article\(s\)\n/);
    expect(run.stderr).toContain('galley import: skipped 2 file(s) that are not page files: notes.doc, sub/readme.md\n');
    expect(run.stderr).toMatch(/galley import: warning: batch "skips" \(#\d+\) holds no articles/);
  });

  it('keeps one progress line per file when a file name holds a newline', async () => {
    const folder = join(dir, 'newline');
    await mkdir(folder);
    await writeFile(join(folder, 'a\nb.txt'), '本报讯 记者某某报道 文件名里有换行的一篇文章。\n');
    await writeFile(join(folder, 'c.txt'), '本报讯 记者某某报道 另一篇普通的文章。\n');
    const run = await galley(['import', folder, '--db', join(dir, 'newline.db')]);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('['));
    expect(run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('indexing'))).toEqual(lines);
    expect(lines).toEqual(['[1/2] a\\nb.txt: imported', '[2/2] c.txt: imported']);
  });

  it('exits non-zero, saying so, when a folder holds no page files', async () => {
    const folder = join(dir, 'empty');
    await mkdir(folder);
    const run = await galley(['import', folder, '--db', join(dir, 'empty.db')]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/0 imported, 0 updated, 0 duplicate, 1 refused/);
    expect(run.stderr).toContain(`${folder}: 文件夹中没有页面文件 (the folder holds no page files)`);
  });

  it('prints readable stats', async () => {
    const run = await galley(['stats', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('版面 pages: 5');
  });

  it('refuses a database that does not exist', async () => {
    const run = await galley(['stats', '--db', join(dir, 'missing.db')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/no database at/);
  });

  it.each(EXPORT_FORMATS)('exports %s', async (format) => {
    const out = join(dir, 'exports', `all-${format}`);
    const run = await galley(['export', '--db', db, '--format', format, '--status', 'all', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${stats.articles} article(s) exported to ${out}.${format}\n`);
    const bytes = await readFile(`${out}.${format}`);
    const text = format === 'docx' ? strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']) : bytes.toString('utf8');
    expect(text).toContain('浙江工人日报');
    if (format === 'csv') expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    if (format === 'json') expect(JSON.parse(text).articles).toHaveLength(stats.articles);
    if (format === 'jsonl') expect(text.trim().split('\n')).toHaveLength(stats.articles);
  });

  it('exports only approved articles by default', async () => {
    const out = join(dir, 'exports', 'approved.json');
    const run = await galley(['export', '--db', db, '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).manifest.count).toBe(0);
  });

  it('filters by section and batch', async () => {
    // The front pages carry a section label (“产改”进行时), so the import made at least one section tag.
    const tagged = Object.entries(stats.sections).find(([, n]) => n > 0);
    expect(tagged).toBeDefined();
    const [section, count] = tagged!;
    const out = join(dir, 'exports', 'section.jsonl');
    const run = await galley(['export', '--db', db, '--format', 'jsonl', '--status', 'all', '--section', section, '--batch', '样例', '--out', out]);
    expect(run.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(count);
    expect(count).toBeLessThan(stats.articles);
    for (const a of lines) expect(a.sections).toContain(section);
    const unknown = await galley(['export', '--db', db, '--format', 'json', '--batch', '没有这个批次', '--out', join(dir, 'x.json')]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('没有这个批次');
  });

  it('refuses an unknown format', async () => {
    const run = await galley(['export', '--db', db, '--format', 'pdf', '--out', join(dir, 'x.pdf')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/pdf/);
  });
});

describe('galley serve', () => {
  it('says to build first when the renderer is missing', async () => {
    const run = await galley(['serve', '--db', join(dir, 'serve-missing.db'), '--port', '0'], { GALLEY_RENDERER_DIR: join(dir, 'no-renderer') });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('run npm run build first');
  });

  it('prints one URL that answers app.info with its token, and stops cleanly on SIGTERM', async () => {
    const renderer = join(dir, 'renderer');
    await mkdir(renderer, { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Galley</title>');
    const db = join(dir, 'serve.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: APP_ROOT, env: { ...process.env, GALLEY_RENDERER_DIR: renderer } });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (c: string) => {
        stdout += c;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
      });
      child.on('close', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const url = new URL(line.match(/https?:\/\/\S+/)![0]);
    expect(line).toBe(`Galley is serving at ${url.href}`);
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.searchParams.get('token')!;
    const call = (headers: Record<string, string>) => fetch(new URL('/api/call/app.info', url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    const ok = await call({ 'X-Galley-Token': token });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, value: expect.objectContaining({ host: 'http', nativeDialogs: false, dbPath: db }) });
    expect((await call({})).status).toBe(401);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Galley</title>');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(basename(db)).toBe('serve.db');
  });
});

describe('export --format alto', () => {
  it('writes one XML per layout page, the image beside it with --images and mets.xml with --mets', async () => {
    const folder = join(dir, 'alto-in');
    await mkdir(folder);
    const fixtures = join(APP_ROOT, 'tests', 'fixtures', 'ocr');
    for (const f of ['b05_tupian_xinwen.xml', 'b05_tupian_xinwen.jpg', 'b02_guangzhou_shequ.txt']) await writeFile(join(folder, f), await readFile(join(fixtures, f)));
    const db = join(dir, 'alto.db');
    expect((await galley(['import', folder, '--db', db])).code).toBe(0);
    const out = join(dir, 'alto-out');
    const run = await galley(['export', '--db', db, '--format', 'alto', '--status', 'all', '--out', out, '--images', '--mets']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 page\(s\) exported to .*\nMETS wrapper: .*mets\.xml\n$/);
    expect(run.stderr).toContain('b02_guangzhou_shequ.txt: no line boxes');
    expect((await readdir(out)).sort()).toEqual(['b05_tupian_xinwen.jpg', 'b05_tupian_xinwen.xml', 'mets.xml']);
    expect(await readFile(join(out, 'b05_tupian_xinwen.jpg'))).toEqual(await readFile(join(fixtures, 'b05_tupian_xinwen.jpg')));
    const mets = await readFile(join(out, 'mets.xml'), 'utf8');
    for (const href of ['b05_tupian_xinwen.jpg', 'b05_tupian_xinwen.xml']) expect(mets).toContain(`xlink:href="${href}"`);
  });
});
