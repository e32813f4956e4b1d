// 人民调解组织: the region's people's mediation committees in reach, each with its mediators and — as of today — what
// its make-up or term lacks against 人民调解法 第八条、第九条; the forms that register a committee under a unit and a
// mediator in a committee.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { MediationCommittee, MediationCommittees } from '@fazhi/core/contracts';
import { committeeKindLabels, mediatorPostLabels } from '@fazhi/core/modules';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import FormDialog, { useSave } from '../../components/FormDialog';
import { displayDate } from '../../shell/datetime';
import { choices } from './format';

function CommitteeForm({
  units,
  onClose,
  onSaved,
}: {
  units: MediationCommittees['units'];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const fields = ['committeeUnitId', 'committeeName', 'committeeKind', 'electedOn', 'committeeAddress'];
  const { error, busy, submit } = useSave(form, fields, async (v) => {
    await api.post('/mediation-committees', v);
    onSaved();
  });
  return (
    <FormDialog title="登记人民调解委员会" width={600} form={form} busy={busy} error={error} onClose={onClose}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ committeeUnitId: units[0]?.id, committeeKind: 'village' }}
      >
        <Form.Item name="committeeUnitId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <Select
            aria-label="所属单位"
            showSearch
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item
          name="committeeName"
          label="调解组织名称"
          rules={[{ required: true, message: '请填写调解组织名称' }]}
        >
          <Input maxLength={100} aria-label="调解组织名称" />
        </Form.Item>
        <Form.Item name="committeeKind" label="调解组织类型">
          <Select aria-label="调解组织类型" options={choices(committeeKindLabels)} />
        </Form.Item>
        <Form.Item name="electedOn" label="本届委员推选日期" extra="委员每届任期三年（人民调解法第九条）">
          <DateField aria-label="本届委员推选日期" />
        </Form.Item>
        <Form.Item name="committeeAddress" label="调解组织地址">
          <Input maxLength={200} aria-label="调解组织地址" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

function MediatorForm({
  committee,
  onClose,
  onSaved,
}: {
  committee: MediationCommittee;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const fields = ['mediatorName', 'mediatorGender', 'mediatorPost', 'mediatorSince'];
  const { error, busy, submit } = useSave(form, fields, async (v) => {
    await api.post(`/mediation-committees/${committee.id}/mediators`, v);
    onSaved();
  });
  return (
    <FormDialog
      title={`登记人民调解员：${committee.name}`}
      width={520}
      form={form}
      busy={busy}
      error={error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ mediatorGender: 'female', mediatorPost: 'member' }}
      >
        <Form.Item name="mediatorName" label="调解员姓名" rules={[{ required: true, message: '请填写调解员姓名' }]}>
          <Input maxLength={50} aria-label="调解员姓名" />
        </Form.Item>
        <Form.Item name="mediatorGender" label="调解员性别">
          <Select
            aria-label="调解员性别"
            options={[
              { value: 'female', label: '女' },
              { value: 'male', label: '男' },
            ]}
          />
        </Form.Item>
        <Form.Item name="mediatorPost" label="调解员职务">
          <Select aria-label="调解员职务" options={choices(mediatorPostLabels)} />
        </Form.Item>
        <Form.Item name="mediatorSince" label="任职日期">
          <DateField aria-label="任职日期" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export default function CommitteesPage() {
  const list = useApi<MediationCommittees>('/mediation-committees');
  const [registering, setRegistering] = useState(false);
  const [adding, setAdding] = useState<MediationCommittee | null>(null);
  const units = list.data?.units ?? [];
  const saved = () => {
    setRegistering(false);
    setAdding(null);
    list.reload();
  };
  return (
    <Card
      size="small"
      title="人民调解组织"
      extra={
        units.length > 0 && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            登记调解组织
          </Button>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="人民调解委员会由委员三至九人组成，设主任一人，应当有妇女成员；委员每届任期三年（人民调解法第八条、第九条）。不符合的情形按今天的情况列出。"
      />
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<MediationCommittee>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '暂无登记的人民调解组织' }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kindLabel', width: 190 },
          { title: '所属单位', dataIndex: 'orgName', width: 170 },
          {
            title: '本届推选',
            dataIndex: 'electedOn',
            width: 130,
            render: (d: string | null) => (d ? displayDate(d) : '—'),
          },
          {
            title: '调解员',
            key: 'mediators',
            render: (_: unknown, c) => c.mediators.map((m) => `${m.name}（${m.postLabel}）`).join('、') || '—',
          },
          {
            title: '组成情况',
            key: 'problems',
            width: 220,
            render: (_: unknown, c) =>
              c.problems.length === 0 ? (
                <Tag color="green">符合规定</Tag>
              ) : (
                <Space direction="vertical" size={2}>
                  {c.problems.map((p) => (
                    <Tooltip key={p.rule} title={p.basis}>
                      <Tag color="red">{p.message}</Tag>
                    </Tooltip>
                  ))}
                </Space>
              ),
          },
          { title: '调解纠纷', dataIndex: 'disputeCount', width: 90, render: (n: number) => `${n}件` },
          {
            title: '',
            key: 'act',
            width: 150,
            render: (_: unknown, c) => (
              <Space>
                {c.isDemo && <Tag color="purple">演示</Tag>}
                {c.canRecord && (
                  <Button size="small" onClick={() => setAdding(c)}>
                    登记调解员
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {registering && <CommitteeForm units={units} onClose={() => setRegistering(false)} onSaved={saved} />}
      {adding && <MediatorForm committee={adding} onClose={() => setAdding(null)} onSaved={saved} />}
    </Card>
  );
}
