// The paper profile: what proofreaders taught Galley about one paper's pages, as general rules the parser takes
// through ParseOptions.lineHint. A rule is a line's shape (digits generalised, spaces ignored) and where on the
// page it stands, so "2 要闻" marked on one page also names "3 要闻" and "12 要闻" on the others.
import type { Bilingual, HintedLine, LineHint, LineRole } from '../model/types';
import { trimLine } from '../text/punctuation';

/** What a rule makes of the lines it matches. */
export const PROFILE_RULE_ROLES = ['furniture', 'section'] as const satisfies readonly LineRole[];
export type ProfileRuleRole = (typeof PROFILE_RULE_ROLES)[number];

/** Where a matching line must stand: among the page's first or last few lines, or anywhere. */
export type RulePlace = 'top' | 'bottom' | 'any';

/** What the proofreader did that taught the rule. */
export type RuleAction = 'mark-noise' | 'mark-heading-noise' | 'assign-section' | 'batch-recurrence';

export interface RuleOrigin {
  action: RuleAction;
  batchId: number;
  pageFile: string;
  articleId: number | null;
  /** ISO timestamp. */
  at: string;
}

export interface ProfileRule {
  /** Stable within the profile: `r1`, `r2`… */
  id: string;
  role: ProfileRuleRole;
  /** The line's shape (see lineShape). */
  shape: string;
  place: RulePlace;
  /** The line as it was printed where the rule was learned. */
  example: string;
  origin: RuleOrigin;
}

export interface PaperProfile {
  /** `paper:<name>` for a paper known from its mastheads or running heads, else `batch:<id>`. */
  key: string;
  paper: string | null;
  rules: ProfileRule[];
}

/** The profile key of a batch: its paper's name when one is known, else the batch alone. */
export function profileKey(paper: string | null, batchId: number): string {
  return paper ? `paper:${paper}` : `batch:${batchId}`;
}

export function emptyProfile(key: string, paper: string | null): PaperProfile {
  return { key, paper, rules: [] };
}

/**
 * A line's shape: full-width forms folded, spaces dropped, every run of digits (page numbers, dates, serials)
 * one `#`, so the same furniture matches on every page and day.
 */
export function lineShape(text: string): string {
  return trimLine(text).normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** A line shape worth a rule: something besides digits and marks. */
export function isLearnable(text: string): boolean {
  return /[\p{L}]/u.test(lineShape(text));
}

/** Adds a rule unless one with the same role, shape and place is there; returns the rule that holds. */
export function addRule(profile: PaperProfile, rule: Omit<ProfileRule, 'id' | 'shape'> & { shape?: string }): ProfileRule {
  const shape = rule.shape ?? lineShape(rule.example);
  const same = profile.rules.find((r) => r.role === rule.role && r.shape === shape && (r.place === rule.place || r.place === 'any'));
  if (same) return same;
  const next = profile.rules.reduce((n, r) => Math.max(n, Number(r.id.slice(1)) || 0), 0) + 1;
  const added: ProfileRule = { ...rule, id: `r${next}`, shape };
  profile.rules.push(added);
  return added;
}

export function removeRule(profile: PaperProfile, id: string): boolean {
  const before = profile.rules.length;
  profile.rules = profile.rules.filter((r) => r.id !== id);
  return profile.rules.length < before;
}

const REASONS: Record<ProfileRuleRole, (r: ProfileRule) => Bilingual> = {
  furniture: (r) => ({
    zh: `版面档案规则 ${r.id}：形如“${r.example}”的行${r.place === 'top' ? '在版面顶部' : r.place === 'bottom' ? '在版面底部' : ''}是版面杂项（校对员在 ${r.origin.pageFile} 上标出）`,
    en: `Profile rule ${r.id}: lines like “${r.example}”${r.place === 'top' ? ' at the page top' : r.place === 'bottom' ? ' at the page bottom' : ''} are page furniture (marked by a proofreader on ${r.origin.pageFile})`,
  }),
  section: (r) => ({
    zh: `版面档案规则 ${r.id}：“${r.example}”是栏目名`,
    en: `Profile rule ${r.id}: “${r.example}” is a section label`,
  }),
};

/** The profile's rules as the parser's line hints. */
export function profileHint(profile: PaperProfile): ((line: HintedLine) => LineHint | null) | undefined {
  if (profile.rules.length === 0) return undefined;
  const byShape = new Map<string, ProfileRule[]>();
  for (const r of profile.rules) byShape.set(r.shape, [...(byShape.get(r.shape) ?? []), r]);
  return (line) => {
    const rules = byShape.get(lineShape(line.text));
    const rule = rules?.find((r) => r.place === 'any' || (r.place === 'top' ? line.top : line.bottom));
    return rule ? { role: rule.role, reason: REASONS[rule.role](rule), origin: `profile:${profile.key}:${rule.id}` } : null;
  };
}

/** The section names the profile knows, for the parser's section vocabulary. */
export function profileSections(profile: PaperProfile): string[] {
  return profile.rules.filter((r) => r.role === 'section').map((r) => r.example);
}
