// One user: identity (masked unless the server reveals it), role assignments, and the actions the server's
// abilities allow — reset password, unlock, disable/enable, assign and revoke roles.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { UserDetail } from '@fazhi/core/contracts';
import { applyFieldErrors, errorText } from '../../shell/errors';
import { displayTime } from '../../shell/datetime';
import type { OrgTreeNode } from './orgKinds';
import { roleOptions, scopeOptions } from './roles';

interface Props {
  userId: string | null;
  orgTree: OrgTreeNode[];
  onClose: () => void;
  onChanged: () => void;
}

export default function UserDrawer({ userId, orgTree, onClose, onChanged }: Props) {
  const user = useApi<UserDetail>(userId ? `/users/${userId}` : null);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ role: string; scope: string; orgId: string }>();
  const [roleError, setRoleError] = useState<string | null>(null);
  const u = user.data;

  const act = async (path: string, done: string) => {
    try {
      await api.post(path);
      message.success(done);
      user.reload();
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const resetPassword = async () => {
    if (!u) return;
    try {
      const r = await api.post<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`);
      modal.success({
        title: '密码已重置',
        content: (
          <div>
            <p>{u.displayName} 的临时密码（仅显示一次，首次登录须修改）：</p>
            <Typography.Text copyable strong data-testid="temporary-password">
              {r.temporaryPassword}
            </Typography.Text>
          </div>
        ),
      });
      user.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const assign = async (v: { role: string; scope: string; orgId: string }) => {
    if (!u) return;
    setRoleError(null);
    try {
      await api.post(`/users/${u.id}/roles`, v);
      message.success('已分配角色');
      form.resetFields();
      user.reload();
    } catch (e) {
      setRoleError(applyFieldErrors(form, e, ['role', 'scope', 'orgId']));
    }
  };

  return (
    <Drawer
      title={u ? `${u.displayName}（${u.username}）` : '用户详情'}
      open={userId !== null}
      onClose={onClose}
      width={640}
    >
      {user.error && <Alert type="error" showIcon message={user.error.message} />}
      {u && (
        <>
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label="所属单位">{u.orgName}</Descriptions.Item>
            <Descriptions.Item label="状态">
              {u.disabled ? (
                <Tag>已停用</Tag>
              ) : u.locked ? (
                <Tag color="red">已锁定</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              )}
              {u.mustChangePassword && <Tag color="orange">待修改初始密码</Tag>}
              {u.isDemo && <Tag color="gold">演示</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="身份证号">{u.idNumber ?? '未填写'}</Descriptions.Item>
            <Descriptions.Item label="手机号">{u.mobile ?? '未填写'}</Descriptions.Item>
            <Descriptions.Item label="最近登录">
              {u.lastLoginAt ? displayTime(u.lastLoginAt) : '从未登录'}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ margin: '12px 0' }}>
            {u.abilities.resetPassword && (
              <Popconfirm title="重置后原密码失效，确定重置？" onConfirm={() => void resetPassword()}>
                <Button>重置密码</Button>
              </Popconfirm>
            )}
            {u.abilities.unlock && <Button onClick={() => void act(`/users/${u.id}/unlock`, '已解锁')}>解锁</Button>}
            {u.abilities.disable && (
              <Popconfirm
                title="停用后该用户不能登录，确定停用？"
                onConfirm={() => void act(`/users/${u.id}/disable`, '已停用')}
              >
                <Button danger>停用</Button>
              </Popconfirm>
            )}
            {u.abilities.enable && <Button onClick={() => void act(`/users/${u.id}/enable`, '已启用')}>启用</Button>}
          </Space>
          <Typography.Title level={5}>角色</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={u.assignments}
            locale={{ emptyText: '尚未分配角色：该用户登录后只能看到工作台。' }}
            columns={[
              { title: '角色', dataIndex: 'roleLabel' },
              { title: '单位', dataIndex: 'orgName' },
              { title: '范围', dataIndex: 'scopeLabel' },
              {
                title: '',
                key: 'op',
                width: 70,
                render: (_: unknown, a: UserDetail['assignments'][number]) =>
                  u.abilities.assignRole && (
                    <Popconfirm
                      title="确定撤销该角色？"
                      onConfirm={() =>
                        void api
                          .del(`/users/${u.id}/roles/${a.id}`)
                          .then(user.reload, (e: unknown) => message.error(errorText(e)))
                      }
                    >
                      <Button type="link" size="small" danger>
                        撤销
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
          {u.abilities.assignRole && (
            <Form
              form={form}
              layout="inline"
              onFinish={assign}
              style={{ marginTop: 12, rowGap: 8 }}
              initialValues={{ orgId: u.orgId ?? undefined, scope: 'own_org' }}
            >
              {roleError && (
                <Alert type="error" showIcon message={roleError} style={{ width: '100%', marginBottom: 8 }} />
              )}
              <Form.Item name="role" rules={[{ required: true, message: '请选择角色' }]}>
                <Select placeholder="角色" options={roleOptions} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="orgId" rules={[{ required: true, message: '请选择单位' }]}>
                <TreeSelect
                  treeData={orgTree}
                  placeholder="单位"
                  style={{ width: 200 }}
                  treeDefaultExpandAll
                  showSearch
                  treeNodeFilterProp="title"
                />
              </Form.Item>
              <Form.Item name="scope" rules={[{ required: true, message: '请选择范围' }]}>
                <Select options={scopeOptions} style={{ width: 170 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                分配角色
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}
