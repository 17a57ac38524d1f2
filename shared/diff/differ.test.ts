import { describe, expect, it } from 'vitest';
import { diffTexts, PageDiffer, updateDiff } from './differ';
import { checkDiff } from './testing';
import type { TextDiff } from './types';

/** Group shapes as "ocr:clean" line counts, e.g. "1:1 2:1". */
const shapes = (d: TextDiff) => d.groups.map((g) => `${g.ocrLines.end - g.ocrLines.start}:${g.cleanLines.end - g.cleanLines.start}`).join(' ');

/** Each hunk as "op OCR→clean", line-break hunks marked ¶. */
const changes = (d: TextDiff) =>
  d.hunks.map((h) => `${h.linebreak ? '¶' : ''}${h.op} ${JSON.stringify(d.ocr.slice(h.ocrStart, h.ocrEnd))}→${JSON.stringify(d.clean.slice(h.cleanStart, h.cleanEnd))}`);

function diff(ocr: string, clean: string): TextDiff {
  const d = diffTexts(ocr, clean);
  expect(checkDiff(d)).toEqual([]);
  return d;
}

const LEAD = '本报讯 通讯员张晓燕报道 近日,杭州市总工会命名杭州锅炉集团股份有限公司自动焊创新工作室等9个创新工作室。';
const LEAD_CLEAN = LEAD.replaceAll(',', '，');
const BODY = '高技能人才(劳模)创新工作室主要以各行业各级劳模工匠、首席技师、优秀职工等高科技人才为带头人。';
const BODY_CLEAN = BODY.replace('(', '（').replace(')', '）');
const TAIL = '杭州市总工会相关负责人表示,此次示范性创新工作室的推荐选树工作严格把握三大要求。';
const TAIL_CLEAN = TAIL.replaceAll(',', '，');

describe('paragraph alignment', () => {
  it('finds no change in identical texts and pairs every paragraph with itself', () => {
    const text = [LEAD, BODY, TAIL].join('\n');
    const d = diff(text, text);
    expect(d.hunks).toEqual([]);
    expect(shapes(d)).toBe('1:1 1:1 1:1');
    for (const g of d.groups) expect(g.ocr).toEqual(g.clean);
  });

  it('aligns edited paragraphs one to one', () => {
    const d = diff([LEAD, BODY, TAIL].join('\n'), [LEAD_CLEAN, BODY_CLEAN, TAIL_CLEAN].join('\n'));
    expect(shapes(d)).toBe('1:1 1:1 1:1');
    expect(changes(d)).toEqual(['replace ","→"，"', 'replace "("→"（"', 'replace ")"→"）"', 'replace ","→"，"']);
  });

  it('groups two OCR lines joined by cleaning (a column break) and shows the removed break', () => {
    const ocr = ['据悉,自2012年起,杭州市总', '工会已连续多年在全市各行业开展市级高技能人才创新工作室活动。', BODY].join('\n');
    const clean = ['据悉，自2012年起，杭州市总工会已连续多年在全市各行业开展市级高技能人才创新工作室活动。', BODY].join('\n');
    const d = diff(ocr, clean);
    expect(shapes(d)).toBe('2:1 1:1');
    expect(changes(d)).toEqual(['replace ","→"，"', 'replace ","→"，"', '¶delete "\\n"→""']);
    const brk = d.hunks[2];
    expect(brk).toMatchObject({ op: 'delete', linebreak: true, ocrStart: ocr.indexOf('\n'), ocrEnd: ocr.indexOf('\n') + 1 });
    expect(brk.cleanStart).toBe(brk.cleanEnd);
    expect(brk.cleanStart).toBe(clean.indexOf('工会'));
  });

  it('groups three lines joined into one', () => {
    const parts = ['经过各区、县(市)总工会和产', '业工会推荐报名,按照素质立身、实绩为先、引领行业的原则层层', '审核,最终选树出以下9个创新工作室。'];
    const d = diff([LEAD, ...parts, TAIL].join('\n'), [LEAD, parts.join('').replaceAll(',', '，'), TAIL].join('\n'));
    expect(shapes(d)).toBe('1:1 3:1 1:1');
    expect(d.hunks.filter((h) => h.linebreak).map((h) => h.op)).toEqual(['delete', 'delete']);
  });

  it('groups consecutive joins separately', () => {
    const a = ['这9个市级高技能人才(劳模)示范性创新工作室都在市级高技', '能人才(劳模)创新工作室中产生,且已有效开展活动两年以上。'];
    const b = ['为进一步发挥高技能人才特别是劳模工匠在企业创新中的榜样带动作用,加快建设知识型', '技能型、创新型劳动者大军。'];
    const d = diff([...a, ...b].join('\n'), [a.join(''), b.join('')].join('\n'));
    expect(shapes(d)).toBe('2:1 2:1');
    expect(changes(d)).toEqual(['¶delete "\\n"→""', '¶delete "\\n"→""']);
  });

  it('groups a paragraph a proofreader split in two and shows the added break', () => {
    const ocr = [LEAD, BODY + TAIL].join('\n');
    const clean = [LEAD, BODY, TAIL].join('\n');
    const d = diff(ocr, clean);
    expect(shapes(d)).toBe('1:1 1:2');
    expect(changes(d)).toEqual(['¶insert ""→"\\n"']);
    expect(d.hunks[0]).toMatchObject({ ocrStart: LEAD.length + 1 + BODY.length, cleanStart: LEAD.length + 1 + BODY.length });
  });

  it('shows an inserted paragraph as its text plus its break', () => {
    const added = '新增的一段说明文字,由校对员补录。';
    const d = diff([LEAD, TAIL].join('\n'), [LEAD, added, TAIL].join('\n'));
    expect(shapes(d)).toBe('1:1 0:1 1:1');
    expect(changes(d)).toEqual([`insert ""→${JSON.stringify(added)}`, '¶insert ""→"\\n"']);
    expect(d.groups[1].clean).toEqual({ start: LEAD.length + 1, end: LEAD.length + 1 + added.length });
  });

  it('shows a removed paragraph as its text plus its break', () => {
    const d = diff([LEAD, '浙江省总工会官方微信公众号', TAIL].join('\n'), [LEAD, TAIL].join('\n'));
    expect(shapes(d)).toBe('1:1 1:0 1:1');
    expect(changes(d)).toEqual(['delete "浙江省总工会官方微信公众号"→""', '¶delete "\\n"→""']);
  });

  it('takes the break before a removed last paragraph', () => {
    const d = diff([LEAD, '通讯员王林超 摄'].join('\n'), LEAD);
    expect(changes(d)).toEqual(['¶delete "\\n"→""', 'delete "通讯员王林超 摄"→""']);
    expect(d.hunks[0].ocrStart).toBe(LEAD.length);
  });

  it('treats a rewritten paragraph as removed and inserted, not as a character soup', () => {
    const d = diff([LEAD, '一年一度的中国医师节即将到来', TAIL].join('\n'), [LEAD, '我省表彰一批先进集体和个人', TAIL].join('\n'));
    expect(shapes(d)).toBe('1:1 1:0 0:1 1:1');
  });

  it('handles empty texts and blank lines', () => {
    expect(changes(diff('', ''))).toEqual([]);
    expect(changes(diff('', '甲'))).toEqual(['insert ""→"甲"']);
    expect(changes(diff('甲', ''))).toEqual(['delete "甲"→""']);
    expect(changes(diff('甲\n\n\n乙', '甲\n乙'))).toEqual(['¶delete "\\n\\n"→""']);
  });
});

describe('hunks', () => {
  it('never mixes a break with text: a break replaced by a space is two hunks', () => {
    expect(changes(diff('产改\n进行时', '产改 进行时'))).toEqual(['¶delete "\\n"→""', 'insert ""→" "']);
  });

  it('gives offsets on both sides that revert a change when swapped in', () => {
    const ocr = `${LEAD}\n${TAIL}`;
    const clean = `${LEAD_CLEAN}\n${TAIL_CLEAN}`;
    const d = diff(ocr, clean);
    for (const h of d.hunks) {
      expect(ocr.slice(h.ocrStart, h.ocrEnd)).toBe(',');
      expect(clean.slice(h.cleanStart, h.cleanEnd)).toBe('，');
      expect(h.ocrStart).toBe(h.cleanStart);
    }
    expect(d.hunks).toHaveLength(2);
  });

  it('keeps offsets apart once lengths differ', () => {
    const ocr = '- 1.杭州锅炉集团股份有限公司自动焊创新工作室;\n- 2.杭州燃气集团';
    const clean = '1.杭州锅炉集团股份有限公司自动焊创新工作室；\n2.杭州燃气集团';
    const d = diff(ocr, clean);
    expect(changes(d)).toEqual(['delete "- "→""', 'replace ";"→"；"', 'delete "- "→""']);
    const second = ocr.indexOf('- 2');
    expect(d.hunks[2]).toMatchObject({ ocrStart: second, ocrEnd: second + 2, cleanStart: second - 2, cleanEnd: second - 2 });
  });

  it('does not split a character outside the Basic Multilingual Plane', () => {
    const d = diff('𠀀𠀁', '𠀀𠀂');
    expect(d.hunks).toEqual([{ op: 'replace', ocrStart: 2, ocrEnd: 4, cleanStart: 2, cleanEnd: 4, linebreak: false }]);
  });
});

describe('incremental diff', () => {
  const ocr = [LEAD, BODY, '据悉,自2012年起,杭州市总', '工会已连续多年在全市各行业开展活动。', TAIL].join('\n');
  const clean = [LEAD_CLEAN, BODY_CLEAN, '据悉，自2012年起，杭州市总工会已连续多年在全市各行业开展活动。', TAIL_CLEAN].join('\n');

  it('equals a full diff after typing, deleting and breaking a paragraph', () => {
    let d = diffTexts(ocr, clean);
    let text = clean;
    const edits: Array<[number, number, string]> = [
      [5, 0, '甲'],
      [5, 1, ''],
      [LEAD.length, 0, '\n'],
      [LEAD.length, 1, ''],
      [0, text.length, BODY],
      [0, 0, LEAD + '\n'],
    ];
    for (const [at, remove, insert] of edits) {
      text = text.slice(0, at) + insert + text.slice(at + remove);
      d = updateDiff(d, text);
      expect(d).toEqual(diffTexts(ocr, text));
      expect(checkDiff(d)).toEqual([]);
    }
  });

  it('stays equal to a full diff over thousands of keystrokes (caches swept meanwhile)', () => {
    let d = diffTexts(ocr, clean);
    let text = clean;
    for (let n = 0; n < 6000; n++) {
      // Type a character somewhere, or delete one: every keystroke leaves a new paragraph text behind.
      const at = (n * 7919) % text.length;
      text = n % 3 === 2 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + '工会职'[n % 3] + text.slice(at);
      d = updateDiff(d, text);
      if (n % 500 === 0) expect(d).toEqual(diffTexts(ocr, text));
    }
    expect(d).toEqual(diffTexts(ocr, text));
    expect(checkDiff(d)).toEqual([]);
  });

  it('returns the same diff for the same text', () => {
    const differ = new PageDiffer(ocr);
    expect(differ.diff(clean)).toBe(differ.diff(clean));
  });

  it('redoes a diff it did not make', () => {
    const foreign: TextDiff = { ...diffTexts(ocr, clean) };
    expect(updateDiff(foreign, clean + '。')).toEqual(diffTexts(ocr, clean + '。'));
  });
});

describe('long paragraphs', () => {
  it('shows a long paragraph differing throughout as one replacement rather than a character soup', () => {
    // Two unrelated sequences over the same eight characters: similar enough as multisets to be aligned, but
    // with no useful character alignment (thousands of edits).
    const sequence = (seed: number) => {
      let state = seed;
      return Array.from({ length: 20_000 }, () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return '工会职员劳模创新'[Math.floor(state / 65536) % 8];
      }).join('');
    };
    const ocr = sequence(1);
    const clean = sequence(2);
    const d = diff(ocr, clean);
    expect(d.hunks).toEqual([{ op: 'replace', ocrStart: 0, ocrEnd: ocr.length, cleanStart: 0, cleanEnd: clean.length, linebreak: false }]);
  });
});
