// Whether decoded bytes read as Chinese text. GB18030 decodes most byte soups, and Shift_JIS, EUC-KR and EUC-JP
// bytes decode as GB18030 too (into rare characters, or into common ones in a meaningless order), so an encoding
// is taken only when its result looks like what newspapers print: mostly common characters.

/** GB2312 level 1 (rows 0xB0–0xD7): the 3,755 characters of everyday text; derived from the platform's decoder. */
let common: Set<string> | null = null;

function commonCharacters(): Set<string> {
  if (!common) {
    common = new Set();
    const decoder = new TextDecoder('gb18030');
    for (let row = 0xb0; row <= 0xd7; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const ch = decoder.decode(new Uint8Array([row, cell]));
        if (isIdeograph(ch.codePointAt(0)!)) common.add(ch);
      }
    }
  }
  return common;
}

const isIdeograph = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x323af);
/** CJK and full-width punctuation, general punctuation (dashes, quotes, ellipsis), and ideographic symbols. */
const isChinesePunctuation = (cp: number) => (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2010 && cp <= 0x2027) || cp === 0xb7;
const isKanaOrHangul = (cp: number) => (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff);

export interface ChineseVerdict {
  plausible: boolean;
  /** Share of the ideographs that are common ones (0 when there are none), for the refusal's reason. */
  commonShare: number;
}

/** At least this share of the ideographs are common characters: real pages (names, places included) are ≥ 0.95. */
const MIN_COMMON_SHARE = 0.8;
/** At least this share of the non-ASCII characters are ideographs or Chinese punctuation. */
const MIN_CHINESE_SHARE = 0.8;

/**
 * Chinese text: it has ideographs, nearly all of them common characters; nearly everything outside ASCII is an
 * ideograph or Chinese punctuation; next to no kana or hangul (text in another script decoded the wrong way).
 */
export function judgeChinese(text: string): ChineseVerdict {
  const commonSet = commonCharacters();
  let nonAscii = 0;
  let ideographs = 0;
  let commonOnes = 0;
  let punctuation = 0;
  let foreign = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isIdeograph(cp)) {
      ideographs++;
      if (commonSet.has(ch)) commonOnes++;
    } else if (isChinesePunctuation(cp)) punctuation++;
    else if (isKanaOrHangul(cp)) foreign++;
  }
  const commonShare = ideographs === 0 ? 0 : commonOnes / ideographs;
  const plausible =
    ideographs > 0 && commonShare >= MIN_COMMON_SHARE && (ideographs + punctuation) / nonAscii >= MIN_CHINESE_SHARE && foreign <= nonAscii / 100;
  return { plausible, commonShare };
}
