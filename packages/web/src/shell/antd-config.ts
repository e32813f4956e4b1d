import type { ConfigProviderProps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { theme, themeWithoutMotion } from './theme';

const withMotion: ConfigProviderProps = { locale: zhCN, theme, wave: { disabled: false } };
const withoutMotion: ConfigProviderProps = { locale: zhCN, theme: themeWithoutMotion, wave: { disabled: true } };

/** The antd settings every page shares (main.tsx), and with which the build extracts antd's styles into static CSS
 * (packages/web/build/antd-static-style.tsx): one definition, so the extracted styles' token hashes are the ones
 * the page computes. A user who asks the system for reduced motion gets none (no antd motion, no click wave;
 * styles.css stops the CSS transitions). Two constant objects, so that a render passes antd the same theme. */
export function antdConfig(reducedMotion: boolean): ConfigProviderProps {
  return reducedMotion ? withoutMotion : withMotion;
}
