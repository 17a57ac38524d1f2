// A noisy-channel reading of OCR text: a character c is suspected of being a misread c' when the word model
// finds the text around it with c' in place of c much more likely — by more than the prior odds that the engine
// printed c for c', which fall with how unlike the glyphs are and rise with how often this paper's proofreaders
// made that correction. The word model is the dictionary's (a unigram model over words of one to four
// characters, cut as jieba cuts) with the paper's n-grams added, so it reads any text alike rather than keying on
// known strings; the character bigram model (charModel) only picks which lookalikes are worth scoring.
import type { Suspicion } from '../model/types';
import type { ComponentTable, EngineConfusions, GlyphTable, Lookalike, SuspicionEvidence } from './evidence';
import { dropSuspicions } from './breaks';
import { weightedCount, weightedPairCount } from './library';
import { markSuspicions } from './marks';
import { MAX_WORD, wordIndex, type WordIndex } from './words';

export interface SuspectOptions {
  /** Minimum posterior log-odds (natural log) of the proposal against the text as read. */
  minLogOdds?: number;
  /** Lookalikes tried per character, most alike first. */
  candidates?: number;
  /** Prior share of characters the OCR engine misread. */
  errorRate?: number;
  /** How steeply the prior falls as glyphs grow less alike: log-odds per unit of similarity. */
  sharpness?: number;
  /** A character that makes a dictionary word this frequent with a neighbour is taken as read correctly. */
  supported?: number;
}

/** Prior share of characters an OCR engine misreads (Tesseract on newsprint: about 2 %). */
const ERROR_RATE = 0.02;
/** Log-odds lost per unit of glyph similarity: a misreading between glyphs alike at 0.9 is e^0.6 times likelier than at 0.7. */
const SHARPNESS = 3;
/** Pseudo-count of a paper's learned confusion rate: k corrections of c→c' make the prior k / (k + this). */
const CONFUSION_PRIOR = 2;
/**
 * Weight of the engine's measured misreading rate in the prior. A confusion the engine was seen to make is its own
 * habit, likelier than what glyph ink alone suggests; with the word model judging the context, trusting it more
 * finds more of them at the same precision (chosen on half the Tesseract pages, checked on the other half).
 */
const ENGINE_WEIGHT = 8;
/**
 * Weight of a lookalike by shared component against a glyph lookalike of the same similarity: the decomposition
 * says what the characters are built from, not how much ink they share, so its pairs get a lower prior than the
 * glyphs' and far lower than the engine's measured habits (chosen on half the Tesseract pages, checked on the other half).
 */
const COMPONENT_WEIGHT = 0.5;
/** Pseudo-count of printings added to each measured rate, so that one misreading of one printing is not a certainty. */
const ENGINE_PRIOR = 2;
/**
 * A character that makes a pair this frequent inside words with a neighbour is taken as read correctly, unscored;
 * a weaker pair (工区 80 is not weak; 率地 15 is) is left to the word model, which weighs it against the proposal.
 */
const SUPPORTED = 50;
/** A pair this frequent inside words ends a word: the character before a surname that ends one is no surname. */
const WORD_END = 5;
/** Log-odds more a proposal needs inside a likely name (e⁴ ≈ 55 times the evidence). */
const NAME_MARGIN = 4;
/** A proposal must make a pair that occurs inside dictionary (or paper) words at least this often (charModel's minPair). */
const WORD_PAIR = 5;
/** Lookalikes, most alike first, for which the paper's own text is searched for a word they make. */
const PAPER_CANDIDATES = 40;
/** Share of a character's word-initial uses that begin person names, above which it is taken for a surname. */
const SURNAME = 0.3;
const DEFAULT_MIN_LOG_ODDS = 0;
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
  /** The paper's weighted counts of the words asked for in this text: neighbouring characters' windows share most of their words. */
  private readonly paperCounts = new Map<string, number>();
  readonly index: WordIndex;

  constructor(private readonly evidence: SuspicionEvidence) {
    this.index = wordIndex(evidence.words);
  }

  /** The paper's count of the pair a·b, in dictionary occurrences (each source's weight × its count). */
  paperPair(a: string, b: string): number {
    const paper = this.evidence.paper;
    return paper ? weightedPairCount(paper, a, b) : 0;
  }

  /** The paper's count of an n-gram, in dictionary occurrences. */
  paperCount(ngram: string): number {
    const paper = this.evidence.paper;
    return paper ? weightedCount(paper, ngram) : 0;
  }

  /** paperCount, asked once per word and text. */
  cachedPaperCount(ngram: string): number {
    let v = this.paperCounts.get(ngram);
    if (v === undefined) this.paperCounts.set(ngram, (v = this.paperCount(ngram)));
    return v;
  }

  /** Pair count inside words (dictionary or paper): what tells a read character is part of a word. */
  wordPair(a: string, b: string): number {
    return this.evidence.chars.inWord(a, b) + this.paperPair(a, b);
  }

  /** Whether wordPair(a, b) ≥ min, asking the paper only when the dictionary falls short. */
  inWords(a: string, b: string, min: number): boolean {
    const dictionary = this.evidence.chars.inWord(a, b);
    return dictionary >= min || (!!this.evidence.paper && dictionary + this.paperPair(a, b) >= min);
  }

  /** The most frequent three-character word (dictionary or paper) that `x` at `at` makes with its neighbours, and its count. */
  triple(chars: readonly string[], at: number, x: string): { word: string; count: number } {
    let best = { word: '', count: 0 };
    for (let start = Math.max(0, at - 2); start <= at && start + 3 <= chars.length; start++) {
      let word = '';
      for (let k = start; k < start + 3; k++) word += k === at ? x : chars[k];
      const count = this.evidence.words.frequency(word) + this.paperCount(word);
      if (count > best.count) best = { word, count };
    }
    return best;
  }

  /** Log probability of a word of `length` characters as one token from its count; −∞ for no known word (a character the dictionary lacks is still a token, as rare as can be). */
  logOf(count: number, length: number): number {
    return Math.log((count > 0 ? count : length === 1 ? 1 : 0) / this.evidence.words.total);
  }
}

/**
 * The word model over the runs of Han characters of one text (the unigram model over words of one to MAX_WORD
 * characters, its counts the dictionary's with the paper's added for two characters or more). Each word of a run
 * is scored once, since neighbouring characters' windows share most of them; the words a candidate makes in a
 * character's place are walked through the dictionary's trie, and the paper is asked for a longer n-gram only
 * when it counts every pair inside it. Positions are the run's (set by `run`); the text's own offsets index the storage.
 */
class TextLattice {
  private readonly codes: Uint16Array;
  /** Count and log probability of text[i, i + k) at i·MAX_WORD + k − 1, NaN until asked. */
  private readonly counts: Float64Array;
  private readonly logs: Float64Array;
  /** The paper's part of counts (what the unverified batch may owe to a repeated misreading), NaN until asked. */
  private readonly paperParts: Float64Array;
  /** The paper's weighted count of the pair text[i]·text[i + 1], NaN until asked. */
  private readonly paperPairs: Float64Array;
  /** The run: its offset in the text and length. */
  private base = 0;
  private m = 0;
  /** The position being scored, its window's extent and what does not depend on the candidate. */
  private at = 0;
  private n = 0;
  private r = 0;
  /** Best log probabilities of cutting the window's left part run[at − n, at − n + s) and right part run[at + 1 + e, at + 1 + r). */
  private readonly before = new Float64Array(MAX_WORD);
  private readonly after = new Float64Array(MAX_WORD);
  /** The trie node of run[at − n + s, at), −1 for no dictionary prefix. */
  private readonly leftNodes = new Int32Array(MAX_WORD);
  /** Whether the paper may count run[at − n + s, at) and run[at + 1, at + 1 + e) as parts of a word. */
  private readonly leftPaper = new Uint8Array(MAX_WORD);
  private readonly rightPaper = new Uint8Array(MAX_WORD);

  constructor(
    private readonly scorer: Scorer,
    private readonly text: string,
  ) {
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
    this.counts = new Float64Array(text.length * MAX_WORD).fill(NaN);
    this.logs = new Float64Array(text.length * MAX_WORD).fill(NaN);
    this.paperParts = new Float64Array(text.length * MAX_WORD).fill(NaN);
    this.paperPairs = new Float64Array(text.length).fill(NaN);
  }

  /** Sets the run of Han characters text[base, base + length) that positions refer to. */
  run(base: number, length: number): void {
    this.base = base;
    this.m = length;
  }

  /** The paper's weighted count of run[i]·run[i + 1]; a longer n-gram holding a pair the paper lacks has no count either. */
  private paperPair(i: number): number {
    const t = this.base + i;
    if (Number.isNaN(this.paperPairs[t])) this.paperPairs[t] = this.scorer.paperPair(this.text[t], this.text[t + 1]);
    return this.paperPairs[t];
  }

  /** Fills counts and logs of the words starting at run[i]. */
  private fill(i: number): void {
    const { index } = this.scorer;
    const t = this.base + i;
    let node = 0;
    let paper = true;
    for (let k = 1; k <= MAX_WORD && i + k <= this.m; k++) {
      node = index.step(node, this.codes[t + k - 1]);
      if (k > 1) paper &&= this.paperPair(i + k - 2) > 0;
      const dict = node < 0 ? 0 : index.count(node);
      const f = dict + (k === 2 ? this.paperPair(i) : k > 2 && paper ? this.scorer.cachedPaperCount(this.text.slice(t, t + k)) : 0);
      this.counts[t * MAX_WORD + k - 1] = f;
      this.paperParts[t * MAX_WORD + k - 1] = f - dict;
      this.logs[t * MAX_WORD + k - 1] = this.scorer.logOf(f, k);
    }
  }

  /** Log probability of run[i, i + k) as one word. */
  private log(i: number, k: number): number {
    const slot = (this.base + i) * MAX_WORD + k - 1;
    if (Number.isNaN(this.logs[slot])) this.fill(i);
    return this.logs[slot];
  }

  /** The count of the most frequent three-character word through run[at] (dictionary and paper), 0 for none. */
  tripleCount(at: number): number {
    let best = 0;
    for (let start = Math.max(0, at - 2); start <= at && start + 3 <= this.m; start++) {
      const slot = (this.base + start) * MAX_WORD + 2;
      if (Number.isNaN(this.counts[slot])) this.fill(start);
      if (this.counts[slot] > best) best = this.counts[slot];
    }
    return best;
  }

  /**
   * Sets the window to the characters within MAX_WORD − 1 of run[at] (every word through it lies there) and
   * cuts its left and right parts: the best cuts on either side of the word holding run[at] are the same for
   * every character in its place.
   */
  window(at: number): void {
    const n = Math.min(at, MAX_WORD - 1);
    const r = Math.min(this.m - at - 1, MAX_WORD - 1);
    this.at = at;
    this.n = n;
    this.r = r;
    const from = at - n;
    const { before, after } = this;
    before.fill(-Infinity, 0, n + 1);
    before[0] = 0;
    for (let j = 1; j <= n; j++) {
      for (let k = 1; k <= Math.min(MAX_WORD, j); k++) {
        const v = before[j - k] + this.log(from + j - k, k);
        if (v > before[j]) before[j] = v;
      }
    }
    after.fill(-Infinity, 0, r + 1);
    after[r] = 0;
    for (let j = r - 1; j >= 0; j--) {
      for (let k = 1; k <= Math.min(MAX_WORD, r - j); k++) {
        const v = after[j + k] + this.log(at + 1 + j, k);
        if (v > after[j]) after[j] = v;
      }
    }
    const index = this.scorer.index;
    for (let s = n; s >= 0; s--) {
      this.leftPaper[s] = s === n || (this.leftPaper[s + 1] === 1 && (s + 1 === n || this.paperPair(from + s) > 0)) ? 1 : 0;
    }
    for (let s = 0; s <= n; s++) {
      let node = 0;
      for (let i = this.base + from + s; i < this.base + at && node >= 0; i++) node = index.step(node, this.codes[i]);
      this.leftNodes[s] = node;
    }
    this.rightPaper[0] = 1;
    for (let e = 1; e <= r; e++) this.rightPaper[e] = this.rightPaper[e - 1] === 1 && (e === 1 || this.paperPair(at + e - 1) > 0) ? 1 : 0;
  }

  /** The log probability of the window read as it is. */
  asRead(): number {
    const { at, n, r, before, after } = this;
    let best = -Infinity;
    for (let s = Math.max(0, n - MAX_WORD + 1); s <= n; s++) {
      for (let e = 0; e <= r && n - s + 1 + e <= MAX_WORD; e++) {
        const v = before[s] + this.log(at - n + s, n - s + 1 + e) + after[e];
        if (v > best) best = v;
      }
    }
    return best;
  }

  /**
   * The log probability of the likeliest cut of the window with x (code unit `code`) in place of run[at], the
   * word holding x joining the characters on its left and right only where allowed: where a misread breaks a
   * word (面罩 → 面置) the text falls apart into single characters, and putting the original back makes the word again.
   */
  with(x: string, code: number, joinsLeft: boolean, joinsRight: boolean, share = 0): number {
    const { at, n, before, after, scorer } = this;
    const index = scorer.index;
    const t = this.base + at;
    const r = joinsRight ? this.r : 0;
    // The paper counts a word holding x only where it counts the pairs x makes with the characters beside it
    // (asked only on a side the word may join: the other side's pair is never read).
    const pairLeft = joinsLeft && n > 0 ? scorer.paperPair(this.text[t - 1], x) : 0;
    const pairRight = r > 0 ? scorer.paperPair(x, this.text[t + 1]) : 0;
    let best = -Infinity;
    for (let s = joinsLeft ? Math.max(0, n - MAX_WORD + 1) : n; s <= n; s++) {
      const paperFrom = s === n || (pairLeft > 0 && this.leftPaper[s] === 1);
      let node = this.leftNodes[s] < 0 ? -1 : index.step(this.leftNodes[s], code);
      for (let e = 0; e <= r && n - s + 1 + e <= MAX_WORD; e++) {
        if (e > 0 && node >= 0) node = index.step(node, this.codes[t + e]);
        const length = n - s + 1 + e;
        const paper = length > 1 && paperFrom && (e === 0 || (pairRight > 0 && this.rightPaper[e] === 1));
        // The batch is OCR text too: its count of the span as read may be this misreading repeated, as likely as the engine makes it.
        const slot = (this.base + at - n + s) * MAX_WORD + length - 1;
        if (share > 0 && length > 1 && Number.isNaN(this.paperParts[slot])) this.fill(at - n + s);
        const owed = share > 0 && length > 1 ? share * this.paperParts[slot] : 0;
        if (node < 0 && !paper && length > 1 && !(owed > 0)) continue;
        const dict = node < 0 ? 0 : index.count(node);
        let counted = owed;
        if (paper) counted += length > 2 ? scorer.cachedPaperCount(this.text.slice(t - n + s, t) + x + this.text.slice(t + 1, t + 1 + e)) : e === 0 ? pairLeft : pairRight;
        const f = dict + counted;
        const v = before[s] + scorer.logOf(f, length) + after[e];
        if (v > best) best = v;
      }
    }
    return best;
  }
}

/** Whether chars[at] is probably part of a person's name: a likely surname that ends no word, or one or two characters after one. */
function isNamePart(chars: readonly string[], at: number, evidence: SuspicionEvidence): boolean {
  const names = evidence.names;
  if (!names) return false;
  for (let back = 0; back <= 2 && at - back >= 0; back++) {
    const surname = chars[at - back];
    if (names.surname(surname) < SURNAME) continue;
    const prev = at - back > 0 ? chars[at - back - 1] : '';
    // The surname character must not be the end of a word (会长董才平: 董 starts a name, 长董 is no word).
    if (!prev || evidence.chars.inWord(prev, surname) < WORD_END) return true;
  }
  return false;
}

/** A byline's role word, after which a person's name of two or three characters follows (记者 张三, 通讯员李四). */
const BYLINE_ROLE = /(?:记者|通讯员|实习生|摄影|编辑|作者)[ \u3000]*(?=\p{Script=Han}{2,3}(?:[ \u3000、，,）)]|报道|摄|$))/gu;

/** Offsets of the characters of names that bylines and credits name: a dictionary cannot judge them. */
function bylineNames(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(BYLINE_ROLE)) {
    const from = m.index + m[0].length;
    const name = /^\p{Script=Han}{2,3}/u.exec(text.slice(from, from + 3));
    for (let k = 0; k < (name?.[0].length ?? 0); k++) out.add(from + k);
  }
  return out;
}

/**
 * Log prior odds that the engine printed `read` for `look.char`: the engine's error rate, lower for glyphs less
 * alike, plus the rate this paper's proofreaders found the confusion at (k corrections: k / (k + 2)).
 */
function channelLogOdds(look: Candidate, learned: number, errorRate: number, sharpness: number): number {
  const glyph = look.similarity > 0 ? errorRate * Math.exp(sharpness * (look.similarity - 1)) : 0;
  const component = look.component ? COMPONENT_WEIGHT * errorRate * Math.exp(sharpness * (look.component.similarity - 1)) : 0;
  const engine = look.engine ? (ENGINE_WEIGHT * (errorRate / ERROR_RATE) * look.engine.count) / (look.engine.seen + ENGINE_PRIOR) : 0;
  return Math.log(glyph + component + engine + learned / (learned + CONFUSION_PRIOR));
}

/** A possible original of a read character: a lookalike glyph, one by shared component, a measured misreading of the engine, or several. */
interface Candidate extends Lookalike {
  engine?: { count: number; seen: number };
  component?: { similarity: number; shared: string };
}

/**
 * A read character's candidates with what every position that scores it asks of them, computed once: their code
 * units, and their prior log odds before any correction is learned (for one error rate and sharpness at a time).
 */
interface CandidateList {
  readonly list: readonly Candidate[];
  readonly codes: Uint16Array;
  priors?: { errorRate: number; sharpness: number; odds: Float64Array };
}

function candidateList(list: readonly Candidate[]): CandidateList {
  return { list, codes: Uint16Array.from(list, (l) => l.char.charCodeAt(0)) };
}

/** Prior log odds of each candidate of `c` with nothing learned (channelLogOdds), kept for the last error rate and sharpness asked. */
function priorsOf(c: CandidateList, errorRate: number, sharpness: number): Float64Array {
  if (c.priors?.errorRate !== errorRate || c.priors.sharpness !== sharpness) {
    c.priors = { errorRate, sharpness, odds: Float64Array.from(c.list, (look) => channelLogOdds(look, 0, errorRate, sharpness)) };
  }
  return c.priors.odds;
}

/** Lookalikes merged with the engine's measured confusions and the component pairs by read character's code unit, per table and limit: the same for every article. */
const merged = new WeakMap<GlyphTable, WeakMap<EngineConfusions, WeakMap<ComponentTable, Map<number, Map<number, CandidateList>>>>>();
const NO_ENGINE: EngineConfusions = { printedAs: () => [] };
const NO_COMPONENTS: ComponentTable = { lookalikes: () => [] };

/** The candidates of every read character for this evidence and limit, merged once per character. */
function candidateTable(evidence: SuspicionEvidence, limit: number): (read: string) => CandidateList {
  const engine = evidence.engine ?? NO_ENGINE;
  const components = evidence.components ?? NO_COMPONENTS;
  const byEngine = merged.get(evidence.glyphs) ?? merged.set(evidence.glyphs, new WeakMap()).get(evidence.glyphs)!;
  const byComponents = byEngine.get(engine) ?? byEngine.set(engine, new WeakMap()).get(engine)!;
  const byLimit = byComponents.get(components) ?? byComponents.set(components, new Map()).get(components)!;
  const cache = byLimit.get(limit) ?? byLimit.set(limit, new Map()).get(limit)!;
  return (read) => {
    const code = read.charCodeAt(0);
    let out = cache.get(code);
    if (out) return out;
    const list: Candidate[] = evidence.glyphs.lookalikes(read).slice(0, limit);
    // What the engine was measured to read as this character is a candidate even when the glyph table lacks it.
    const at = new Map(list.map((l, k) => [l.char, k]));
    for (const e of engine.printedAs(read)) {
      const k = at.get(e.char);
      if (k !== undefined) list[k] = { ...list[k], engine: e };
      else {
        at.set(e.char, list.length);
        list.push({ char: e.char, similarity: 0, engine: e });
      }
    }
    // So is a character built from the same component in another frame (狂 → 逛), at a lower prior.
    for (const c of components.lookalikes(read)) {
      const k = at.get(c.char);
      const component = { similarity: c.similarity, shared: c.shared };
      if (k !== undefined) list[k] = { ...list[k], component };
      else list.push({ char: c.char, similarity: 0, component });
    }
    cache.set(code, (out = candidateList(list)));
    return out;
  };
}

/** The merged candidates with what the paper's proofreaders corrected the character to (`learned`) added. */
function withLearned(cached: CandidateList, learned: readonly { truth: string; count: number }[]): CandidateList {
  if (learned.length === 0) return cached;
  const out = [...cached.list];
  for (const c of learned) {
    if (c.truth.length === 1 && isHan(c.truth) && !out.some((l) => l.char === c.truth)) out.push({ char: c.truth, similarity: 0.5 });
  }
  return candidateList(out);
}

interface Proposal {
  char: string;
  odds: number;
  similarity: number;
  learned: number;
  engine?: { count: number; seen: number };
  component?: { similarity: number; shared: string };
  /** Whether the proposal makes a word with the character before (1) and after (1). */
  leftWord: number;
  rightWord: number;
}

/**
 * The evidence for one proposal in words: the glyphs, what the dictionary and the paper know of `word` (the word
 * the proposal makes with its neighbours that the evidence knows best) and of `misread` (the same as read), what
 * was corrected before.
 */
function reasonFor(read: string, best: Proposal, word: string, misread: string, evidence: SuspicionEvidence): string {
  const parts: string[] = [];
  if (best.similarity > 0) parts.push(`形近字：${read}→${best.char}（字形相似度 ${Math.round(best.similarity * 100)}%）`);
  if (best.component && best.similarity === 0) parts.push(`形近字（部件相同）：${read}→${best.char}（同含‘${best.component.shared}’）`);
  if (best.engine) parts.push(`识别引擎常见误识：‘${best.char}’ 被识别为 ‘${read}’（实测 ${best.engine.seen} 次中 ${best.engine.count} 次）`);
  const dict = evidence.words.frequency(word);
  const paper = evidence.paper?.count(word) ?? 0;
  if (dict > 0) parts.push(`词典：‘${word}’ ${dict} 次，‘${misread}’ ${evidence.words.frequency(misread)} 次`);
  if (paper > 0) parts.push(`${evidence.paper?.label ?? '本报已校文本'}：‘${word}’ 出现 ${paper} 次，‘${misread}’ ${evidence.paper?.count(misread) ?? 0} 次`);
  if (dict === 0 && paper === 0) parts.push(`‘${word}’ 远比 ‘${misread}’ 常见`);
  if (best.learned > 0) parts.push(`本报校对已 ${best.learned} 次将 ${read} 改为 ${best.char}`);
  return parts.join('；');
}

const EVERY = { has: () => true };
const NONE = { has: () => false };

/** The paper's neighbours of `char` on one side; a paper without that index may pair any character. */
function neighboursOf(evidence: SuspicionEvidence, char: string, side: 'after' | 'before'): { has(char: string): boolean } {
  const paper = evidence.paper;
  if (!paper || !char) return NONE;
  return paper.neighbours ? paper.neighbours(char, side) : EVERY;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Spans of `text` the OCR engine probably misread — characters and punctuation marks — in text order, each with the likely original and why. */
export function findSuspicions(text: string, evidence: SuspicionEvidence, options: SuspectOptions = {}): Suspicion[] {
  const marks = markSuspicions(text);
  const drops = dropSuspicions(text, evidence.chars).filter((d) => !marks.some((m) => m.start < d.end && d.start < m.end));
  const chars = mergeAdjacent(characterSuspicions(text, evidence, options).filter((c) => !marks.some((m) => m.start < c.end && c.start < m.end)));
  const seams = drops.filter((d) => !chars.some((c) => c.start < d.end && d.start < c.end));
  return [...marks, ...seams, ...chars].sort((a, b) => a.start - b.start);
}

/**
 * Neighbouring suspected characters become one span: the engine misreads a blurred word rather than one glyph of
 * it (徜徉 → 币律), and a proofreader corrects the word at once. The span proposes both proposals, gives both reasons
 * and keeps the surer confidence.
 */
function mergeAdjacent(sorted: Suspicion[]): Suspicion[] {
  const out: Suspicion[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === s.start) {
      out[out.length - 1] = {
        ...last,
        end: s.end,
        text: last.text + s.text,
        proposal: last.proposal + s.proposal,
        reason: `${last.reason}；${s.reason}`,
        confidence: Math.max(last.confidence, s.confidence),
      };
    } else out.push(s);
  }
  return out;
}

/** Characters the OCR engine probably misread for a lookalike. */
function characterSuspicions(text: string, evidence: SuspicionEvidence, options: SuspectOptions = {}): Suspicion[] {
  const minLogOdds = options.minLogOdds ?? DEFAULT_MIN_LOG_ODDS;
  const limit = options.candidates ?? DEFAULT_CANDIDATES;
  const errorRate = options.errorRate ?? evidence.paper?.misreadRate ?? ERROR_RATE;
  const sharpness = options.sharpness ?? SHARPNESS;
  const supported = options.supported ?? SUPPORTED;
  const scorer = new Scorer(evidence);
  const out: Suspicion[] = [];
  const named = bylineNames(text);
  const candidatesOf = candidateTable(evidence, limit);
  const lattice = new TextLattice(scorer, text);
  const unverified = evidence.paper?.unverified === true;
  for (const { chars, offsets } of hanRuns(text)) {
    // A run is contiguous in the text: only Han characters of one code unit make it.
    lattice.run(offsets[0], chars.length);
    for (let at = 0; at < chars.length; at++) {
      const read = chars[at];
      const before = at > 0 ? chars[at - 1] : '';
      const after = at + 1 < chars.length ? chars[at + 1] : '';
      // Only the dictionary's words pass a character unscored: the paper's n-grams cross words (的中) and weigh in the word model.
      if (evidence.chars.inWord(before, read) >= supported || evidence.chars.inWord(read, after) >= supported) continue;
      // A name that a byline or credit names is not judged at all.
      if (named.has(offsets[at])) continue;
      // After a surname (杜晨薇, 谈剑泉) the dictionary cannot judge a character: only a much stronger case than elsewhere (张师健 → 师傅) is raised.
      const margin = isNamePart(chars, at, evidence) ? NAME_MARGIN : 0;
      // A character that makes a three-character word as read is read correctly.
      if (lattice.tripleCount(at) >= supported) continue;
      const paperAfter = neighboursOf(evidence, before, 'after');
      const paperBefore = neighboursOf(evidence, after, 'before');
      lattice.window(at);
      const asRead = lattice.asRead();
      let best: Proposal | null = null;
      const pairs = evidence.chars.pairsWith(before, after);
      const corrections = evidence.confusions?.corrections(read) ?? [];
      const glyphAndEngine = candidatesOf(read);
      // The prior odds with nothing learned hold for these, which come first among the candidates.
      const priors = priorsOf(glyphAndEngine, errorRate, sharpness);
      const { list: candidates, codes } = withLearned(glyphAndEngine, corrections);
      for (let k = 0; k < candidates.length; k++) {
        const look = candidates[k];
        const learned = corrections.length === 0 ? 0 : (corrections.find((c) => c.truth === look.char)?.count ?? 0);
        // The proposal must make a word with a neighbour: in the dictionary, or (for the most alike glyphs,
        // to bound the lookups) in the paper's text.
        const inDictionary = pairs(codes[k]);
        const leftWord = inDictionary & 1 || (k < PAPER_CANDIDATES && before && paperAfter.has(look.char) && scorer.inWords(before, look.char, WORD_PAIR)) ? 1 : 0;
        const rightWord = inDictionary & 2 || (k < PAPER_CANDIDATES && after && paperBefore.has(look.char) && scorer.inWords(look.char, after, WORD_PAIR)) ? 1 : 0;
        if (!leftWord && !rightWord && learned === 0 && !look.engine) continue;
        const prior = learned === 0 && k < priors.length ? priors[k] : channelLogOdds(look, learned, errorRate, sharpness);
        const odds = lattice.with(look.char, codes[k], !!leftWord, !!rightWord, unverified ? sigmoid(prior) : 0) - asRead + prior;
        if (odds <= minLogOdds + margin || (best && odds <= best.odds)) continue;
        best = { char: look.char, odds, similarity: look.similarity, learned, engine: look.engine, component: look.component, leftWord, rightWord };
      }
      if (!best) continue;
      // The word the reason names: the pair that makes a word (at a run's edge, the one there is), or a three-character word (热乎乎, 摩托车).
      const left = !after || (before && (best.leftWord > best.rightWord || (best.leftWord === best.rightWord && scorer.wordPair(before, best.char) >= scorer.wordPair(best.char, after))));
      const pairWord = left ? before + best.char : best.char + after;
      const triple = scorer.triple(chars, at, best.char);
      const word = pairWord.length < 2 || triple.count > scorer.wordPair(pairWord[0], pairWord[1]) ? triple.word || pairWord : pairWord;
      const start = offsets[at];
      out.push({ start, end: start + read.length, text: read, proposal: best.char, reason: reasonFor(read, best, word, word.replace(best.char, read), evidence), confidence: +sigmoid(best.odds).toFixed(3) });
    }
  }
  return out;
}
