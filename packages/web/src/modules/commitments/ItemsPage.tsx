// 告知承诺事项: the items the bodies in reach handle by commitment (by their code in the region's lists, with the name
// and basis as published), how many matters each has, and the form that adds one (国办发〔2020〕42号).
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { CommitmentItem, CommitmentItems } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { ItemWarningTag } from '../../components/ItemWarningTag';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';

const fields = ['handlingBodyId', 'list', 'itemCode', 'itemName', 'legalBasis', 'commitmentContent', 'allowedFrom'];

function AddItem({ data, onAdded }: { data: CommitmentItems; onAdded: () => void }) {
  const today = useToday();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="确定告知承诺事项" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ handlingBodyId: data.bodies[0]?.id, list: 'certificate', allowedFrom: today }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await api.post('/commitment-items', v);
            form.resetFields(['itemCode', 'itemName', 'legalBasis', 'commitmentContent']);
            onAdded();
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="handlingBodyId" label="办理机关" rules={[{ required: true, message: '请选择办理机关' }]}>
          <Select options={data.bodies.map((b) => ({ value: b.id, label: b.name }))} aria-label="办理机关" />
        </Form.Item>
        <Form.Item name="list" label="所属清单" rules={[{ required: true, message: '请选择所属清单' }]}>
          <Select options={data.lists} aria-label="所属清单" />
        </Form.Item>
        <Form.Item name="itemCode" label="事项编码" rules={[{ required: true, message: '请填写事项编码' }]}>
          <Input maxLength={64} aria-label="事项编码" />
        </Form.Item>
        <Form.Item name="itemName" label="事项名称" rules={[{ required: true, message: '请填写事项名称' }]}>
          <Input maxLength={200} aria-label="事项名称" />
        </Form.Item>
        <Form.Item name="legalBasis" label="法律依据" rules={[{ required: true, message: '请填写法律依据' }]}>
          <Input.TextArea rows={2} maxLength={2000} aria-label="法律依据" />
        </Form.Item>
        <Form.Item name="commitmentContent" label="承诺内容" rules={[{ required: true, message: '请填写承诺内容' }]}>
          <Input.TextArea rows={2} maxLength={2000} aria-label="承诺内容" />
        </Form.Item>
        <Form.Item name="allowedFrom" label="实行告知承诺制的日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DateField aria-label="实行告知承诺制的日期" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          确定
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function ItemsPage() {
  const list = useApi<CommitmentItems>('/commitment-items');
  return (
    <>
      <Card size="small" title="告知承诺事项">
        <Typography.Paragraph type="secondary">
          证明事项和涉企经营许可事项实行告知承诺制（国办发〔2020〕42号）。事项以本地区证明事项清单、涉企经营许可事项清单、行政许可事项清单中的编码确定。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        <Table<CommitmentItem>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未确定告知承诺事项' }}
          columns={[
            { title: '办理机关', dataIndex: 'bodyName', width: 180 },
            { title: '所属清单', dataIndex: 'listLabel', width: 150 },
            {
              title: '事项编码',
              dataIndex: 'itemCode',
              width: 150,
              render: (c: string, i) => (
                <>
                  {c}
                  <ItemWarningTag warning={i.itemWarning} />
                </>
              ),
            },
            { title: '事项名称', dataIndex: 'itemName' },
            { title: '法律依据', dataIndex: 'basis' },
            { title: '实行日期', dataIndex: 'allowedFrom', width: 130, render: displayDate },
            { title: '办理件数', dataIndex: 'matterCount', width: 90 },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, i) => i.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
      </Card>
      {list.data && list.data.bodies.length > 0 && <AddItem data={list.data} onAdded={list.reload} />}
    </>
  );
}
