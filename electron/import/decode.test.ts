import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DecodeError, decodePage, MAX_PAGE_BYTES } from './decode';
import { corpus, encodeGb18030, oversizedBytes, PAGE_TEXT } from '../../tests/fixtures/bad-input/corpus';

function refusal(bytes: Uint8Array, file = 'x.txt'): DecodeError {
  try {
    decodePage(bytes, file);
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('decodePage', () => {
  for (const c of corpus()) {
    it(`${c.file}: ${c.expect.status}`, () => {
      if (c.expect.status === 'imported') {
        expect(decodePage(c.bytes, c.file)).toEqual({ text: c.expect.text, encoding: c.expect.encoding });
      } else {
        const err = refusal(c.bytes, c.file);
        expect(err.reason.en).toMatch(c.expect.reason);
        expect(err.reason.zh.length).toBeGreaterThan(0);
        expect(err.message).toContain(c.file);
      }
    });
  }

  it('refuses a file over the size limit, naming its size', () => {
    const err = refusal(oversizedBytes(), 'huge.txt');
    expect(err.reason.en).toMatch(/too large \(20\.0 MB/);
    expect(err.message).toMatch(/^huge\.txt: /);
  });

  it('accepts a file exactly at the limit', () => {
    const bytes = new Uint8Array(MAX_PAGE_BYTES).fill(0x61);
    expect(decodePage(bytes, 'big.txt').text.length).toBe(MAX_PAGE_BYTES);
  });

  it('normalises lone CR line ends too', () => {
    expect(decodePage(new TextEncoder().encode('甲\r乙\r\n丙'), 'a.txt').text).toBe('甲\n乙\n丙');
  });

  it('decodes a short GBK line that a detector may not be sure of', () => {
    expect(decodePage(encodeGb18030('记者报道,'), 'short.txt')).toEqual({ text: '记者报道,', encoding: 'gb18030' });
  });

  it('refuses random high-byte soups that GB18030 happens to decode, saying they do not read as Chinese', () => {
    let decodable = 0;
    // Pairs of a GBK lead byte and a trail byte: what GB18030 decodes without complaint.
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x80, max: 0xfe })), { minLength: 20, maxLength: 1000 });
    fc.assert(
      fc.property(pairs, (pairList) => {
        const bytes = new Uint8Array(pairList.flat());
        try {
          new TextDecoder('gb18030', { fatal: true }).decode(bytes);
          decodable++;
        } catch {
          // Not even GB18030: refused whatever the plausibility check says.
        }
        const err = refusal(bytes, 'soup.txt');
        expect(err.reason.en).toMatch(/does not read as Chinese|cannot decode|looks like/);
      }),
      { numRuns: 200 },
    );
    // The property is about soups GB18030 decodes: nearly all of these.
    expect(decodable).toBeGreaterThan(150);
  });

  it('refuses, rather than crashes on, bytes that make the encoding detector throw', () => {
    // fast-check found this run: jschardet's Shift_JIS context model reads past its table on it.
    const pairs = [[160, 130], [242, 130], [159, 128], ...Array.from({ length: 19 }, () => [129, 128])];
    const err = refusal(new Uint8Array(pairs.flat()), 'crash.txt');
    expect(err.reason.en).toMatch(/does not read as Chinese|cannot decode|looks like/);
  });

  it('still decodes a GBK page with names outside the common characters', () => {
    const text = `${PAGE_TEXT}本报讯 记者王喆报道 朱镕基、陶喆、李堃出席会议。\n`;
    expect(decodePage(encodeGb18030(text), 'names.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it('keeps every sample page as UTF-8 text', () => {
    const dir = fileURLToPath(new URL('../../resources/samples', import.meta.url));
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(join(dir, f));
      const { text, encoding } = decodePage(bytes, f);
      expect(encoding).toBe('utf-8');
      expect(text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });
});
