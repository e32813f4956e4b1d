// The console's header: the platform, the region and unit in use with a switcher, the user with the password change
// and sign-out. Memoised and free of the router's location, so a move between pages does not render it again (it
// changes only with the session).
import { memo, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Dropdown, Layout, Select, Space, Tag } from 'antd';
import { LogoutOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { api } from '../api/client';
import { useSession } from './session';
import { errorText } from './errors';

function ConsoleHeader({ onChangePassword }: { onChangePassword: () => void }) {
  const { session, reload, signOut } = useSession();
  const { message } = App.useApp();
  const [switching, setSwitching] = useState(false);

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
    <Layout.Header className="fz-header">
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
              { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: onChangePassword },
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
    </Layout.Header>
  );
}

export default memo(ConsoleHeader);
