import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reasonOf } from './prepare';
import { collectPaths, type PageSource } from './sources';

// A folder named "locked" cannot be listed, whoever runs the tests (root reads a chmod 000 folder regardless).
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, options: unknown) => {
    if (basename(String(path)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return fs.readdir(path, options as never);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-sources-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

/** Each source's name and what reading it gives: its text, or the reason it is refused. */
async function outcomes(sources: PageSource[]): Promise<[string, string][]> {
  return Promise.all(
    sources.map(async (s): Promise<[string, string]> => {
      try {
        return [s.file, Buffer.from(await s.read()).toString('utf8')];
      } catch (err) {
        return [s.file, `refused: ${reasonOf(err).en}`];
      }
    }),
  );
}

describe('collectPaths', () => {
  it('imports the rest of a folder when a subfolder cannot be read, and names that subfolder', async () => {
    const root = folder('partly', { 'a.txt': '甲', 'locked/b.txt': '乙', 'z/c.txt': '丙' });
    const { sources } = await collectPaths([root]);
    const got = await outcomes(sources);
    expect(got).toEqual([
      ['a.txt', '甲'],
      ['locked/', expect.stringMatching(/^refused: cannot read this subfolder, its files were not imported: EACCES/)],
      ['z/c.txt', '丙'],
    ]);
  });

  it('still refuses a folder that cannot be read at all', async () => {
    const root = folder('locked', { 'a.txt': '甲' });
    expect(await outcomes((await collectPaths([root])).sources)).toEqual([[root, expect.stringMatching(/^refused: cannot read the folder/)]]);
  });

  it('refuses an empty folder (or one without .txt files) instead of importing nothing silently', async () => {
    const empty = folder('empty', {});
    const photos = folder('photos', { 'a.jpg': 'x' });
    expect(await outcomes((await collectPaths([empty, photos])).sources)).toEqual([
      [empty, 'refused: the folder holds no page files'],
      [photos, 'refused: the folder holds no page files'],
    ]);
  });

  it('names the files of a folder it leaves out: other files, images no page takes, symlinked folders; not hidden ones', async () => {
    const root = folder('mixed', {
      'a.txt': '甲',
      'a.jpg': 'image of a',
      'notes.doc': 'x',
      'logo.png': 'x',
      'sub/readme.md': 'x',
      'sub/b.txt': '乙',
      '.DS_Store': 'x',
    });
    symlinkSync(join(root, 'sub'), join(root, 'linked'));
    const collected = await collectPaths([root]);
    expect(await outcomes(collected.sources)).toEqual([
      ['a.txt', '甲'],
      ['sub/b.txt', '乙'],
    ]);
    expect(collected.sources[0]!.image?.file).toBe('a.jpg');
    expect(collected.skipped).toEqual(['linked', 'logo.png', 'notes.doc', 'sub/readme.md']);
    // A file given by name is refused with its reason, not listed as skipped.
    const given = await collectPaths([join(root, 'notes.doc'), join(root, 'a.txt')]);
    expect(given.skipped).toEqual([]);
    expect((await outcomes(given.sources))[0]).toEqual(['notes.doc', expect.stringMatching(/^refused: not a page file/)]);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO named .txt, given directly or found in a folder, without blocking on it', async () => {
    const root = folder('fifo', { 'ok.txt': '甲' });
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const direct = await outcomes((await collectPaths([join(root, 'pipe.txt')])).sources);
    expect(direct).toEqual([['pipe.txt', 'refused: not a regular file (a pipe, device or socket), not read']]);
    const walked = await outcomes((await collectPaths([root])).sources);
    expect(walked).toEqual([
      ['ok.txt', '甲'],
      ['pipe.txt', 'refused: not a regular file (a pipe, device or socket), not read'],
    ]);
  }, 5000);

  it.skipIf(process.platform === 'win32')('refuses /dev/zero reached as a.txt instead of reading it without end', async () => {
    const root = folder('zero', {});
    symlinkSync('/dev/zero', join(root, 'a.txt'));
    const rss = process.memoryUsage().rss;
    expect(await outcomes((await collectPaths([join(root, 'a.txt')])).sources)).toEqual([['a.txt', 'refused: not a regular file (a pipe, device or socket), not read']]);
    expect(process.memoryUsage().rss - rss).toBeLessThan(50 * 1024 * 1024);
  }, 5000);
});
