import type { Session, SessionMember } from '../api/types';

// Kept in localStorage so a reload stays signed in. The pages never render HTML from data and the
// api sends a strict Content-Security-Policy for /app, which is what keeps script away from it.
const KEY = 'tender-alerts.session';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  member: SessionMember;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let current: StoredSession | null = read();

function read(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

function write(next: StoredSession | null): void {
  current = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export const sessionStore = {
  get: (): StoredSession | null => current,
  set: (s: Session): void => write({ accessToken: s.accessToken, refreshToken: s.refreshToken, member: s.member }),
  clear: (): void => write(null),
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab signing in or out changes this one too.
window.addEventListener('storage', (e) => {
  if (e.key !== KEY) return;
  current = read();
  listeners.forEach((l) => l());
});
