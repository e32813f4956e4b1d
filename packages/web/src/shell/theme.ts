import type { ThemeConfig } from 'antd';
import { useSyncExternalStore } from 'react';

// Government red-and-blue restraint: a dark blue primary, system Chinese fonts (Noto Sans CJK on Debian).
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
  },
};

/** The theme for a user who asked the system for less motion: antd's entrance and leave animations off (its
 * durations become 0 and rc-motion renders the end state at once); styles.css stops the remaining CSS motion. */
export const themeWithoutMotion: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };

const reducedMotion = '(prefers-reduced-motion: reduce)';

function onMotionPreference(changed: () => void): () => void {
  const query = window.matchMedia(reducedMotion);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Whether the user's system asks for reduced motion (WCAG 2.3.3), followed live when the setting changes. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    onMotionPreference,
    () => window.matchMedia(reducedMotion).matches,
    () => false,
  );
}
