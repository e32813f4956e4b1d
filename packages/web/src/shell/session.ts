import { createContext, useContext } from 'react';
import type { Session } from '@fazhi/core/contracts';

export interface SessionContextValue {
  session: Session;
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
  /** the server's answer: does the user hold this action anywhere (menu entries and "new" buttons) */
  holds: (action: string) => boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside the signed-in console');
  return v;
}

/** Today as the server counts it (北京时间, YYYY-MM-DD): every business date of the console starts from this. */
export function useToday(): string {
  return useSession().session.today;
}
