// The working layout at 1366×768: header (platform, the region and unit in use with a switcher, the user and
// sign-out), the side menu from the server's manifest menu filtered by held actions, breadcrumbs, the page.
import { Suspense, useMemo, useState } from 'react';
import { Link, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { App, Breadcrumb, Button, Dropdown, Layout, Menu, Result, Select, Space, Spin, Tag } from 'antd';
import { HomeOutlined, LogoutOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { api } from '../api/client';
import { moduleRoutes } from '../modules';
import { useSession } from './session';
import { errorText } from './errors';
import ChangePasswordPage from './ChangePasswordPage';

const { Header, Sider, Content } = Layout;

export default function ConsoleLayout() {
  const { session, reload, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [switching, setSwitching] = useState(false);

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

  const orgs = [
    ...new Map(session.assignments.filter((a) => a.orgId).map((a) => [a.orgId ?? '', a] as const)).values(),
  ];
  const active = orgs.find((a) => a.orgId === session.activeOrgId) ?? orgs[0];
  const platformWide = session.assignments.some((a) => a.scope === 'platform');

  const switchOrg = async (orgId: string) => {
    setSwitching(true);
    try {
      await api.post('/auth/switch-org', { orgId });
      await reload();
      message.success('已切换当前单位');
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Layout className="fz-console">
      <Header className="fz-header">
        <Link to="/console" className="fz-brand">
          <span className="fz-emblem small" aria-hidden>
            法
          </span>
          法治政府建设一体化平台
        </Link>
        <Space size="middle" className="fz-header-right">
          <span className="fz-context" data-testid="current-context">
            {active ? (
              <>
                <span>{active.regionName ?? ''}</span>
                {orgs.length > 1 ? (
                  <Select
                    size="small"
                    value={active.orgId ?? undefined}
                    loading={switching}
                    onChange={(v: string) => void switchOrg(v)}
                    options={orgs.map((o) => ({ value: o.orgId ?? '', label: o.orgName }))}
                    style={{ minWidth: 200 }}
                    aria-label="切换当前单位"
                  />
                ) : (
                  <span>{active.orgName}</span>
                )}
                {active.isDemo && <Tag color="gold">演示</Tag>}
              </>
            ) : (
              platformWide && <span>全平台</span>
            )}
          </span>
          <Dropdown
            menu={{
              items: [
                {
                  key: 'password',
                  icon: <KeyOutlined />,
                  label: '修改密码',
                  onClick: () => navigate('/console/password'),
                },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void signOut() },
              ],
            }}
          >
            <Button type="text" className="fz-user" icon={<UserOutlined />}>
              {session.user.displayName}
            </Button>
          </Dropdown>
          <Button type="link" className="fz-logout" onClick={() => void signOut()}>
            退出
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider width={200} theme="light" className="fz-sider" breakpoint="lg" collapsedWidth={64}>
          <Menu
            mode="inline"
            selectedKeys={[current?.menuKey ?? '']}
            items={menu.map((m) => ({ key: m.key, label: <Link to={m.path}>{m.label}</Link> }))}
            aria-label="功能菜单"
          />
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
