// A noisy-channel reading of OCR text: a character c is suspected of being a misread c' when the language model
// finds the text with c' much more likely than with c, by more than the prior odds that the engine printed c for
// c' (an error rate, scaled by how alike the glyphs are and by how often this paper's proofreaders made that
// correction). The language model is a unigram word model over the dictionary — the best segmentation of a few
// characters around the place, scored as a segmenter scores it — with the paper's own n-grams added as words,
// so it reads any text the same way rather than keying on known strings.
import type { Suspicion } from '../model/types';
import type { Lookalike, SuspicionEvidence } from './evidence';

export interface SuspectOptions {
  /** Minimum posterior log-odds (natural log) of the proposal against the text as read. */
  minLogOdds?: number;
  /** Lookalikes tried per character, most alike first. */
  candidates?: number;
  /** Prior share of characters the OCR engine misread. */
  errorRate?: number;
  /** How steeply the prior falls as glyphs grow less alike: log-odds per unit of similarity. */
  sharpness?: number;
}

/** Prior share of characters an OCR engine misreads (Tesseract on newsprint: about 2 %). */
const ERROR_RATE = 0.02;
/** Log-odds lost per unit of glyph similarity: a misreading between glyphs alike at 0.9 is e² times likelier than at 0.7. */
const SHARPNESS = 10;
/** A paper's approved n-gram counts as this many dictionary occurrences (the dictionary corpus is far larger). */
const PAPER_WEIGHT = 200;
/** Each doubling of a paper's count of one correction adds this much log prior to the same confusion. */
const CONFUSION_WEIGHT = 1.5;
/** A character inside a dictionary word at least this frequent is taken as read correctly and not examined. */
const SUPPORTED = 20;
/** Words scored by the model: longer ones add little and cost lookups. */
const MAX_WORD = 4;
/** Glyphs less alike than this are not proposed, however well the word fits. */
const MIN_SIMILARITY = 0.3;
const DEFAULT_MIN_LOG_ODDS = 1;
const DEFAULT_CANDIDATES = 150;

/** CJK Unified Ideographs and Extension A: the characters with dictionary entries and glyph lookalikes. */
function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf));
}

/** Han characters of the text with their string offsets, in runs broken by anything else. */
function hanRuns(text: string): { chars: string[]; offsets: number[] }[] {
  const runs: { chars: string[]; offsets: number[] }[] = [];
  let run: { chars: string[]; offsets: number[] } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isHan(ch)) {
      if (!run) runs.push((run = { chars: [], offsets: [] }));
      run.chars.push(ch);
      run.offsets.push(i);
    } else run = null;
  }
  return runs;
}

class Scorer {
  private readonly logTotal: number;
  private readonly unknownChar: number;
  readonly maxLen: number;

  constructor(private readonly evidence: SuspicionEvidence) {
    this.logTotal = Math.log(evidence.words.total);
    this.unknownChar = Math.log(0.5) - this.logTotal;
    this.maxLen = Math.min(MAX_WORD, evidence.words.maxWordLength);
  }

  /** Dictionary plus weighted paper occurrences of a string. */
  count(word: string): number {
    const paper = word.length > 1 ? (this.evidence.paper?.count(word) ?? 0) : 0;
    return this.evidence.words.frequency(word) + PAPER_WEIGHT * paper;
  }

  /** Log probability of a word, or null for a multi-character string that is no word. */
  logP(word: string): number | null {
    const n = this.count(word);
    if (n > 0) return Math.log(n) - this.logTotal;
    return word.length === 1 ? this.unknownChar : null;
  }

  /** Best segmentation of chars[from, to) with chars[at] read as `as`: its log probability and the word covering `at`. */
  window(chars: readonly string[], from: number, to: number, at: number, as: string): { score: number; word: string } {
    const n = to - from;
    const best = new Float64Array(n + 1).fill(-Infinity);
    const back = new Int32Array(n + 1);
    best[0] = 0;
    const charAt = (k: number) => (k === at ? as : chars[k]);
    for (let end = 1; end <= n; end++) {
      let word = '';
      for (let len = 1; len <= this.maxLen && len <= end; len++) {
        word = charAt(from + end - len) + word;
        const lp = this.logP(word);
        if (lp === null) continue;
        const s = best[end - len] + lp;
        if (s > best[end]) {
          best[end] = s;
          back[end] = len;
        }
      }
    }
    for (let end = n; end > 0; end -= back[end]) {
      const first = from + end - back[end];
      if (first <= at && at < from + end) {
        let word = '';
        for (let k = first; k < from + end; k++) word += charAt(k);
        return { score: best[n], word };
      }
    }
    return { score: best[n], word: as };
  }

  /** For each character of the run, the count of the word covering it in the run's best segmentation (0 when it stands alone). */
  support(chars: readonly string[]): number[] {
    const n = chars.length;
    const best = new Float64Array(n + 1).fill(-Infinity);
    const back = new Int32Array(n + 1);
    best[0] = 0;
    for (let end = 1; end <= n; end++) {
      let word = '';
      for (let len = 1; len <= this.maxLen && len <= end; len++) {
        word = chars[end - len] + word;
        const lp = this.logP(word);
        if (lp === null) continue;
        const s = best[end - len] + lp;
        if (s > best[end]) {
          best[end] = s;
          back[end] = len;
        }
      }
    }
    const out = new Array<number>(n).fill(0);
    for (let end = n; end > 0; end -= back[end]) {
      const len = back[end];
      if (len < 2) continue;
      const f = this.count(chars.slice(end - len, end).join(''));
      for (let k = end - len; k < end; k++) out[k] = f;
    }
    return out;
  }

  /** Whether `as` at `at` makes a word of two or three characters with its neighbours: a cheap test before segmenting. */
  formsWord(chars: readonly string[], at: number, as: string): boolean {
    const p1 = at > 0 ? chars[at - 1] : '';
    const n1 = at + 1 < chars.length ? chars[at + 1] : '';
    if ((p1 && this.count(p1 + as) > 0) || (n1 && this.count(as + n1) > 0)) return true;
    const p2 = at > 1 ? chars[at - 2] : '';
    const n2 = at + 2 < chars.length ? chars[at + 2] : '';
    return (!!p2 && !!p1 && this.count(p2 + p1 + as) > 0) || (!!p1 && !!n1 && this.count(p1 + as + n1) > 0) || (!!n1 && !!n2 && this.count(as + n1 + n2) > 0);
  }
}

/** Log prior odds that the engine printed `read` for `look.char`. */
function channelLogOdds(look: Lookalike, learned: number, errorRate: number, sharpness: number): number {
  return Math.log(errorRate) + sharpness * (look.similarity - 1) + CONFUSION_WEIGHT * Math.log1p(learned);
}

function candidatesFor(read: string, evidence: SuspicionEvidence, limit: number): Lookalike[] {
  const out = evidence.glyphs.lookalikes(read).slice(0, limit).filter((l) => l.similarity >= MIN_SIMILARITY);
  // What the paper's proofreaders corrected this character to is a candidate even when the glyph table lacks it.
  for (const c of evidence.confusions?.corrections(read) ?? []) {
    if (c.truth.length === 1 && isHan(c.truth) && !out.some((l) => l.char === c.truth)) out.push({ char: c.truth, similarity: MIN_SIMILARITY });
  }
  return out;
}

/** The evidence for one proposal in words: the glyphs, what the dictionary and the paper know, what was corrected before. */
function reasonFor(read: string, best: { char: string; word: string; similarity: number; learned: number }, evidence: SuspicionEvidence): string {
  const misread = best.word.replace(best.char, read);
  const parts = [`形近字：${read}→${best.char}（字形相似度 ${Math.round(best.similarity * 100)}%）`];
  if (best.word.length > 1) {
    parts.push(`词典：‘${best.word}’ ${evidence.words.frequency(best.word)} 次，‘${misread}’ ${evidence.words.frequency(misread)} 次`);
    const paper = evidence.paper?.count(best.word) ?? 0;
    if (paper > 0) parts.push(`本报已校文本：‘${best.word}’ 出现 ${paper} 次，‘${misread}’ ${evidence.paper?.count(misread) ?? 0} 次`);
  }
  if (best.learned > 0) parts.push(`本报校对已 ${best.learned} 次将 ${read} 改为 ${best.char}`);
  return parts.join('；');
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Spans of `text` the OCR engine probably misread, in text order, each with the likely original and why. */
export function findSuspicions(text: string, evidence: SuspicionEvidence, options: SuspectOptions = {}): Suspicion[] {
  const minLogOdds = options.minLogOdds ?? DEFAULT_MIN_LOG_ODDS;
  const limit = options.candidates ?? DEFAULT_CANDIDATES;
  const errorRate = options.errorRate ?? ERROR_RATE;
  const sharpness = options.sharpness ?? SHARPNESS;
  const scorer = new Scorer(evidence);
  const out: Suspicion[] = [];
  for (const { chars, offsets } of hanRuns(text)) {
    const support = scorer.support(chars);
    for (let at = 0; at < chars.length; at++) {
      if (support[at] >= SUPPORTED) continue;
      const read = chars[at];
      const from = Math.max(0, at - scorer.maxLen + 1);
      const to = Math.min(chars.length, at + scorer.maxLen);
      let asRead: number | null = null;
      let best: { char: string; odds: number; word: string; similarity: number; learned: number } | null = null;
      for (const look of candidatesFor(read, evidence, limit)) {
        if (!scorer.formsWord(chars, at, look.char)) continue;
        asRead ??= scorer.window(chars, from, to, at, read).score;
        const alt = scorer.window(chars, from, to, at, look.char);
        const learned = evidence.confusions?.corrections(read).find((c) => c.truth === look.char)?.count ?? 0;
        const odds = alt.score - asRead + channelLogOdds(look, learned, errorRate, sharpness);
        if (odds > minLogOdds && (!best || odds > best.odds)) best = { char: look.char, odds, word: alt.word, similarity: look.similarity, learned };
      }
      if (!best) continue;
      const start = offsets[at];
      out.push({
        start,
        end: start + read.length,
        text: read,
        proposal: best.char,
        reason: reasonFor(read, best, evidence),
        confidence: +sigmoid(best.odds).toFixed(3),
      });
    }
  }
  return out;
}
