import type { StateCreator } from 'zustand';
import type { SessionActions } from './slices/session/action';
import type { SessionState } from './slices/session/initialState';
import type { LibraryActions } from './slices/library/action';
import type { LibraryState } from './slices/library/initialState';
import type { ImportActions } from './slices/importer/action';
import type { ImportState } from './slices/importer/initialState';
import type { EditorActions } from './slices/editor/action';
import type { EditorState } from './slices/editor/initialState';
import type { FindActions } from './slices/find/action';
import type { FindState } from './slices/find/initialState';
import type { TagsActions } from './slices/tags/action';
import type { TagsState } from './slices/tags/initialState';
import type { ExportActions } from './slices/exporter/action';
import type { ExportState } from './slices/exporter/initialState';
import type { NoiseActions } from './slices/noise/action';
import type { NoiseState } from './slices/noise/initialState';
import type { SuspicionsActions } from './slices/suspicions/action';
import type { SuspicionsState } from './slices/suspicions/initialState';
import type { ProfileActions } from './slices/profile/action';
import type { ProfileState } from './slices/profile/initialState';

export type DeskState = SessionState &
  SessionActions &
  LibraryState &
  LibraryActions &
  ImportState &
  ImportActions &
  EditorState &
  EditorActions &
  FindState &
  FindActions &
  TagsState &
  TagsActions &
  ExportState &
  ExportActions &
  NoiseState &
  NoiseActions &
  SuspicionsState &
  SuspicionsActions &
  ProfileState &
  ProfileActions;

/** One slice's actions, built against the whole store. */
export type DeskSlice<T> = StateCreator<DeskState, [], [], T>;
