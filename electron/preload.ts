// The sandboxed preload: exposes exactly `window.galley` (see shared/api/bridge.ts) and never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { GalleyBridge } from '../shared/api/bridge';
import { createBridge } from './shell/bridge';

contextBridge.exposeInMainWorld('galley', createBridge(ipcRenderer) satisfies GalleyBridge);
