import type { ProfileRule } from '../../../shared/profile/profile';
import type { Db } from '../database';
import type { ProfileRepo } from '../repositories';
import { fromJson, toJson } from './json';

export function profileRepo(db: Db): ProfileRepo {
  const get = db.prepare<[string], { key: string; paper: string | null; rules_json: string }>('SELECT key, paper, rules_json FROM paper_profiles WHERE key = ?');
  const put = db.prepare(
    `INSERT INTO paper_profiles (key, paper, rules_json, updated_at) VALUES (@key, @paper, @rules, @updatedAt)
     ON CONFLICT (key) DO UPDATE SET paper = excluded.paper, rules_json = excluded.rules_json, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM paper_profiles WHERE key = ?');
  return {
    remove: (key) => void remove.run(key),
    get: (key) => {
      const r = get.get(key);
      return r ? { key: r.key, paper: r.paper, rules: fromJson<ProfileRule[]>(r.rules_json) ?? [] } : null;
    },
    put: (p, updatedAt) => void put.run({ key: p.key, paper: p.paper, rules: toJson(p.rules), updatedAt }),
  };
}
