// Reads a zustand vanilla store from a Preact component. The selector must return something stable
// (a field of the state, not a freshly built object), or the component re-renders on every change.
import { useCallback } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<S, T>(store: StoreApi<S>, select: (s: S) => T): T {
  const get = useCallback(() => select(store.getState()), [store, select]);
  return useSyncExternalStore(store.subscribe, get);
}
