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
/** The longest word the word model knows (the dictionary keeps words up to four characters). */
const MAX_WORD = 4;
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
  /** logWord's answers for this text: neighbouring characters' windows share most of their words. */
  private readonly logWords = new Map<string, number>();

  constructor(private readonly evidence: SuspicionEvidence) {}

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

  /** Pair count inside words (dictionary or paper): what tells a read character is part of a word. */
  wordPair(a: string, b: string): number {
    return this.evidence.chars.inWord(a, b) + this.paperPair(a, b);
  }

  /** Whether wordPair(a, b) ≥ min, asking the paper only when the dictionary falls short. */
  inWords(a: string, b: string, min: number): boolean {
    return this.evidence.chars.inWord(a, b) >= min || (!!this.evidence.paper && this.wordPair(a, b) >= min);
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

  /** Log probability of `word` as one token: its dictionary count with the paper's (for two characters or more) added; −∞ for no known word. */
  logWord(word: string): number {
    let v = this.logWords.get(word);
    if (v === undefined) this.logWords.set(word, (v = this.computeLogWord(word)));
    return v;
  }

  private computeLogWord(word: string): number {
    const f = this.evidence.words.frequency(word) + (word.length > 1 ? this.paperCount(word) : 0);
    // A character the dictionary lacks is still a token, as rare as can be.
    return Math.log((f > 0 ? f : word.length === 1 ? 1 : 0) / this.evidence.words.total);
  }

  /** Best log probabilities of cutting text into words: of text[0, i) from the start (forward) or of text[i, end) (backward). */
  private cuts(text: string, forward: boolean): number[] {
    const n = text.length;
    const best = new Array<number>(n + 1).fill(-Infinity);
    best[forward ? 0 : n] = 0;
    for (let step = 1; step <= n; step++) {
      const j = forward ? step : n - step;
      for (let k = 1; k <= Math.min(MAX_WORD, step); k++) {
        const v = forward ? best[j - k] + this.logWord(text.slice(j - k, j)) : best[j + k] + this.logWord(text.slice(j, j + k));
        if (v > best[j]) best[j] = v;
      }
    }
    return best;
  }

  /**
   * The log probability of the likeliest cut into words of left + x + right, as a function of x: where a misread
   * breaks a word (面罩 → 面置) the text falls apart into single characters, and putting the original back makes the
   * word again. One word of the cut holds x; the best cuts on either side of it are the same for every x.
   */
  around(left: string, right: string): (x: string, joinsLeft?: boolean, joinsRight?: boolean) => number {
    const before = this.cuts(left, true);
    const after = this.cuts(right, false);
    const n = left.length;
    return (x, joinsLeft = true, joinsRight = true) => {
      let best = -Infinity;
      for (let s = joinsLeft ? Math.max(0, n - MAX_WORD + 1) : n; s <= n; s++) {
        for (let e = 0; e <= (joinsRight ? right.length : 0) && n - s + 1 + e <= MAX_WORD; e++) {
          const v = before[s] + this.logWord(left.slice(s) + x + right.slice(0, e)) + after[e];
          if (v > best) best = v;
        }
      }
      return best;
    };
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

/** Lookalikes merged with the engine's measured confusions and the component pairs, per table and limit: the same for every article. */
const merged = new WeakMap<GlyphTable, WeakMap<EngineConfusions, WeakMap<ComponentTable, Map<string, readonly Candidate[]>>>>();
const NO_ENGINE: EngineConfusions = { printedAs: () => [] };
const NO_COMPONENTS: ComponentTable = { lookalikes: () => [] };

function glyphAndEngineCandidates(read: string, evidence: SuspicionEvidence, limit: number): readonly Candidate[] {
  const engine = evidence.engine ?? NO_ENGINE;
  const components = evidence.components ?? NO_COMPONENTS;
  const byEngine = merged.get(evidence.glyphs) ?? merged.set(evidence.glyphs, new WeakMap()).get(evidence.glyphs)!;
  const byComponents = byEngine.get(engine) ?? byEngine.set(engine, new WeakMap()).get(engine)!;
  const cache = byComponents.get(components) ?? byComponents.set(components, new Map()).get(components)!;
  const key = `${limit}:${read}`;
  let out = cache.get(key) as Candidate[] | undefined;
  if (out) return out;
  out = evidence.glyphs.lookalikes(read).slice(0, limit);
  // What the engine was measured to read as this character is a candidate even when the glyph table lacks it.
  const at = new Map(out.map((l, k) => [l.char, k]));
  for (const e of engine.printedAs(read)) {
    const k = at.get(e.char);
    if (k !== undefined) out[k] = { ...out[k], engine: e };
    else {
      at.set(e.char, out.length);
      out.push({ char: e.char, similarity: 0, engine: e });
    }
  }
  // So is a character built from the same component in another frame (狂 → 逛), at a lower prior.
  for (const c of components.lookalikes(read)) {
    const k = at.get(c.char);
    const component = { similarity: c.similarity, shared: c.shared };
    if (k !== undefined) out[k] = { ...out[k], component };
    else out.push({ char: c.char, similarity: 0, component });
  }
  cache.set(key, out);
  return out;
}

function candidatesFor(read: string, evidence: SuspicionEvidence, limit: number): readonly Candidate[] {
  const cached = glyphAndEngineCandidates(read, evidence, limit);
  const learned = evidence.confusions?.corrections(read) ?? [];
  if (learned.length === 0) return cached;
  // What the paper's proofreaders corrected it to is a candidate too.
  const out = [...cached];
  for (const c of learned) {
    if (c.truth.length === 1 && isHan(c.truth) && !out.some((l) => l.char === c.truth)) out.push({ char: c.truth, similarity: 0.5 });
  }
  return out;
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
  for (const { chars, offsets } of hanRuns(text)) {
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
      const readTriple = scorer.triple(chars, at, read);
      if (readTriple.count >= supported) continue;
      // Every word through chars[at] lies within MAX_WORD − 1 characters either side.
      const leftText = chars.slice(Math.max(0, at - MAX_WORD + 1), at).join('');
      const rightText = chars.slice(at + 1, at + MAX_WORD).join('');
      const cut = scorer.around(leftText, rightText);
      const asRead = cut(read);
      let best: Proposal | null = null;
      const pairs = evidence.chars.pairsWith(before, after);
      const candidates = candidatesFor(read, evidence, limit);
      const paperAfter = neighboursOf(evidence, before, 'after');
      const paperBefore = neighboursOf(evidence, after, 'before');
      for (let k = 0; k < candidates.length; k++) {
        const look = candidates[k];
        const learned = evidence.confusions?.corrections(read).find((c) => c.truth === look.char)?.count ?? 0;
        // The proposal must make a word with a neighbour: in the dictionary, or (for the most alike glyphs,
        // to bound the lookups) in the paper's text.
        const inDictionary = pairs(look.char);
        const leftWord = inDictionary & 1 || (k < PAPER_CANDIDATES && before && paperAfter.has(look.char) && scorer.inWords(before, look.char, WORD_PAIR)) ? 1 : 0;
        const rightWord = inDictionary & 2 || (k < PAPER_CANDIDATES && after && paperBefore.has(look.char) && scorer.inWords(look.char, after, WORD_PAIR)) ? 1 : 0;
        if (!leftWord && !rightWord && learned === 0 && !look.engine) continue;
        const odds = cut(look.char, !!leftWord, !!rightWord) - asRead + channelLogOdds(look, learned, errorRate, sharpness);
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
