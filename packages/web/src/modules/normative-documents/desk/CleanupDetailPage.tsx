// One cleanup campaign: every document of the region that was in force when it opened, with its decision (继续有效 /
// 拟修改 / 废止 / 宣布失效 and the reason). The drafting unit or the justice bureau records decisions while it is
// open; the justice bureau publishes the results, and then the published lists are shown.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
} from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { applyFieldErrors, errorText } from '../../../shell/errors';
import { useSession, useToday } from '../../../shell/session';
import type { CleanupCampaign, CleanupItem } from '@fazhi/core/contracts';
import { chineseDate, cleanupKindLabels, cleanupOutcomeOptions } from './desk-format';
import DeskDeadlines from '../../../components/RecordDeadlines';
import DateField from '../../../components/DateField';

const outcomeColours: Record<string, string> = {
  remains_valid: 'green',
  amend: 'gold',
  repeal: 'red',
  lapse: 'default',
};

function DecisionForm({
  campaignId,
  item,
  onDone,
}: {
  campaignId: string;
  item: CleanupItem;
  onDone: (c: CleanupCampaign) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: string; reason?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  return (
    <Form
      form={form}
      size="small"
      initialValues={{ outcome: item.outcome ?? undefined, reason: item.reason ?? '' }}
      onFinish={async (v) => {
        setBusy(true);
        setError(null);
        try {
          const c = await api.post<CleanupCampaign>(`/normative-cleanup-campaigns/${campaignId}/decisions`, {
            documentId: item.documentId,
            outcome: v.outcome,
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          });
          message.success('清理意见已保存');
          onDone(c);
        } catch (e) {
          setError(applyFieldErrors(form, e, ['outcome', 'reason']));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Space align="start" wrap>
        <Form.Item name="outcome" noStyle rules={[{ required: true, message: '请选择清理意见' }]}>
          <Select
            placeholder="清理意见"
            options={cleanupOutcomeOptions.map((o) => ({ ...o }))}
            style={{ width: 110 }}
            aria-label={`${item.title}的清理意见`}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          noStyle
          rules={outcome && outcome !== 'remains_valid' ? [{ required: true, message: '请写明理由' }] : []}
        >
          <Input
            placeholder={outcome && outcome !== 'remains_valid' ? '理由（如与上位法抵触、依据缺失）' : '理由（可不填）'}
            style={{ width: 220 }}
            maxLength={2000}
            aria-label={`${item.title}的清理理由`}
          />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          保存
        </Button>
      </Space>
      {error && <div style={{ color: '#cf1322', fontSize: 12 }}>{error}</div>}
    </Form>
  );
}

function PublishedLists({ items }: { items: readonly CleanupItem[] }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {cleanupOutcomeOptions.map((o) => {
        const list = items.filter((i) => i.outcome === o.value);
        return (
          <Card
            key={o.value}
            size="small"
            title={`${o.label}的文件目录（${list.length}件）`}
            data-testid={`cleanup-list-${o.value}`}
          >
            {list.length === 0 ? (
              '无'
            ) : (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {list.map((i) => (
                  <li key={i.documentId}>
                    <Link to={consoleLink(normativeMenu, 'normative-documents', i.documentId)}>{i.title}</Link>
                    {i.docNumber ? `（${i.docNumber}）` : ''}
                    {i.reason ? <span style={{ color: '#8c8c8c' }}>：{i.reason}</span> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        );
      })}
    </Space>
  );
}

export default function CleanupDetailPage() {
  const today = useToday();
  const { id = '' } = useParams();
  const { holds } = useSession();
  const { message } = App.useApp();
  const found = useApi<CleanupCampaign>(`/normative-cleanup-campaigns/${id}`);
  const [fresh, setFresh] = useState<CleanupCampaign | null>(null);
  const [publishedOn, setPublishedOn] = useState(today);
  const c = fresh ?? found.data;
  if (found.error)
    return (
      <Result
        status={found.error.status === 404 ? '404' : 'error'}
        title="无法打开该清理"
        subTitle={found.error.message}
      />
    );
  if (!c) return <Skeleton active />;
  const open = c.status === 'open';
  const decided = c.items.filter((i) => i.outcome).length;

  const publish = async () => {
    try {
      const r = await api.post<{ campaign: CleanupCampaign }>(`/normative-cleanup-campaigns/${c.id}/publication`, {
        publishedOn,
      });
      message.success('清理结果已公布');
      setFresh(r.campaign);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={c.title}
        extra={<Link to={consoleLink(normativeMenu, 'normative-cleanups')}>返回清理列表</Link>}
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="类型">
            {cleanupKindLabels[c.kind]}
            {c.triggerLaw ? `（${c.triggerLaw}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="启动日期">{chineseDate(c.openedOn)}</Descriptions.Item>
          <Descriptions.Item label="状态">
            {open ? (
              <Tag color="blue">进行中</Tag>
            ) : (
              <Tag color="green">已公布结果（{chineseDate(c.publishedOn)}）</Tag>
            )}
            {c.isDemo && <Tag color="purple">演示数据</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="清理进度" span={3}>
            已作出清理意见 {decided} / {c.items.length} 件
          </Descriptions.Item>
        </Descriptions>
        <DeskDeadlines deadlines={c.deadlines} />
      </Card>
      {open ? (
        <Card
          size="small"
          title="逐件清理"
          extra={
            holds('normative.cleanup.manage') && (
              <Space>
                <DateField value={publishedOn} onChange={(v) => setPublishedOn(v ?? '')} aria-label="公布日期" />
                <Popconfirm
                  title="公布后清理意见即生效：继续有效以外的文件不再作为行政管理依据。确定公布？"
                  onConfirm={() => void publish()}
                  okText="公布"
                  cancelText="取消"
                >
                  <Button type="primary" disabled={decided < c.items.length}>
                    公布清理结果
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        >
          {decided < c.items.length && holds('normative.cleanup.manage') && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              message="全部文件作出清理意见后方可公布清理结果。"
            />
          )}
          <Table<CleanupItem>
            size="small"
            rowKey="documentId"
            dataSource={c.items}
            pagination={false}
            locale={{ emptyText: '本区域没有纳入本次清理的现行有效文件（或您无权查看）' }}
            columns={[
              {
                title: '文件',
                dataIndex: 'title',
                render: (v: string, i) => (
                  <>
                    <Link to={consoleLink(normativeMenu, 'normative-documents', i.documentId)}>{v}</Link>
                    <div style={{ fontSize: 12, color: '#8c8c8c' }}>{i.docNumber ?? '—'}</div>
                  </>
                ),
              },
              {
                title: '当前意见',
                dataIndex: 'outcomeLabel',
                width: 120,
                render: (v: string | null, i) =>
                  v ? (
                    <Tag color={outcomeColours[i.outcome ?? ''] ?? 'default'}>{v}</Tag>
                  ) : (
                    <Tag color="red">未作出</Tag>
                  ),
              },
              ...(holds('normative.cleanup.decide')
                ? [
                    {
                      title: '作出清理意见',
                      key: 'decide',
                      width: 440,
                      render: (_: unknown, i: CleanupItem) => (
                        <DecisionForm campaignId={c.id} item={i} onDone={setFresh} />
                      ),
                    },
                  ]
                : [{ title: '理由', dataIndex: 'reason', width: 300 }]),
            ]}
          />
        </Card>
      ) : (
        <PublishedLists items={c.items} />
      )}
    </Space>
  );
}
