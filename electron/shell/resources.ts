// Files the app reads besides its code: inside the package they sit in process.resourcesPath (electron-builder's
// extraResources put them there), in development in the repository.
import { join } from 'node:path';

/** Names under process.resourcesPath; electron-builder.yml copies to the same names. */
export const PACKAGED_RESOURCES = { samples: 'samples', icon: 'icon.png' } as const;

export interface ResourceLocation {
  packaged: boolean;
  /** process.resourcesPath. */
  resourcesPath: string;
  /** The repository root (development). */
  repoRoot: string;
  platform: NodeJS.Platform;
}

export function resourcePaths({ packaged, resourcesPath, repoRoot, platform }: ResourceLocation): { samplesDir: string; icon: string | undefined } {
  return {
    samplesDir: packaged ? join(resourcesPath, PACKAGED_RESOURCES.samples) : join(repoRoot, 'resources', 'samples'),
    // macOS takes the icon from the app bundle.
    icon: platform === 'darwin' ? undefined : packaged ? join(resourcesPath, PACKAGED_RESOURCES.icon) : join(repoRoot, 'resources', 'icons', '512x512.png'),
  };
}
