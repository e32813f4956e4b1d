// 用户管理: the users the server lets this person see, a search, a unit filter, and new users with a role.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { OrgRow, Page, UserDetail, UserRow } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../../shell/errors';
import { displayTime } from '../../shell/datetime';
import { useSession } from '../../shell/session';
import { buildOrgTree } from './orgKinds';
import { roleOptions, scopeOptions } from './roles';
import UserDrawer from './UserDrawer';

interface NewUser {
  username: string;
  displayName: string;
  orgId: string;
  role?: string;
  scope?: string;
  idNumber?: string;
  mobile?: string;
}

export default function UsersPage() {
  const { holds } = useSession();
  const { modal } = App.useApp();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const users = useApi<Page<UserRow>>('/users', { q, orgId, page, pageSize: 20 });
  const orgs = useApi<{ items: OrgRow[] }>('/orgs');
  const tree = useMemo(() => buildOrgTree(orgs.data?.items ?? []), [orgs.data]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewUser>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (v: NewUser) => {
    setBusy(true);
    setFormError(null);
    try {
      const r = await api.post<{ user: UserDetail; initialPassword: string }>('/users', {
        username: v.username,
        displayName: v.displayName,
        orgId: v.orgId,
        idNumber: v.idNumber?.trim() || null,
        mobile: v.mobile?.trim() || null,
        assignments: v.role ? [{ role: v.role, orgId: v.orgId, scope: v.scope ?? 'own_org' }] : [],
      });
      setCreating(false);
      users.reload();
      modal.success({
        title: `已新增用户 ${r.user.displayName}`,
        content: (
          <div>
            <p>用户名：{r.user.username}</p>
            <p>
              初始密码（仅显示一次，请告知本人；首次登录须修改）：
              <Typography.Text copyable strong data-testid="initial-password">
                {r.initialPassword}
              </Typography.Text>
            </p>
          </div>
        ),
      });
    } catch (e) {
      setFormError(
        applyFieldErrors(form, e, ['username', 'displayName', 'orgId', 'idNumber', 'mobile', 'assignments']),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <h2 style={{ margin: 0, fontSize: 18 }}>
          <TeamOutlined /> 用户管理
        </h2>
        <Input.Search
          placeholder="用户名或姓名"
          allowClear
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <TreeSelect
          treeData={tree}
          placeholder="按单位筛选"
          allowClear
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          value={orgId}
          onChange={(v: string | undefined) => {
            setOrgId(v);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
        <span style={{ flex: 1 }} />
        {holds('user.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setFormError(null);
              setCreating(true);
            }}
          >
            新增用户
          </Button>
        )}
      </div>
      {users.error && <Alert type="error" showIcon message={users.error.message} style={{ marginBottom: 12 }} />}
      <Table
        size="middle"
        rowKey="id"
        loading={users.loading}
        dataSource={users.data?.items ?? []}
        locale={{
          emptyText:
            q || orgId
              ? '没有符合条件的用户，请调整搜索条件。'
              : '还没有用户。点击「新增用户」或在单位管理中从 Excel 导入。',
        }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: users.data?.total ?? 0,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 人`,
        }}
        columns={[
          { title: '姓名', dataIndex: 'displayName' },
          { title: '用户名', dataIndex: 'username' },
          { title: '所属单位', dataIndex: 'orgName' },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, u: UserRow) => (
              <Space size={4}>
                {u.disabled ? (
                  <Tag>已停用</Tag>
                ) : u.locked ? (
                  <Tag color="red">已锁定</Tag>
                ) : (
                  <Tag color="green">正常</Tag>
                )}
                {u.isDemo && <Tag color="gold">演示</Tag>}
              </Space>
            ),
          },
          {
            title: '最近登录',
            dataIndex: 'lastLoginAt',
            render: (v: string | null) => (v ? displayTime(v) : '从未登录'),
          },
        ]}
      />
      <UserDrawer userId={openId} orgTree={tree} onClose={() => setOpenId(null)} onChanged={users.reload} />
      <Modal
        title="新增用户"
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText="保存"
        confirmLoading={busy}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ scope: 'own_org' }}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, message: '请填写用户名' }]}
            extra="字母开头，3–40位字母、数字、点、下划线或连字符"
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="所属单位" name="orgId" rules={[{ required: true, message: '请选择所属单位' }]}>
            <TreeSelect
              treeData={tree}
              treeDefaultExpandAll
              showSearch
              treeNodeFilterProp="title"
              placeholder="选择单位"
            />
          </Form.Item>
          <Space.Compact block>
            <Form.Item label="角色" name="role" style={{ flex: 1 }}>
              <Select allowClear placeholder="可稍后分配" options={roleOptions} />
            </Form.Item>
            <Form.Item label="授权范围" name="scope" style={{ flex: 1 }}>
              <Select options={scopeOptions} />
            </Form.Item>
          </Space.Compact>
          <Form.Item label="身份证号" name="idNumber">
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item label="手机号" name="mobile">
            <Input maxLength={11} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
