// 规范性文件清理: the campaigns of the region (定期清理 every year or so, 专项清理 when a higher law changes), and the
// form with which the justice bureau opens one.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { applyFieldErrors } from '../../../shell/errors';
import { useSession, useToday } from '../../../shell/session';
import type { CleanupCampaign, CleanupCampaignRow } from '@fazhi/core/contracts';
import { chineseDate, cleanupKindLabels } from './desk-format';
import DateField from '../../../components/DateField';

interface Values {
  title: string;
  kind: 'periodic' | 'special';
  triggerLaw?: string;
  openedOn: string;
}

function OpenCampaignForm() {
  const today = useToday();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  return (
    <Card size="small" title="启动清理" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'periodic', openedOn: today }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            const c = await api.post<CleanupCampaign>('/normative-cleanup-campaigns', {
              title: v.title,
              kind: v.kind,
              openedOn: v.openedOn,
              ...(v.kind === 'special' && v.triggerLaw?.trim() ? { triggerLaw: v.triggerLaw.trim() } : {}),
            });
            navigate(consoleLink(normativeMenu, 'normative-cleanups', c.id));
          } catch (e) {
            setError(applyFieldErrors(form, e, ['title', 'kind', 'triggerLaw', 'openedOn']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="kind" label="清理类型">
          <Radio.Group
            options={[
              { value: 'periodic', label: '定期清理' },
              { value: 'special', label: '专项清理（上位法制定、修改或废止时）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="title" label="清理名称" rules={[{ required: true, message: '请填写清理名称' }]}>
          <Input maxLength={200} placeholder="如 示范区2026年度行政规范性文件清理" style={{ maxWidth: 480 }} />
        </Form.Item>
        {kind === 'special' && (
          <Form.Item
            name="triggerLaw"
            label="引起专项清理的上位法"
            rules={[{ required: true, message: '专项清理应写明引起清理的上位法' }]}
          >
            <Input maxLength={200} style={{ maxWidth: 480 }} />
          </Form.Item>
        )}
        <Form.Item name="openedOn" label="启动日期" rules={[{ required: true, message: '请选择启动日期' }]}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          启动清理
        </Button>
      </Form>
    </Card>
  );
}

export default function CleanupListPage() {
  const { holds } = useSession();
  const list = useApi<{ items: CleanupCampaignRow[] }>('/normative-cleanup-campaigns');
  const items = list.data?.items ?? [];
  return (
    <>
      <Card size="small" title="规范性文件清理">
        <Typography.Paragraph type="secondary">
          清理时逐件作出继续有效、拟修改、废止或宣布失效的意见；全部作出后公布清理结果，并公布继续有效、废止和失效的文件目录。未列入继续有效目录的文件，不得作为行政管理的依据。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<CleanupCampaignRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: '尚未开展规范性文件清理' }}
          columns={[
            {
              title: '清理名称',
              dataIndex: 'title',
              render: (v: string, c) => (
                <>
                  <Link to={consoleLink(normativeMenu, 'normative-cleanups', c.id)}>{v}</Link>
                  {c.isDemo && (
                    <Tag color="purple" style={{ marginLeft: 6 }}>
                      演示
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: '类型',
              dataIndex: 'kind',
              width: 200,
              render: (v: string, c) => `${cleanupKindLabels[v] ?? v}${c.triggerLaw ? `（${c.triggerLaw}）` : ''}`,
            },
            { title: '启动日期', dataIndex: 'openedOn', width: 140, render: chineseDate },
            {
              title: '状态',
              dataIndex: 'status',
              width: 200,
              render: (v: string, c) =>
                v === 'published' ? (
                  <Tag color="green">已公布结果（{chineseDate(c.publishedOn)}）</Tag>
                ) : (
                  <Tag color="blue">进行中</Tag>
                ),
            },
          ]}
        />
      </Card>
      {holds('normative.cleanup.manage') && <OpenCampaignForm />}
    </>
  );
}
