import type { DeskState } from '../../types';

export const selectLanguage = (s: DeskState) => s.settings.language;
export const selectNativeDialogs = (s: DeskState) => s.appInfo?.nativeDialogs ?? false;
export const selectOverlay = (s: DeskState) => s.overlay;
