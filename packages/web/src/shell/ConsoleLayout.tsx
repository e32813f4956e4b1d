// The working layout at 1366×768: header (ConsoleHeader.tsx), the side menu from the server's manifest menu filtered
// by held actions, breadcrumbs, the page. It renders again on every route change (the selected item, the
// breadcrumbs, the page); the header does not, and the menu's items stay the same objects.
import { Suspense, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { Breadcrumb, Layout, Menu, Result, Spin } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { moduleRoutes } from '../modules';
import { useSession } from './session';
import ChangePasswordPage from './ChangePasswordPage';
import ConsoleHeader from './ConsoleHeader';

const { Sider, Content } = Layout;

export default function ConsoleLayout() {
  const { session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  // the router gives a new navigate on every move; the header's callback stays the same and calls the latest
  const latestNavigate = useRef(navigate);
  useLayoutEffect(() => {
    latestNavigate.current = navigate;
  });
  const toPasswordPage = useCallback(() => latestNavigate.current('/console/password'), []);

  const routes = useMemo(() => moduleRoutes.flatMap((m) => m.routes), []);
  // The server's menu, less the items this build of the console has no pages for (a module whose screens are not
  // built yet shows no dead link); 工作台 is always first.
  const menu = useMemo(() => {
    const withPages = new Set(routes.map((r) => r.menuKey));
    return [
      { key: 'workbench', label: '工作台', path: '/console' },
      ...session.menu.filter((m) => m.key !== 'workbench' && withPages.has(m.key)),
    ];
  }, [session.menu, routes]);
  const current = routes.find((r) => matchPath({ path: `/console/${r.path}`, end: true }, location.pathname));
  const menuItem = menu.find((m) => m.key === current?.menuKey);
  const allowedKeys = new Set(menu.map((m) => m.key));
  // the same items on every route change: the menu then only moves its selection instead of rendering every item
  const menuItems = useMemo(() => menu.map((m) => ({ key: m.key, label: <Link to={m.path}>{m.label}</Link> })), [menu]);

  return (
    <Layout className="fz-console">
      <ConsoleHeader onChangePassword={toPasswordPage} />
      <Layout>
        <Sider width={200} theme="light" className="fz-sider" breakpoint="lg" collapsedWidth={64}>
          <Menu mode="inline" selectedKeys={[current?.menuKey ?? '']} items={menuItems} aria-label="功能菜单" />
        </Sider>
        <Layout className="fz-main">
          <Breadcrumb
            className="fz-breadcrumb"
            items={[
              {
                title: (
                  <Link to="/console">
                    <HomeOutlined /> 控制台
                  </Link>
                ),
              },
              ...(menuItem && menuItem.key !== 'workbench'
                ? [{ title: <Link to={menuItem.path}>{menuItem.label}</Link> }]
                : []),
              ...(current && current.title !== menuItem?.label && current.path !== ''
                ? [{ title: current.title }]
                : []),
              ...(current?.path === '' ? [{ title: '工作台' }] : []),
            ]}
          />
          <Content className="fz-content">
            <Suspense fallback={<Spin style={{ display: 'block', margin: '15vh auto' }} />}>
              <Routes>
                {routes.map((r) => {
                  const Page = r.component;
                  const allowed = !r.menuKey || allowedKeys.has(r.menuKey);
                  const element = allowed ? (
                    <Page />
                  ) : (
                    <Result
                      status="403"
                      title="无权访问"
                      subTitle="您的角色不包含此功能。如需使用，请联系本单位系统管理员分配角色。"
                    />
                  );
                  return r.path === '' ? (
                    <Route key="index" index element={element} />
                  ) : (
                    <Route key={r.path} path={r.path} element={element} />
                  );
                })}
                <Route
                  path="password"
                  element={
                    <ChangePasswordPage
                      forced={false}
                      displayName={session.user.displayName}
                      onDone={() => navigate('/console')}
                      onCancel={() => navigate(-1)}
                    />
                  }
                />
                <Route
                  path="*"
                  element={
                    <Result
                      status="404"
                      title="页面不存在"
                      subTitle="请从左侧菜单进入需要的功能。"
                      extra={<Link to="/console">返回工作台</Link>}
                    />
                  }
                />
              </Routes>
            </Suspense>
          </Content>
        </Layout>
      </Layout>
    </Layout>
  );
}
