/** Reads a *_json column; the repositories are the only writers, so the shape is trusted. */
export function fromJson<T>(value: string | null): T | null {
  return value === null ? null : (JSON.parse(value) as T);
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
