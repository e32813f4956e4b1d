// Typed data hooks. Each GET returns { data, error, loading, reload }; the types are the response contracts'
// (`import type … from '@fazhi/core/contracts'`, the schemas the server serializes through), and ./endpoints lists
// every endpoint the web calls so that the build checks them against the server's OpenAPI document
// (e2e/openapi-and-bundle.journey.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Query } from './client';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(path: string | null, query?: Query): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  const key = path === null ? null : JSON.stringify([path, query ?? null]);
  const latest = useRef(0);
  useEffect(() => {
    if (key === null || path === null) return;
    const n = ++latest.current;
    // already loading on mount: the same state, so React does not render the page again for nothing
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    api
      .get<T>(path, query)
      .then((data) => {
        if (n === latest.current) setState({ data, error: null, loading: false });
      })
      .catch((e: unknown) => {
        if (n !== latest.current) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'CLIENT', '页面处理数据时出错，请刷新重试');
        setState({ data: null, error, loading: false });
      });
    // `key` stands for path and query, so an equal query object built on every render does not refetch.
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
