import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DeskApi } from '../api';
import type { DeskState, DeskStore } from './index';

const StoreContext = createContext<DeskStore | null>(null);
const ApiContext = createContext<DeskApi | null>(null);

export function DeskProvider({ store, api, children }: { store: DeskStore; api: DeskApi; children: ReactNode }) {
  return (
    <ApiContext.Provider value={api}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </ApiContext.Provider>
  );
}

/** Select one value from the desk's store; use useShallow for derived arrays or objects. */
export function useDesk<T>(selector: (state: DeskState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDesk outside DeskProvider');
  return useStore(store, selector);
}

/** The store itself, for handlers that read state at the moment they run. */
export function useDeskStore(): DeskStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDeskStore outside DeskProvider');
  return store;
}

/** Host-specific parts of the API client that are not calls: download URLs, the native menu's commands. */
export function useDeskApi(): Pick<DeskApi, 'exportFileUrl' | 'transport' | 'onDeskMessage'> {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useDeskApi outside DeskProvider');
  return api;
}
