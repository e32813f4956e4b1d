// 重大行政决策: the decisions the user reaches with their status, and — where the user keeps a decision body — the
// form with which its office records a proposal (第十条): an item of the body's published catalogue, or a matter
// outside it with its 承办单位, the steps that apply and the reason it was not listed.
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import type { DecisionRecordList, DecisionRecordRow } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { applyFieldErrors } from '../../../shell/errors';
import { displayDate } from '../../../shell/datetime';
import { decisionStatusColours } from '../decision-format';
import MatterFields from '../MatterFields';

interface Values {
  bodyOrgId: string;
  source: 'catalogue' | 'outside';
  catalogueItemId?: string;
  title?: string;
  sponsorOrgId?: string;
  applicableSteps?: string[];
  outsideCatalogueReason?: string;
  proposal: string;
  proposer: string;
}

const fields = ['bodyOrgId', 'catalogueItemId', 'title', 'sponsorOrgId', 'applicableSteps', 'outsideCatalogueReason'];
const stepChoices = [
  { value: 'hearing', label: '听证会' },
  { value: 'expert_review', label: '专家论证' },
  { value: 'risk_assessment', label: '风险评估' },
  { value: 'fair_competition_review', label: '公平竞争审查' },
];

function ProposeForm({ bodies }: { bodies: DecisionRecordList['bodies'] }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bodyId = Form.useWatch('bodyOrgId', form);
  const source = Form.useWatch('source', form);
  const body = bodies.find((b) => b.id === bodyId);
  return (
    <Card size="small" title="提出决策建议" style={{ marginTop: 12 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ bodyOrgId: bodies[0]?.id, source: 'catalogue', applicableSteps: [] }}
        onFinish={async ({ source: s, ...v }) => {
          setBusy(true);
          setError(null);
          const body =
            s === 'catalogue'
              ? {
                  bodyOrgId: v.bodyOrgId,
                  catalogueItemId: v.catalogueItemId,
                  proposal: v.proposal,
                  proposer: v.proposer,
                }
              : { ...v, catalogueItemId: undefined };
          try {
            const { id } = await api.post<{ id: string }>('/decisions', body);
            navigate(consoleLink(decisionsMenu, 'decision-records', id));
          } catch (e) {
            setError(applyFieldErrors(form, e, [...fields, 'proposal', 'proposer']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="bodyOrgId" label="决策机关" rules={[{ required: true, message: '请选择决策机关' }]}>
          <Select
            style={{ maxWidth: 360 }}
            aria-label="决策机关"
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="source" label="决策事项">
          <Radio.Group
            options={[
              { value: 'catalogue', label: '决策事项目录所列事项' },
              { value: 'outside', label: '未列入目录的事项' },
            ]}
          />
        </Form.Item>
        {source !== 'outside' ? (
          <Form.Item
            name="catalogueItemId"
            label="目录所列事项"
            rules={[{ required: true, message: '请选择目录所列事项' }]}
          >
            <Select
              aria-label="目录所列事项"
              options={(body?.items ?? []).map((i) => ({ value: i.id, label: `${i.year}年：${i.title}` }))}
            />
          </Form.Item>
        ) : (
          <>
            <MatterFields sponsors={body?.sponsors ?? []} />
            <Form.Item name="applicableSteps" label="适用程序">
              <Checkbox.Group options={stepChoices} />
            </Form.Item>
            <Form.Item
              name="outsideCatalogueReason"
              label="未列入决策事项目录的理由"
              rules={[{ required: true, message: '请说明未列入决策事项目录的理由' }]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        <Form.Item name="proposal" label="决策建议" rules={[{ required: true, message: '请填写决策建议' }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="proposer"
          label="建议提出人"
          extra="例如：区政府分管领导、区市场监督管理局、人大代表联名"
          rules={[{ required: true, message: '请填写建议提出人' }]}
        >
          <Input maxLength={200} style={{ maxWidth: 480 }} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          记录决策建议
        </Button>
      </Form>
    </Card>
  );
}

export default function DecisionListPage() {
  const list = useApi<DecisionRecordList>('/decisions');
  return (
    <>
      <Card size="small" title="重大行政决策">
        <Typography.Paragraph type="secondary">
          重大行政决策依照《重大行政决策程序暂行条例》经决策启动、公众参与、专家论证、风险评估、合法性审查和集体讨论决定等程序作出，每一步记录办理人和日期。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<DecisionRecordRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '尚无重大行政决策' }}
          columns={[
            {
              title: '决策事项',
              key: 'title',
              render: (_: unknown, d) => (
                <>
                  <Link to={consoleLink(decisionsMenu, 'decision-records', d.id)}>{d.title}</Link>
                  {!d.inCatalogue && <Tag style={{ marginLeft: 6 }}>目录外</Tag>}
                  {d.isDemo && (
                    <Tag color="purple" style={{ marginLeft: 6 }}>
                      演示
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '决策机关', dataIndex: 'bodyName', width: 180 },
            { title: '承办单位', dataIndex: 'sponsorName', width: 180 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 160,
              render: (v: DecisionRecordRow['status'], d) => (
                <Tag color={decisionStatusColours[v]}>{d.statusLabel}</Tag>
              ),
            },
            { title: '提出日期', dataIndex: 'proposedOn', width: 150, render: (v: string) => displayDate(v) },
          ]}
        />
      </Card>
      {list.data && list.data.bodies.length > 0 && <ProposeForm bodies={list.data.bodies} />}
    </>
  );
}
