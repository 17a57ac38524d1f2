// Where bylines sit in a body (the lead's 本报讯 … 报道 prefix, a byline-only line, a photo credit ending in 摄)
// and the role words they use. Shared by the byline-doubled rule and the batch name check.

/** Role words, longest first so 见习记者 wins over 记者. */
export const ROLES = ['特约通讯员', '本报记者', '见习记者', '特约记者', '摄影记者', '实习记者', '通讯员', '记者'] as const;

const ROLE_RE = new RegExp(ROLES.join('|'));
/** Marks that end or split a sentence: a byline has none of them. */
const SENTENCE_RE = /[，。！？；：,.!?;:“”"]/;
const MAX_LEAD = 60;
const MAX_CREDIT = 40;

/** A [start, end) stretch of text holding bylines. */
export type Region = [number, number];

function lineRegion(line: string): Region | null {
  const open = line.length - line.trimStart().length;
  const body = line.slice(open);
  // Lead: 本报讯 记者X 通讯员Y报道 … (or 本报讯（记者X）…)
  const said = body.slice(0, MAX_LEAD + 2).indexOf('报道');
  const shut = body.startsWith('本报讯') ? body.search(/[)）]/) + 1 : 0;
  const cut = said >= 0 ? said : shut;
  if (cut > 0 && cut <= MAX_LEAD) {
    const prefix = body.slice(0, cut);
    if (!SENTENCE_RE.test(prefix) && ROLE_RE.test(prefix)) return [open, open + cut];
  }
  const trimmed = body.trimEnd();
  // Photo credit: …大拇指。通讯员张鲜红 摄
  if (trimmed.endsWith('摄')) {
    let from = trimmed.length - 1;
    while (from > 0 && trimmed.length - from <= MAX_CREDIT && !SENTENCE_RE.test(trimmed[from - 1])) from--;
    // The credit starts at its first role word: a caption without a final mark may run right into it.
    const role = trimmed.slice(from).search(ROLE_RE);
    if (role >= 0) return [open + from + role, open + trimmed.length];
  }
  // A line that is nothing but bylines: 本报讯 记者程雪
  if (trimmed.length <= MAX_CREDIT && !SENTENCE_RE.test(trimmed) && ROLE_RE.test(trimmed)) {
    return [open, open + trimmed.length];
  }
  return null;
}

/** Byline regions of a text, one paragraph per line, in order. */
export function bylineRegions(text: string): Region[] {
  const regions: Region[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const r = lineRegion(text.slice(start, end));
      if (r) regions.push([start + r[0], start + r[1]]);
    }
    start = end + 1;
  }
  return regions;
}

/** The suffixes of a word, longest first: 通讯员 → 通讯员, 讯员, 员. */
function suffixes(word: string): string[] {
  return [...word].map((_, i) => word.slice(i));
}

/** A role word (or 本报讯) followed by a repeat of its own ending: 通讯员员, 记者记者, 本报讯讯. */
export const DOUBLED_ROLE_RE = new RegExp(
  [...ROLES, '本报讯'].map((w) => `${w}(?:${suffixes(w).join('|')})+`).join('|'),
  'g',
);

/** The role (or 本报讯) a DOUBLED_ROLE_RE match starts with. */
export function leadingRole(match: string): string {
  return [...ROLES, '本报讯'].find((w) => match.startsWith(w)) ?? '';
}

/** Collapses doubled role words anywhere in a string: for bylines already known to be bylines. */
export function undoubleRoles(byline: string): string {
  return byline.replace(DOUBLED_ROLE_RE, (m) => leadingRole(m));
}
