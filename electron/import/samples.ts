import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled sample batch's name. */
export const SAMPLE_BATCH = '示例 Sample';

/**
 * The sample pages: an explicit folder, else the packaged app's resources/samples, else the repository's
 * resources/samples (this file sits two folders below the root, and so does the built main bundle).
 */
export function findSamplesDir(explicit?: string): string | null {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = explicit !== undefined ? [explicit] : [resourcesPath && join(resourcesPath, 'samples'), fileURLToPath(new URL('../../resources/samples', import.meta.url))];
  return candidates.find((dir): dir is string => !!dir && (statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false)) ?? null;
}
