// A noisy-channel reading of OCR text: a character c is suspected of being a misread c' when the language model
// finds the text with c' much more likely than with c, by more than the prior odds that the engine misread c'
// as c (an error rate, scaled by how alike the glyphs are). The language model is a unigram word model over the
// dictionary (the best segmentation of a few characters around the place, as a segmenter scores it), with the
// paper's own n-grams added as words, so it generalises to any text rather than keying on known strings.
import type { Suspicion } from '../model/types';
import type { Lookalike, SuspicionEvidence } from './evidence';

export interface SuspectOptions {
  /** Minimum posterior log-odds (natural log) of the proposal against the text as read. */
  minLogOdds?: number;
  /** Lookalikes tried per character, most alike first. */
  candidates?: number;
}

/** Prior share of characters an OCR engine misreads (Tesseract on newsprint: about 2 %). */
const ERROR_RATE = 0.02;
/** A paper's approved n-gram counts as this many dictionary occurrences (the dictionary corpus is far larger). */
const PAPER_WEIGHT = 200;
/** A correction the paper's proofreaders made counts as this much more prior for the same confusion. */
const CONFUSION_WEIGHT = 1.5;
const DEFAULT_MIN_LOG_ODDS = 1;
const DEFAULT_CANDIDATES = 16;

const HAN = /\p{Script=Han}/u;

/** Han characters of the text with their string offsets, in runs broken by anything else. */
function hanRuns(text: string): { chars: string[]; offsets: number[] }[] {
  const runs: { chars: string[]; offsets: number[] }[] = [];
  let run: { chars: string[]; offsets: number[] } | null = null;
  let i = 0;
  for (const ch of text) {
    if (HAN.test(ch)) {
      if (!run) runs.push((run = { chars: [], offsets: [] }));
      run.chars.push(ch);
      run.offsets.push(i);
    } else run = null;
    i += ch.length;
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
    this.maxLen = Math.min(4, evidence.words.maxWordLength);
  }

  /** Dictionary plus paper occurrences of a string. */
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

  /**
   * Best segmentation log probability of chars[from, to) with chars[at] read as `as`, and the word that
   * covers `at` in it.
   */
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
    let end = n;
    let word = as;
    while (end > 0) {
      const len = back[end];
      if (from + end - len <= at && at < from + end) {
        word = '';
        for (let k = from + end - len; k < from + end; k++) word += charAt(k);
        break;
      }
      end -= len;
    }
    return { score: best[n], word };
  }

  /** Whether `as` at `at` forms a word (2+ characters) with its neighbours at all: a cheap filter before segmenting. */
  formsWord(chars: readonly string[], at: number, as: string): boolean {
    for (let len = 2; len <= this.maxLen; len++) {
      for (let start = Math.max(0, at - len + 1); start <= at && start + len <= chars.length; start++) {
        let word = '';
        for (let k = start; k < start + len; k++) word += k === at ? as : chars[k];
        if (this.count(word) > 0) return true;
      }
    }
    return false;
  }
}

/** log prior odds that the engine printed `read` for `original`. */
function channelLogOdds(look: Lookalike, read: string, evidence: SuspicionEvidence): number {
  const learned = evidence.confusions?.corrections(read).find((c) => c.truth === look.char)?.count ?? 0;
  return Math.log(ERROR_RATE * look.similarity) + CONFUSION_WEIGHT * Math.log1p(learned);
}

function candidatesFor(read: string, evidence: SuspicionEvidence, limit: number): Lookalike[] {
  const out = evidence.glyphs.lookalikes(read).slice(0, limit);
  // Confusions the paper's proofreaders corrected are candidates even when the glyph table lacks them.
  for (const c of evidence.confusions?.corrections(read) ?? []) {
    if ([...c.truth].length === 1 && !out.some((l) => l.char === c.truth)) out.push({ char: c.truth, similarity: 0.5 });
  }
  return out;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Spans of `text` the OCR engine probably misread, in text order, each with the likely original and why. */
export function findSuspicions(text: string, evidence: SuspicionEvidence, options: SuspectOptions = {}): Suspicion[] {
  const minLogOdds = options.minLogOdds ?? DEFAULT_MIN_LOG_ODDS;
  const limit = options.candidates ?? DEFAULT_CANDIDATES;
  const scorer = new Scorer(evidence);
  const out: Suspicion[] = [];
  for (const { chars, offsets } of hanRuns(text)) {
    for (let at = 0; at < chars.length; at++) {
      const read = chars[at];
      const from = Math.max(0, at - scorer.maxLen + 1);
      const to = Math.min(chars.length, at + scorer.maxLen);
      let asRead: { score: number; word: string } | null = null;
      let best: { char: string; odds: number; word: string; readWord: string; similarity: number } | null = null;
      for (const look of candidatesFor(read, evidence, limit)) {
        if (!scorer.formsWord(chars, at, look.char)) continue;
        asRead ??= scorer.window(chars, from, to, at, read);
        const alt = scorer.window(chars, from, to, at, look.char);
        const odds = alt.score - asRead.score + channelLogOdds(look, read, evidence);
        if (odds > minLogOdds && (!best || odds > best.odds)) {
          best = { char: look.char, odds, word: alt.word, readWord: asRead.word, similarity: look.similarity };
        }
      }
      if (!best) continue;
      const start = offsets[at];
      const misread = best.word.replace(best.char, read);
      out.push({
        start,
        end: start + read.length,
        text: read,
        proposal: best.char,
        reason: `形近字：${read}→${best.char}；‘${best.word}’ 出现 ${scorer.count(best.word)} 次，‘${misread}’ ${scorer.count(misread)} 次`,
        confidence: +sigmoid(best.odds).toFixed(3),
      });
    }
  }
  return out;
}
