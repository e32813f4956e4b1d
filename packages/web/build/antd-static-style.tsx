// antd's component styles extracted at build time (issue 13 item 8). antd v5 computes each component's CSS in the
// browser on every page load (CSS-in-JS: tokens → style objects → serialised CSS), which was most of a page load's
// script time. Rendering the components the web uses once here, with the page's exact ConfigProvider settings
// (src/shell/antd-config.ts), fills @ant-design/cssinjs's cache; `extractStyle` writes it as plain CSS ending in the
// rule `.data-ant-cssinjs-cache-path{content:"<path>:<hash>;…"}`. In the browser, cssinjs reads that rule once
// (util/cacheMapUtil `existPath`), and `useStyleRegister` then takes a listed path as coming from the CSS file:
// it neither calls the component's style function nor injects a `<style>`. A path the file does not list is
// computed at runtime as before, so a missing component costs time, never looks. e2e's
// console-uses-build-time-antd-styles journey fails when a page computes one.
//
// One file per theme (with motion, and without for `prefers-reduced-motion`): the token differs, and with it every
// path's token hash and every class's `css-…` hash; the page links each with the matching `media`, so a browser
// applies, and reads the path map of, the one its theme uses.
//
// Run by scripts/build-web.mjs: node --import tsx packages/web/build/antd-static-style.tsx <outDir> <names…>, the
// names being the antd exports the web imports (scripts/build-web.mjs `antdImports`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentType, ReactNode } from 'react';

// The hash prefix of every class (`css-…` in production, `css-dev-only-do-not-override-…` otherwise) is read when
// @ant-design/cssinjs loads, so production must be set before antd is imported.
process.env.NODE_ENV = 'production';
const { createCache, extractStyle, StyleProvider } = await import('@ant-design/cssinjs');
const antd = await import('antd');
const { renderToString } = await import('react-dom/server');
const { antdConfig } = await import('../src/shell/antd-config');

/** What antd renders inside the components the web imports (Table's pagination, filter dropdown and selection
 * boxes; Upload's progress; App's messages and notifications), though the web never imports them itself. */
const INTERNAL = [
  'Spin',
  'Empty',
  'Pagination',
  'Checkbox',
  'Radio',
  'Dropdown',
  'Menu',
  'Tooltip',
  'Progress',
  'message',
  'notification',
];

type Any = ComponentType<Record<string, unknown>> & Record<string, ComponentType<Record<string, unknown>>>;
const C = antd as unknown as Record<string, Any>;

/** Components whose styles are registered only by a child or a prop of them (the rest render bare). */
const RENDER: Record<string, () => ReactNode> = {
  Form: () => (
    <antd.Form layout="horizontal">
      <antd.Form.Item label="标题" help="说明" validateStatus="error" required>
        <antd.Input />
      </antd.Form.Item>
    </antd.Form>
  ),
  Input: () => (
    <>
      <antd.Input addonBefore="前" suffix="后" allowClear />
      <antd.Input.Search />
      <antd.Input.TextArea showCount />
      <antd.Input.Password />
    </>
  ),
  Space: () => (
    <>
      <antd.Space />
      <antd.Space.Compact>
        <antd.Button />
        <antd.Input />
      </antd.Space.Compact>
    </>
  ),
  Button: () => (
    <antd.Button.Group>
      <antd.Button type="primary" />
    </antd.Button.Group>
  ),
  Badge: () => (
    <>
      <antd.Badge count={1} />
      <antd.Badge.Ribbon text="标记" />
    </>
  ),
  Tag: () => (
    <>
      <antd.Tag color="blue" />
      <antd.Tag color="success" />
      <antd.Tag.CheckableTag checked={false} />
    </>
  ),
  Typography: () => (
    <antd.Typography>
      <antd.Typography.Title />
      <antd.Typography.Paragraph />
      <antd.Typography.Text />
      <antd.Typography.Link />
    </antd.Typography>
  ),
  Layout: () => (
    <antd.Layout>
      <antd.Layout.Header />
      <antd.Layout.Sider />
      <antd.Layout.Content />
      <antd.Layout.Footer />
    </antd.Layout>
  ),
  Dropdown: () => (
    <antd.Dropdown menu={{ items: [] }}>
      <div />
    </antd.Dropdown>
  ),
  Menu: () => <antd.Menu items={[]} />,
  Tree: () => <antd.Tree treeData={[]} />,
  Modal: () => <antd.Modal open />,
  DatePicker: () => (
    <>
      <antd.DatePicker />
      <antd.DatePicker.RangePicker />
    </>
  ),
  message: () => <antd.message._InternalPanelDoNotUseOrYouWillBeFired />,
  notification: () => <antd.notification._InternalPanelDoNotUseOrYouWillBeFired />,
};

function render(name: string): ReactNode {
  const custom = RENDER[name];
  if (custom) return custom();
  const Component = C[name];
  return Component ? <Component /> : null;
}

/** The CSS of the named antd exports (and what they render inside) under the page's settings with or without
 * motion, ending in the path map cssinjs reads. */
export function extractAntdStyle(names: readonly string[], reducedMotion: boolean): string {
  const cache = createCache();
  const all = [...new Set([...names, ...INTERNAL])].filter((n) => n !== 'ConfigProvider').sort();
  renderToString(
    <StyleProvider cache={cache}>
      <antd.ConfigProvider {...antdConfig(reducedMotion)}>
        <antd.App>
          {all.map((n) => (
            <div key={n}>{render(n)}</div>
          ))}
        </antd.App>
      </antd.ConfigProvider>
    </StyleProvider>,
  );
  return extractStyle(cache, { plain: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, ...names] = process.argv.slice(2);
  if (!outDir) throw new Error('用法：antd-static-style.tsx <输出目录> <antd 组件名…>');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'antd-motion.css'), extractAntdStyle(names, false));
  writeFileSync(join(outDir, 'antd-reduced-motion.css'), extractAntdStyle(names, true));
}
