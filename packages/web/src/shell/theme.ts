import type { ThemeConfig } from 'antd';

// Government red-and-blue restraint: a dark blue primary, system Chinese fonts (Noto Sans CJK on Debian).
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
  },
};
