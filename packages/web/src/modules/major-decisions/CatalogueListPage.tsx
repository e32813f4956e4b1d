// 决策事项目录: the catalogues of the decision bodies the user reaches, each version with its status, and the form
// with which the body's office opens the year's catalogue (第三条第三款).
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { DecisionCatalogueList, DecisionCatalogueRow } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { statusColours } from './decision-format';

function DraftForm({ bodies }: { bodies: DecisionCatalogueList['bodies'] }) {
  const today = useToday();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ bodyOrgId: string; year: number }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="编制年度决策事项目录" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ bodyOrgId: bodies[0]?.id, year: Number(today.slice(0, 4)) }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            const { id } = await api.post<{ id: string }>('/decision-catalogues', v);
            navigate(consoleLink(decisionsMenu, 'decision-catalogues', id));
          } catch (e) {
            setError(applyFieldErrors(form, e, ['bodyOrgId', 'year']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="bodyOrgId" label="决策机关" rules={[{ required: true, message: '请选择决策机关' }]}>
          <Select
            style={{ width: 260 }}
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
            aria-label="决策机关"
          />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2019} max={2200} style={{ width: 110 }} aria-label="年度" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          编制目录
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function CatalogueListPage() {
  const list = useApi<DecisionCatalogueList>('/decision-catalogues');
  const items = list.data?.items ?? [];
  return (
    <>
      <Card size="small" title="重大行政决策事项目录">
        <Typography.Paragraph type="secondary">
          决策机关结合职责权限和本地实际确定决策事项目录、标准，经同级党委同意后向社会公布，并根据实际情况调整（《重大行政决策程序暂行条例》第三条第三款）。每次调整形成新的版本，历次版本均予保留。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<DecisionCatalogueRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: '尚未编制决策事项目录' }}
          columns={[
            {
              title: '目录',
              key: 'title',
              render: (_: unknown, c) => (
                <>
                  <Link to={consoleLink(decisionsMenu, 'decision-catalogues', c.id)}>
                    {c.bodyName}
                    {c.year}年重大行政决策事项目录
                  </Link>
                  {c.isDemo && (
                    <Tag color="purple" style={{ marginLeft: 6 }}>
                      演示
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '版本', dataIndex: 'versionNo', width: 80, render: (v: number) => `第${v}版` },
            { title: '事项数', dataIndex: 'itemCount', width: 80 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 200,
              render: (v: DecisionCatalogueRow['status'], c) => <Tag color={statusColours[v]}>{c.statusLabel}</Tag>,
            },
            { title: '公布日期', dataIndex: 'publishedOn', width: 150, render: (v: string | null) => displayDate(v) },
          ]}
        />
      </Card>
      {list.data && list.data.bodies.length > 0 && <DraftForm bodies={list.data.bodies} />}
    </>
  );
}
