import type { Db } from '../database';
import type { SettingsRepo } from '../repositories';

export function settingsRepo(db: Db): SettingsRepo {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    get: (key) => get.get(key)?.value ?? null,
    set: (key, value) => void set.run(key, value),
  };
}
