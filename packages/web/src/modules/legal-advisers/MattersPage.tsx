// 合同与议题合法性审查: the matters the units in reach sent to the justice bureau (contracts, 常务会议议题, other
// documents) with their standing and the review's deadline, and the form that sends one with its package.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { LegalReviewMatterList, LegalReviewMatterRow } from '@fazhi/core/contracts';
import { consoleLink, legalAdvisersMenu } from '@fazhi/core/modules';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { standingColour } from './format';

const fields = [
  'reviewKind',
  'contractKind',
  'sendingUnitId',
  'matterTitle',
  'counterparty',
  'amountYuan',
  'matterText',
  'annexDescription',
  'ownReview',
  'submittedOn',
];

function SendMatter({ data }: { data: LegalReviewMatterList }) {
  const today = useToday();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const kind = Form.useWatch('reviewKind', form) as string | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="报送合法性审查" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reviewKind: 'contract', sendingUnitId: data.units[0]?.id, submittedOn: today }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            const body = v.reviewKind === 'contract' ? v : { ...v, contractKind: undefined, counterparty: undefined };
            const { id } = await api.post<{ id: string }>('/legal-review-matters', body);
            navigate(consoleLink(legalAdvisersMenu, 'legal-review-matters', id));
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="reviewKind" label="送审事项类型" rules={[{ required: true, message: '请选择送审事项类型' }]}>
          <Select options={data.kinds} aria-label="送审事项类型" />
        </Form.Item>
        <Form.Item name="sendingUnitId" label="送审单位" rules={[{ required: true, message: '请选择送审单位' }]}>
          <Select options={data.units.map((u) => ({ value: u.id, label: u.name }))} aria-label="送审单位" />
        </Form.Item>
        {kind === 'contract' && (
          <>
            <Form.Item name="contractKind" label="合同类型" rules={[{ required: true, message: '请选择合同类型' }]}>
              <Select options={data.contractKinds} aria-label="合同类型" />
            </Form.Item>
            <Form.Item name="counterparty" label="合同相对方" rules={[{ required: true, message: '请填写合同相对方' }]}>
              <Input maxLength={200} aria-label="合同相对方" />
            </Form.Item>
            <Form.Item name="amountYuan" label="涉及款额（元）">
              <InputNumber min={0} style={{ width: 220 }} aria-label="涉及款额" />
            </Form.Item>
          </>
        )}
        <Form.Item name="matterTitle" label="送审事项名称" rules={[{ required: true, message: '请填写送审事项名称' }]}>
          <Input maxLength={200} aria-label="送审事项名称" />
        </Form.Item>
        <Form.Item name="matterText" label="送审文本" rules={[{ required: true, message: '请填写送审文本' }]}>
          <Input.TextArea rows={6} maxLength={100000} aria-label="送审文本" />
        </Form.Item>
        <Form.Item name="annexDescription" label="附件说明">
          <Input.TextArea rows={2} maxLength={4000} aria-label="附件说明" />
        </Form.Item>
        <Form.Item name="ownReview" label="送审单位自审意见" rules={[{ required: true, message: '请填写自审意见' }]}>
          <Input.TextArea rows={3} maxLength={4000} aria-label="送审单位自审意见" />
        </Form.Item>
        <Form.Item name="submittedOn" label="报送日期">
          <DateField aria-label="报送日期" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          报送司法局审查
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function MattersPage() {
  const list = useApi<LegalReviewMatterList>('/legal-review-matters');
  return (
    <>
      <Card size="small" title="合同与议题合法性审查">
        <Typography.Paragraph type="secondary">
          行政协议和其他合同（含招商引资承诺、政府和社会资本合作合同）、常务会议议题和其他文件，报送司法局合法性审查；审查期限按本地区规定计算。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        <Table<LegalReviewMatterRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无送审事项' }}
          columns={[
            {
              title: '送审事项',
              dataIndex: 'title',
              render: (_: unknown, m) => (
                <Link to={consoleLink(legalAdvisersMenu, 'legal-review-matters', m.id)}>{m.title}</Link>
              ),
            },
            {
              title: '类型',
              dataIndex: 'kindLabel',
              width: 170,
              render: (_: unknown, m) => m.contractKindLabel ?? m.kindLabel,
            },
            { title: '送审单位', dataIndex: 'unitName', width: 180 },
            { title: '报送日期', dataIndex: 'submittedOn', width: 120, render: displayDate },
            { title: '审查期限', dataIndex: 'due', width: 120, render: displayDate },
            {
              title: '状态',
              dataIndex: 'standingLabel',
              width: 110,
              render: (_: unknown, m) => <Tag color={standingColour[m.standing]}>{m.standingLabel}</Tag>,
            },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, m) => m.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
      </Card>
      {list.data && list.data.units.length > 0 && <SendMatter data={list.data} />}
    </>
  );
}
