// 单位管理: the units the user may see as a tree; the selected unit's details, and the buttons its abilities allow.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Form, Input, Modal, Select, Space, Spin, Tag, Tree } from 'antd';
import { ApartmentOutlined, PlusOutlined, EditOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { OrgDetail, OrgRow } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../../shell/errors';
import { useSession } from '../../shell/session';
import { buildOrgTree, orgKindOptions } from './orgKinds';
import ImportDirectory from './ImportDirectory';

interface OrgForm {
  name: string;
  shortName?: string;
  kind: string;
  uscc?: string;
}

export default function OrgsPage() {
  const { holds } = useSession();
  const orgs = useApi<{ items: OrgRow[] }>('/orgs');
  const [selected, setSelected] = useState<string | null>(null);
  const detail = useApi<OrgDetail>(selected ? `/orgs/${selected}` : null);
  const [editing, setEditing] = useState<'create' | 'update' | null>(null);
  const [form] = Form.useForm<OrgForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const tree = useMemo(() => buildOrgTree(orgs.data?.items ?? []), [orgs.data]);
  const d = detail.data;

  const open = (mode: 'create' | 'update') => {
    setFormError(null);
    form.resetFields();
    if (mode === 'update' && d)
      form.setFieldsValue({ name: d.name, shortName: d.shortName ?? '', kind: d.kind, uscc: d.uscc ?? '' });
    else form.setFieldsValue({ kind: 'department' });
    setEditing(mode);
  };

  const save = async (v: OrgForm) => {
    if (!d) return;
    setBusy(true);
    setFormError(null);
    const optional = { shortName: v.shortName?.trim() || null, uscc: v.uscc?.trim() || null };
    try {
      if (editing === 'create') {
        const created = await api.post<OrgDetail>('/orgs', {
          regionCode: d.regionCode,
          parentId: d.id,
          name: v.name,
          kind: v.kind,
          ...optional,
        });
        message.success(`已新增单位「${created.name}」`);
        setSelected(created.id);
      } else {
        await api.patch<OrgDetail>(`/orgs/${d.id}`, { name: v.name, ...optional });
        message.success('单位信息已保存');
        detail.reload();
      }
      setEditing(null);
      orgs.reload();
    } catch (e) {
      setFormError(applyFieldErrors(form, e, ['name', 'shortName', 'kind', 'uscc']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <h2 style={{ margin: 0, fontSize: 18 }}>
          <ApartmentOutlined /> 单位管理
        </h2>
        <span style={{ flex: 1 }} />
        {holds('org.manage') && holds('user.manage') && <ImportDirectory onImported={orgs.reload} />}
      </div>
      {orgs.error && <Alert type="error" showIcon message={orgs.error.message} />}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ width: 360, maxHeight: 560, overflow: 'auto', borderRight: '1px solid #f0f0f0' }}>
          {orgs.loading && !orgs.data ? (
            <Spin />
          ) : tree.length ? (
            <Tree
              treeData={tree}
              defaultExpandAll
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => setSelected(keys[0] ? String(keys[0]) : null)}
            />
          ) : (
            <Empty description="您可见的范围内还没有单位。系统管理员可在上级单位下新增，或从 Excel 导入。" />
          )}
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          {!selected && <Empty description="在左侧选择一个单位，查看详情和可执行的操作" />}
          {detail.error && <Alert type="error" showIcon message={detail.error.message} />}
          {d && (
            <>
              <Descriptions title={d.name} bordered size="small" column={1}>
                <Descriptions.Item label="单位类型">{d.kindLabel}</Descriptions.Item>
                <Descriptions.Item label="简称">{d.shortName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="行政区划">
                  {d.regionName}（{d.regionCode}）{d.isDemo && <Tag color="gold">演示</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="统一社会信用代码">{d.uscc ?? '未填写'}</Descriptions.Item>
              </Descriptions>
              <Space style={{ marginTop: 12 }}>
                {d.abilities.createChild && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => open('create')}>
                    新增下级单位
                  </Button>
                )}
                {d.abilities.update && (
                  <Button icon={<EditOutlined />} onClick={() => open('update')}>
                    修改
                  </Button>
                )}
              </Space>
            </>
          )}
        </div>
      </div>
      <Modal
        title={editing === 'create' ? `在「${d?.name ?? ''}」下新增单位` : '修改单位'}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText="保存"
        confirmLoading={busy}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item label="单位名称" name="name" rules={[{ required: true, message: '请填写单位名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="简称" name="shortName">
            <Input maxLength={30} />
          </Form.Item>
          {editing === 'create' && (
            <Form.Item label="单位类型" name="kind" rules={[{ required: true, message: '请选择单位类型' }]}>
              <Select options={orgKindOptions.map((o) => ({ ...o }))} />
            </Form.Item>
          )}
          <Form.Item label="统一社会信用代码" name="uscc">
            <Input maxLength={18} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
