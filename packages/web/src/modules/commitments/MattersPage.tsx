// 告知承诺办理: the matters handled by commitment at the bodies in reach, newest first, filtered by item and by what
// the check found, and the form with which the office records a matter (the applicant's identifiers are sent once,
// stored encrypted and shown masked).
import { consoleLink, commitmentsMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import type { CommitmentMatterPage, CommitmentMatterRow } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { resultColour } from './format';

const fields = [
  'commitmentItemId',
  'applicantKind',
  'applicantName',
  'idNumber',
  'mobile',
  'uscc',
  'handledOn',
  'commitment',
];

function RecordMatter({ items, onClose }: { items: CommitmentMatterPage['recordableItems']; onClose: () => void }) {
  const today = useToday();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const kind = Form.useWatch('applicantKind', form) as string | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal open title="记录以告知承诺制办理的事项" footer={null} onCancel={onClose} width={640} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ commitmentItemId: items[0]?.id, applicantKind: 'organisation', handledOn: today }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            const { id } = await api.post<{ id: string }>('/commitment-matters', v);
            navigate(consoleLink(commitmentsMenu, 'commitment-matters', id));
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="commitmentItemId" label="告知承诺事项" rules={[{ required: true, message: '请选择事项' }]}>
          <Select options={items.map((i) => ({ value: i.id, label: i.label }))} aria-label="告知承诺事项" />
        </Form.Item>
        <Form.Item name="applicantKind" label="申请人类型">
          <Radio.Group
            options={[
              { value: 'organisation', label: '法人或者其他组织' },
              { value: 'person', label: '自然人' },
            ]}
          />
        </Form.Item>
        <Form.Item name="applicantName" label="申请人名称" rules={[{ required: true, message: '请填写申请人名称' }]}>
          <Input maxLength={100} aria-label="申请人名称" />
        </Form.Item>
        {kind === 'person' ? (
          <Form.Item name="idNumber" label="身份证号码" rules={[{ required: true, message: '请填写身份证号码' }]}>
            <Input maxLength={18} aria-label="身份证号码" autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item
            name="uscc"
            label="统一社会信用代码"
            rules={[{ required: true, message: '请填写统一社会信用代码' }]}
          >
            <Input maxLength={18} aria-label="统一社会信用代码" />
          </Form.Item>
        )}
        <Form.Item name="mobile" label="手机号码">
          <Input maxLength={11} aria-label="手机号码" autoComplete="off" />
        </Form.Item>
        <Form.Item name="handledOn" label="办理日期">
          <DateField aria-label="办理日期" />
        </Form.Item>
        <Form.Item name="commitment" label="申请人的承诺" rules={[{ required: true, message: '请填写申请人的承诺' }]}>
          <Input.TextArea rows={3} maxLength={2000} aria-label="申请人的承诺" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          记录
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

export default function MattersPage() {
  const [page, setPage] = useState(1);
  const [checkResult, setCheckResult] = useState<string | undefined>(undefined);
  const [recording, setRecording] = useState(false);
  const list = useApi<CommitmentMatterPage>('/commitment-matters', { page, pageSize: 20, checkResult });
  const items = list.data?.recordableItems ?? [];
  return (
    <Card
      size="small"
      title="告知承诺办理"
      extra={
        items.length > 0 && (
          <Button type="primary" onClick={() => setRecording(true)}>
            记录办理事项
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        核查结果：
        <Select
          aria-label="核查结果"
          style={{ width: 140 }}
          value={checkResult ?? ''}
          onChange={(v: string) => {
            setPage(1);
            setCheckResult(v || undefined);
          }}
          options={[
            { value: '', label: '全部' },
            { value: 'unchecked', label: '未核查' },
            { value: 'kept', label: '承诺属实' },
            { value: 'false', label: '承诺不实' },
          ]}
        />
      </Space>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<CommitmentMatterRow>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: '暂无以告知承诺制办理的事项' }}
        columns={[
          {
            title: '事项',
            key: 'item',
            render: (_: unknown, m) => (
              <Link to={consoleLink(commitmentsMenu, 'commitment-matters', m.id)}>{m.itemName}</Link>
            ),
          },
          { title: '申请人', dataIndex: 'applicantName', width: 200 },
          { title: '办理机关', dataIndex: 'bodyName', width: 180 },
          { title: '办理日期', dataIndex: 'handledOn', width: 130, render: displayDate },
          {
            title: '核查',
            key: 'check',
            width: 110,
            render: (_: unknown, m) => <Tag color={resultColour(m.checkResult)}>{m.checkResultLabel}</Tag>,
          },
          { title: '', key: 'demo', width: 60, render: (_: unknown, m) => m.isDemo && <Tag color="purple">演示</Tag> },
        ]}
      />
      {recording && <RecordMatter items={items} onClose={() => setRecording(false)} />}
    </Card>
  );
}
