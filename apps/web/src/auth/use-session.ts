import { useSyncExternalStore } from 'react';
import { sessionStore, type StoredSession } from './session-store';

/** The signed-in member (or null), re-rendering on sign-in and sign-out. */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
