// Reporter names from bylines: 记者张浩星, 通讯员陈怡、曾刚毅, 见习记者邹伟锋, names-only 毛朝阳、姚磊、张志伟报道.
import { ROLES, bylineRegions, undoubleRoles } from '../clean/byline';

export interface BylineName {
  /** The role word the name follows (本报记者 counts as 记者); '' for a names-only byline. */
  role: string;
  name: string;
}

const ROLE_SPLIT_RE = new RegExp(`(${ROLES.join('|')})`);
const SEPARATOR_RE = /[、，,\s]+/;
/** Chinese personal names: two to four Han characters (a few have a middle dot, which we do not see in bylines). */
const NAME_RE = /^\p{Script=Han}{2,4}$/u;
/** A names-only byline before 报道 at the start of a lead: 毛朝阳、姚磊、张志伟报道 近日… */
const NAMES_ONLY_RE = /^(?:本报讯\s*)?[\p{Script=Han}、\s]+$/u;
const MAX_LEAD = 40;

function normalRole(role: string): string {
  return role === '本报记者' ? '记者' : role;
}

/** Names in one byline string (a byline field, a lead prefix or a credit), in order. */
export function namesInByline(byline: string): BylineName[] {
  const text = undoubleRoles(byline)
    .replace(/^\s*本报讯/, '')
    .replace(/(?:报道|摄)\s*$/, '');
  const parts = text.split(ROLE_SPLIT_RE);
  const names: BylineName[] = [];
  let role = '';
  for (let k = 0; k < parts.length; k++) {
    if (k % 2 === 1) {
      role = normalRole(parts[k]);
      continue;
    }
    for (const name of parts[k].split(SEPARATOR_RE)) if (NAME_RE.test(name)) names.push({ role, name });
  }
  return names;
}

/** Names in an article: its byline field, and the bylines found in its text (lead, byline lines, credits). */
export function namesInArticle(byline: string | null, text: string): BylineName[] {
  const seen = new Set<string>();
  const out: BylineName[] = [];
  const add = (list: BylineName[]) => {
    for (const n of list) {
      const key = `${n.role}\u0000${n.name}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(n);
      }
    }
  };
  if (byline) add(namesInByline(byline));
  for (const [start, end] of bylineRegions(text)) add(namesInByline(text.slice(start, end)));
  const said = text.slice(0, MAX_LEAD).indexOf('报道');
  const prefix = said > 0 ? text.slice(0, said) : '';
  if (NAMES_ONLY_RE.test(prefix) && !ROLE_SPLIT_RE.test(prefix)) add(namesInByline(prefix));
  return out;
}
