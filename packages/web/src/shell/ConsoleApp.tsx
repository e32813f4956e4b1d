// The console: who is signed in decides what is shown — the sign-in page, the forced password change, or the
// working layout. A session that ends on the server (idle timeout, sign-out elsewhere) comes back here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Spin } from 'antd';
import { api, ApiError, onSessionEnded, setCsrfToken } from '../api/client';
import type { Session } from '@fazhi/core/contracts';
import { SessionContext, type SessionContextValue } from './session';
import LoginPage from './LoginPage';
import ChangePasswordPage from './ChangePasswordPage';
import ConsoleLayout from './ConsoleLayout';

type State =
  { kind: 'loading' } | { kind: 'signedOut'; notice: string | null } | { kind: 'signedIn'; session: Session };

export default function ConsoleApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ kind: 'signedIn', session });
  }, []);

  const reload = useCallback(async () => {
    try {
      signedIn(await api.get<Session>('/auth/session'));
    } catch (e) {
      setCsrfToken(null);
      setState({
        kind: 'signedOut',
        notice: e instanceof ApiError && e.code !== 'UNAUTHENTICATED' ? e.message : null,
      });
    }
  }, [signedIn]);

  useEffect(() => {
    void reload();
    return onSessionEnded((e) => {
      setCsrfToken(null);
      // Requests in flight when the session ended answer one after another; the first reason is the one to show.
      setState((prev) =>
        prev.kind === 'signedOut'
          ? prev
          : { kind: 'signedOut', notice: e.code === 'SESSION_EXPIRED' ? e.message : '登录状态已失效，请重新登录' },
      );
    });
  }, [reload]);

  const signOut = useCallback(async () => {
    await api.post('/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    setState({ kind: 'signedOut', notice: '您已安全退出' });
  }, []);

  const value = useMemo<SessionContextValue | null>(
    () =>
      state.kind === 'signedIn'
        ? { session: state.session, reload, signOut, holds: (a) => state.session.actions.includes(a) }
        : null,
    [state, reload, signOut],
  );

  if (state.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (state.kind === 'signedOut') return <LoginPage notice={state.notice} onSignedIn={signedIn} />;
  if (state.session.user.mustChangePassword)
    return (
      <ChangePasswordPage forced displayName={state.session.user.displayName} onDone={reload} onCancel={signOut} />
    );
  return (
    <SessionContext.Provider value={value}>
      <ConsoleLayout />
    </SessionContext.Provider>
  );
}
