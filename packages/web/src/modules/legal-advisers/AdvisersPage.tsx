// 法律顾问与公职律师: the registry of the units in reach — each adviser's unit and level (a village's or community's
// under its township by name), firm and licence or certificate, the contract's term, fee and standing (warned before
// it lapses) —, the form that registers one, and the engagements with the opinions signed, with the form that records one.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type {
  LegalAdviser,
  LegalAdviserEngagement,
  LegalAdviserEngagements,
  LegalAdviserList,
} from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { contractColour } from './format';

const adviserFields = [
  'adviserUnitId',
  'adviserLevel',
  'communityName',
  'adviserKind',
  'adviserName',
  'lawFirm',
  'lawyerLicenceNumber',
  'publicLawyerCertificate',
  'contractFrom',
  'contractUntil',
  'contractFeeYuan',
  'serviceScope',
];

function RegisterAdviser({ data, onDone }: { data: LegalAdviserList; onDone: () => void }) {
  const [form] = Form.useForm();
  const level = Form.useWatch('adviserLevel', form) as string | undefined;
  const kind = Form.useWatch('adviserKind', form) as string | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const village = level === 'village' || level === 'community';
  return (
    <Card size="small" title="登记法律顾问、公职律师" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ adviserUnitId: data.units[0]?.id, adviserLevel: 'department', adviserKind: 'legal_adviser' }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await api.post('/legal-advisers', v);
            form.resetFields(['adviserName', 'lawFirm', 'lawyerLicenceNumber', 'publicLawyerCertificate']);
            onDone();
          } catch (e) {
            setError(applyFieldErrors(form, e, adviserFields));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="adviserUnitId" label="所在单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select options={data.units.map((u) => ({ value: u.id, label: u.name }))} aria-label="所在单位" />
        </Form.Item>
        <Form.Item name="adviserLevel" label="层级">
          <Select options={data.levels} aria-label="层级" />
        </Form.Item>
        {village && (
          <Form.Item name="communityName" label="村（社区）名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input maxLength={100} aria-label="村（社区）名称" />
          </Form.Item>
        )}
        <Form.Item name="adviserKind" label="类别">
          <Select options={data.kinds} aria-label="类别" />
        </Form.Item>
        <Form.Item name="adviserName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} aria-label="姓名" />
        </Form.Item>
        <Form.Item name="lawFirm" label="所在律师事务所或单位">
          <Input maxLength={200} aria-label="所在律师事务所或单位" />
        </Form.Item>
        {kind === 'public_lawyer' ? (
          <Form.Item
            name="publicLawyerCertificate"
            label="公职律师证号"
            rules={[{ required: true, message: '请填写证号' }]}
          >
            <Input maxLength={50} aria-label="公职律师证号" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="lawyerLicenceNumber" label="律师执业证号">
              <Input maxLength={17} aria-label="律师执业证号" />
            </Form.Item>
            <Form.Item name="contractFrom" label="聘用起始日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DateField aria-label="聘用起始日期" />
            </Form.Item>
            <Form.Item name="contractUntil" label="聘用截止日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DateField aria-label="聘用截止日期" />
            </Form.Item>
            <Form.Item name="contractFeeYuan" label="顾问费（元）">
              <InputNumber min={0} style={{ width: 200 }} aria-label="顾问费" />
            </Form.Item>
            <Form.Item name="serviceScope" label="服务范围" rules={[{ required: true, message: '请填写服务范围' }]}>
              <Input.TextArea rows={2} maxLength={2000} aria-label="服务范围" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          登记
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

function RecordEngagement(props: {
  advisers: LegalAdviser[];
  kinds: LegalAdviserEngagements['kinds'];
  onDone: () => void;
}) {
  const today = useToday();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="记录参与事项" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ engagementKind: 'major_decision', engagedOn: today, signedOn: today }}
        onFinish={async ({ adviserId, ...v }) => {
          setBusy(true);
          setError(null);
          try {
            await api.post(`/legal-advisers/${adviserId}/engagements`, v);
            form.resetFields(['engagementMatter', 'adviserOpinion']);
            props.onDone();
          } catch (e) {
            setError(
              applyFieldErrors(form, e, [
                'engagementKind',
                'engagementMatter',
                'engagedOn',
                'adviserOpinion',
                'signedOn',
              ]),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="adviserId" label="法律顾问或公职律师" rules={[{ required: true, message: '请选择' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={props.advisers.map((a) => ({ value: a.id, label: `${a.name}（${a.unitName}）` }))}
            aria-label="法律顾问或公职律师"
          />
        </Form.Item>
        <Form.Item name="engagementKind" label="参与事项类型">
          <Select options={props.kinds} aria-label="参与事项类型" />
        </Form.Item>
        <Form.Item name="engagementMatter" label="参与事项" rules={[{ required: true, message: '请填写参与事项' }]}>
          <Input maxLength={200} aria-label="参与事项" />
        </Form.Item>
        <Form.Item name="engagedOn" label="参与日期">
          <DateField aria-label="参与日期" />
        </Form.Item>
        <Form.Item name="adviserOpinion" label="法律意见" rules={[{ required: true, message: '请填写法律意见' }]}>
          <Input.TextArea rows={3} maxLength={10000} aria-label="法律意见" />
        </Form.Item>
        <Form.Item name="signedOn" label="签署日期">
          <DateField aria-label="签署日期" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          记录
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function AdvisersPage() {
  const list = useApi<LegalAdviserList>('/legal-advisers');
  const engagements = useApi<LegalAdviserEngagements>('/legal-adviser-engagements');
  const reload = () => {
    list.reload();
    engagements.reload();
  };
  const keeps = !!list.data && list.data.units.length > 0;
  return (
    <>
      <Card size="small" title="法律顾问与公职律师">
        <Typography.Paragraph type="secondary">
          区政府及其工作部门、乡镇（街道）及行政村、社区的法律顾问和公职律师名册；聘用合同到期前
          {list.data?.warnDays ?? 30}日提示续聘。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        <Table<LegalAdviser>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未登记法律顾问、公职律师' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 110 },
            { title: '类别', dataIndex: 'kindLabel', width: 90 },
            {
              title: '单位',
              dataIndex: 'unitName',
              render: (_: unknown, a) => (a.communityName ? `${a.unitName}·${a.communityName}` : a.unitName),
            },
            { title: '层级', dataIndex: 'levelLabel', width: 130 },
            { title: '律师事务所', dataIndex: 'firm' },
            {
              title: '聘期',
              key: 'term',
              width: 220,
              render: (_: unknown, a) =>
                a.contractFrom ? `${displayDate(a.contractFrom)} 至 ${displayDate(a.contractUntil)}` : '—',
            },
            {
              title: '合同状态',
              dataIndex: 'standingLabel',
              width: 130,
              render: (_: unknown, a) =>
                a.standing && (
                  <Tag color={contractColour[a.standing]}>
                    {a.standingLabel}
                    {a.standing === 'lapsing' ? `（${a.daysLeft}日）` : ''}
                  </Tag>
                ),
            },
            { title: '参与事项', dataIndex: 'engagementCount', width: 90 },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, a) => a.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
      </Card>
      <Card size="small" title="参与事项及法律意见" style={{ marginTop: 12 }}>
        <Table<LegalAdviserEngagement>
          size="small"
          rowKey="id"
          loading={engagements.loading}
          dataSource={engagements.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无参与事项' }}
          columns={[
            { title: '参与日期', dataIndex: 'engagedOn', width: 120, render: displayDate },
            { title: '法律顾问', dataIndex: 'adviserName', width: 110 },
            { title: '类型', dataIndex: 'kindLabel', width: 120 },
            { title: '参与事项', dataIndex: 'matter' },
            { title: '法律意见', dataIndex: 'opinion', ellipsis: true },
            { title: '签署日期', dataIndex: 'signedOn', width: 120, render: displayDate },
          ]}
        />
      </Card>
      {keeps && list.data && <RegisterAdviser data={list.data} onDone={reload} />}
      {keeps && list.data && engagements.data && list.data.items.length > 0 && (
        <RecordEngagement advisers={list.data.items} kinds={engagements.data.kinds} onDone={reload} />
      )}
    </>
  );
}
