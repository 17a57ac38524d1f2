// The desk's one bound store, built from slices. Middleware, if any, belongs here at the root only.
import { createStore } from 'zustand/vanilla';
import type { DeskApi } from '../api';
import { createEditorActions } from './slices/editor/action';
import { editorInitialState } from './slices/editor/initialState';
import { createExportActions } from './slices/exporter/action';
import { exportInitialState } from './slices/exporter/initialState';
import { createFindActions } from './slices/find/action';
import { findInitialState } from './slices/find/initialState';
import { createImportActions } from './slices/importer/action';
import { importInitialState } from './slices/importer/initialState';
import { createLibraryActions } from './slices/library/action';
import { libraryInitialState } from './slices/library/initialState';
import { createNoiseActions } from './slices/noise/action';
import { noiseInitialState } from './slices/noise/initialState';
import { createProfileActions } from './slices/profile/action';
import { profileInitialState } from './slices/profile/initialState';
import { createSessionActions } from './slices/session/action';
import { sessionInitialState } from './slices/session/initialState';
import { createSuspicionsActions } from './slices/suspicions/action';
import { suspicionsInitialState } from './slices/suspicions/initialState';
import { createTagsActions } from './slices/tags/action';
import { tagsInitialState } from './slices/tags/initialState';
import type { DeskState } from './types';

export type { DeskState } from './types';

export function createDeskStore(api: DeskApi) {
  return createStore<DeskState>()((...a) => ({
    ...sessionInitialState,
    ...libraryInitialState,
    ...importInitialState,
    ...editorInitialState,
    ...findInitialState,
    ...tagsInitialState,
    ...exportInitialState,
    ...noiseInitialState,
    ...suspicionsInitialState,
    ...profileInitialState,
    ...createSessionActions(api)(...a),
    ...createLibraryActions(api)(...a),
    ...createImportActions(api)(...a),
    ...createEditorActions(api)(...a),
    ...createFindActions(api)(...a),
    ...createTagsActions(api)(...a),
    ...createExportActions(api)(...a),
    ...createNoiseActions(api)(...a),
    ...createSuspicionsActions(api)(...a),
    ...createProfileActions(api)(...a),
  }));
}

export type DeskStore = ReturnType<typeof createDeskStore>;
