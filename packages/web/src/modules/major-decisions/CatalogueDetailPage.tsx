// One version of a decision catalogue: its items with the steps that apply to each, and the acts its status and
// the user's abilities allow — adding and changing items while it is drafted, recording the same-level Party
// committee's consent, publishing (refused before the consent, 第三条第三款), and adjusting the published one,
// which opens the next version with its reason. Every version of the year is listed.
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Skeleton, Space, Table, Tag } from 'antd';
import type { DecisionCatalogue, DecisionCatalogueItem } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { errorText } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import DateField from '../../components/DateField';
import FormCard from '../../components/FormCard';
import { dateItem } from './records/ActForms';
import CatalogueItemForm from './CatalogueItemForm';
import { statusColours } from './decision-format';

function ConsentForm({ c, onDone }: { c: DecisionCatalogue; onDone: (c: DecisionCatalogue) => void }) {
  const today = useToday();
  return (
    <FormCard<{ consentedOn: string; record: string }>
      title="记录同级党委同意"
      fields={['consentedOn', 'record']}
      initialValues={{ consentedOn: today }}
      submitLabel="记录党委同意"
      onSubmit={async (v) => onDone(await api.post<DecisionCatalogue>(`/decision-catalogues/${c.id}/party-consent`, v))}
    >
      {dateItem('consentedOn', '党委同意日期', '请选择党委同意日期')}
      <Form.Item
        name="record"
        label="党委同意的文件或会议"
        extra="例如：区委常委会会议纪要〔2027〕2号"
        rules={[{ required: true, message: '请填写党委同意的文件或会议' }]}
      >
        <Input maxLength={200} style={{ maxWidth: 480 }} />
      </Form.Item>
    </FormCard>
  );
}

function AdjustForm({ c }: { c: DecisionCatalogue }) {
  const navigate = useNavigate();
  return (
    <FormCard<{ reason: string }>
      title="调整目录"
      fields={['reason']}
      submitLabel="生成调整稿"
      onSubmit={async (v) => {
        const { id } = await api.post<{ id: string }>(`/decision-catalogues/${c.id}/adjustment`, v);
        navigate(consoleLink(decisionsMenu, 'decision-catalogues', id));
      }}
    >
      <Form.Item name="reason" label="调整理由" rules={[{ required: true, message: '请填写调整理由' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormCard>
  );
}

export default function CatalogueDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const today = useToday();
  const loaded = useApi<DecisionCatalogue>(`/decision-catalogues/${id}`);
  const [shown, setShown] = useState<DecisionCatalogue | null>(null);
  const [editing, setEditing] = useState<DecisionCatalogueItem | 'new' | null>(null);
  const [publishedOn, setPublishedOn] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const c = shown?.id === id ? shown : loaded.data;
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  if (!c) return <Skeleton active />;
  const editable = c.abilities.editItems && c.status === 'draft';
  const act = async (run: () => Promise<DecisionCatalogue>, done: string) => {
    setError(null);
    try {
      setShown(await run());
      message.success(done);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <Card
        size="small"
        title={`${c.bodyName}${c.year}年重大行政决策事项目录`}
        extra={c.isDemo && <Tag color="purple">演示</Tag>}
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="版本">第{c.versionNo}版</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={statusColours[c.status]}>{c.statusLabel}</Tag>
          </Descriptions.Item>
          {c.adjustmentReason && (
            <Descriptions.Item label="调整理由" span={2}>
              {c.adjustmentReason}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="同级党委同意">
            {c.partyConsentOn ? `${displayDate(c.partyConsentOn)}（${c.partyConsentRecord ?? ''}）` : '尚未记录'}
          </Descriptions.Item>
          <Descriptions.Item label="公布日期">{displayDate(c.publishedOn) || '尚未公布'}</Descriptions.Item>
        </Descriptions>
        {c.versions.length > 1 && (
          <Space wrap style={{ marginTop: 12 }} aria-label="历次版本">
            历次版本：
            {c.versions.map((v) =>
              v.id === c.id ? (
                <Tag key={v.id} color="blue">
                  第{v.versionNo}版（{v.statusLabel}）
                </Tag>
              ) : (
                <Link key={v.id} to={consoleLink(decisionsMenu, 'decision-catalogues', v.id)}>
                  第{v.versionNo}版（{v.statusLabel}）
                </Link>
              ),
            )}
          </Space>
        )}
      </Card>
      <Card
        size="small"
        title="决策事项"
        style={{ marginTop: 12 }}
        extra={
          editable && (
            <Button type="primary" onClick={() => setEditing('new')}>
              增加决策事项
            </Button>
          )
        }
      >
        <Table<DecisionCatalogueItem>
          size="small"
          rowKey="id"
          dataSource={c.items}
          pagination={false}
          locale={{ emptyText: '目录中尚无决策事项' }}
          expandable={{
            expandedRowRender: (i) => (
              <ol style={{ margin: 0 }} aria-label="决策程序">
                {i.steps.map((s) => (
                  <li key={s.label}>
                    {s.label}（{s.basis}）
                  </li>
                ))}
              </ol>
            ),
          }}
          columns={[
            { title: '序号', key: 'n', width: 60, render: (_: unknown, _i, n) => n + 1 },
            { title: '决策事项', dataIndex: 'title' },
            { title: '承办单位', dataIndex: 'sponsorName', width: 180 },
            {
              title: '依据',
              key: 'basis',
              render: (_: unknown, i) => (
                <>
                  <div>法律依据：{i.legalBasis}</div>
                  {i.policyBasis && <div>政策依据：{i.policyBasis}</div>}
                </>
              ),
            },
            {
              title: '计划时间',
              key: 'plan',
              width: 200,
              render: (_: unknown, i) => `${displayDate(i.plannedStart)}至${displayDate(i.plannedFinish)}`,
            },
            {
              title: '适用程序',
              dataIndex: 'applicableStepLabels',
              width: 200,
              render: (labels: string[]) => (labels.length ? labels.map((l) => <Tag key={l}>{l}</Tag>) : '仅必经程序'),
            },
            ...(editable
              ? [
                  {
                    title: '操作',
                    key: 'acts',
                    width: 130,
                    render: (_: unknown, i: DecisionCatalogueItem) => (
                      <Space>
                        <a onClick={() => setEditing(i)}>修改</a>
                        <Popconfirm
                          title={`将“${i.title}”移出目录？`}
                          okText="移出"
                          cancelText="取消"
                          onConfirm={() =>
                            act(
                              () => api.del<DecisionCatalogue>(`/decision-catalogues/${c.id}/items/${i.id}`),
                              '已移出',
                            )
                          }
                        >
                          <a>移出</a>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {c.abilities.recordPartyConsent && c.status === 'draft' && (
        <ConsentForm c={c} onDone={(next) => (setShown(next), message.success('已记录党委同意'))} />
      )}
      {c.abilities.publish && c.status !== 'published' && c.status !== 'superseded' && (
        <Card size="small" title="公布目录" style={{ marginTop: 12 }}>
          <Space>
            <span>公布日期</span>
            <DateField
              value={publishedOn ?? today}
              onChange={(v) => setPublishedOn(v ?? undefined)}
              style={{ width: 180 }}
            />
            <Button
              type="primary"
              onClick={() =>
                act(
                  () =>
                    api.post<DecisionCatalogue>(`/decision-catalogues/${c.id}/publication`, {
                      publishedOn: publishedOn ?? today,
                    }),
                  '目录已公布',
                )
              }
            >
              公布目录
            </Button>
          </Space>
        </Card>
      )}
      {c.abilities.adjust && c.status === 'published' && <AdjustForm c={c} />}
      {editing && (
        <CatalogueItemForm
          catalogue={c}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setShown(next);
            setEditing(null);
            message.success('已保存');
          }}
        />
      )}
    </>
  );
}
