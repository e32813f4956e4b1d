// 决策咨询论证专家库 (《重大行政决策程序暂行条例》第二十条、第二十一条): the region's experts, and the draws of
// experts for a decision — each with the candidates, the experts excluded and why, the random seed, and whether the
// draw recomputed from its record gives the same experts.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { DecisionExpert, DecisionExpertList, ExpertDraw } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { applyFieldErrors } from '../../shell/errors';
import { displayDate } from '../../shell/datetime';
import ExpertForm from './ExpertForm';
import { lines } from './records/acts';

function DrawForm({ regionCode, onDrawn }: { regionCode: string; onDrawn: () => void }) {
  const [form] = Form.useForm<{ matter: string; field: string; count: number; interests?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="抽取论证专家" style={{ marginBottom: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ count: 3 }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await api.post('/decision-expert-draws', {
              regionCode,
              matter: v.matter,
              field: v.field,
              count: v.count,
              interests: lines(v.interests),
            });
            form.resetFields();
            onDrawn();
          } catch (e) {
            setError(applyFieldErrors(form, e, ['matter', 'field', 'count', 'interests']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Space wrap align="start">
          <Form.Item name="matter" label="论证的决策事项" rules={[{ required: true, message: '请填写决策事项' }]}>
            <Input maxLength={200} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="field" label="专业领域" rules={[{ required: true, message: '请填写专业领域' }]}>
            <Input maxLength={50} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="count" label="抽取人数" rules={[{ required: true, message: '请填写抽取人数' }]}>
            <InputNumber min={1} max={20} style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="interests"
          label="与决策事项有直接利害关系的单位或事项（每行一项，申报了这些利害关系的专家不得抽取）"
        >
          <Input.TextArea rows={2} style={{ maxWidth: 640 }} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          抽取
        </Button>
      </Form>
    </Card>
  );
}

export default function ExpertPoolPage() {
  const list = useApi<DecisionExpertList>('/decision-experts');
  const draws = useApi<{ items: ExpertDraw[] }>('/decision-expert-draws');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [editing, setEditing] = useState<DecisionExpert | 'new' | null>(null);
  const regions = list.data?.regions ?? [];
  const region = regions.find((r) => r.code === regionCode) ?? regions[0];
  const experts = (list.data?.items ?? []).filter((e) => e.regionCode === region?.code);
  const regionDraws = (draws.data?.items ?? []).filter((d) => d.regionCode === region?.code);
  return (
    <Card size="small" title="决策咨询论证专家库">
      <Typography.Paragraph type="secondary">
        选择专家应当坚持专业性、代表性和中立性，不得选择与决策事项有直接利害关系的专家（《重大行政决策程序暂行条例》第二十条、第二十一条）。每次抽取均记录候选专家、被排除的专家及理由和随机种子，可随时复核。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      {regions.length > 1 && (
        <Select
          aria-label="行政区域"
          style={{ minWidth: 200, marginBottom: 12 }}
          value={region?.code}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(v: string) => setRegionCode(v)}
        />
      )}
      <Tabs
        items={[
          {
            key: 'experts',
            label: `专家（${experts.length}）`,
            children: (
              <>
                {region?.abilities.manage && (
                  <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
                    专家入库
                  </Button>
                )}
                <Table<DecisionExpert>
                  size="small"
                  rowKey="id"
                  loading={list.loading}
                  dataSource={experts}
                  pagination={{ pageSize: 20 }}
                  locale={{ emptyText: '专家库中尚无专家' }}
                  columns={[
                    {
                      title: '姓名',
                      dataIndex: 'name',
                      render: (v: string, e) => (
                        <>
                          {v}
                          {e.isDemo && (
                            <Tag color="purple" style={{ marginLeft: 6 }}>
                              演示
                            </Tag>
                          )}
                        </>
                      ),
                    },
                    { title: '专业领域', dataIndex: 'field', width: 120 },
                    { title: '工作单位', dataIndex: 'employer' },
                    {
                      title: '聘期',
                      key: 'term',
                      width: 230,
                      render: (_: unknown, e) => `${displayDate(e.termFrom)}至${displayDate(e.termTo)}`,
                    },
                    {
                      title: '申报的利害关系',
                      dataIndex: 'conflicts',
                      render: (v: string[]) => (v.length ? v.join('；') : '无'),
                    },
                    ...(region?.abilities.manage
                      ? [
                          {
                            title: '操作',
                            key: 'acts',
                            width: 70,
                            render: (_: unknown, e: DecisionExpert) => <a onClick={() => setEditing(e)}>修改</a>,
                          },
                        ]
                      : []),
                  ]}
                />
              </>
            ),
          },
          {
            key: 'draws',
            label: `抽取记录（${regionDraws.length}）`,
            children: (
              <>
                {region?.abilities.draw && <DrawForm regionCode={region.code} onDrawn={draws.reload} />}
                <Table<ExpertDraw>
                  size="small"
                  rowKey="id"
                  loading={draws.loading}
                  dataSource={regionDraws}
                  pagination={false}
                  locale={{ emptyText: '尚无抽取记录' }}
                  expandable={{
                    expandedRowRender: (d) => (
                      <Space direction="vertical" size={2}>
                        <span>候选专家：{d.candidates.map((c) => c.name).join('、')}</span>
                        {d.excluded.map((e) => (
                          <span key={e.id}>
                            排除 {e.name}：{e.reason}
                          </span>
                        ))}
                        <span>利害关系方：{d.interests.join('、') || '无'}</span>
                        <span>
                          随机种子：{d.seed}（每名候选专家按 SHA-256(种子:专家标识) 排序，取最小的{d.count}名）
                        </span>
                      </Space>
                    ),
                  }}
                  columns={[
                    { title: '决策事项', dataIndex: 'matter' },
                    { title: '专业领域', dataIndex: 'field', width: 120 },
                    { title: '抽取日期', dataIndex: 'drawnOn', width: 140, render: (v: string) => displayDate(v) },
                    {
                      title: '抽中的专家',
                      dataIndex: 'drawn',
                      render: (v: ExpertDraw['drawn']) => v.map((x) => `${x.name}（${x.employer}）`).join('、'),
                    },
                    {
                      title: '复核',
                      dataIndex: 'verified',
                      width: 110,
                      render: (v: boolean) =>
                        v ? <Tag color="green">复核一致</Tag> : <Tag color="red">记录与复核不一致</Tag>,
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {editing && region && (
        <ExpertForm
          regionCode={region.code}
          expert={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
