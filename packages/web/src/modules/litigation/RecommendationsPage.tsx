// 司法建议和检察建议: what the courts and procuratorates recommended to the agencies the user reaches, the reply owed
// (its due date from the deadline service) or given, late marked; the agency registers one and records its reply.
import { recommendationSourceLabels } from '@fazhi/core/modules';
import type { RecommendationPage, RecommendationRow } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import FormCard from '../../components/FormCard';
import { displayDate } from '../../shell/datetime';

export default function RecommendationsPage() {
  const [page, setPage] = useState(1);
  const [version, setVersion] = useState(0);
  const [replying, setReplying] = useState<RecommendationRow | null>(null);
  const list = useApi<RecommendationPage>('/litigation-recommendations', { page, pageSize: 20, v: version });
  const bodies = list.data?.bodies ?? [];
  const refresh = () => setVersion((n) => n + 1);
  return (
    <>
      <Card size="small" title="司法建议和检察建议">
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<RecommendationRow>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '暂无司法建议、检察建议' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showTotal: (n) => `共 ${n} 件`,
          }}
          columns={[
            { title: '类型', dataIndex: 'sourceLabel', width: 90 },
            { title: '文号', dataIndex: 'recommendationNumber', width: 190 },
            { title: '提出机关', dataIndex: 'issuer', width: 170 },
            { title: '收到建议的行政机关', dataIndex: 'bodyName', width: 170 },
            { title: '建议内容', dataIndex: 'content' },
            { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: (v: string) => displayDate(v) },
            {
              title: '回复',
              dataIndex: 'repliedOn',
              width: 200,
              render: (v: string | null, r) =>
                v ? (
                  <>
                    {displayDate(v)}回复{r.replyLate && <Tag color="red">逾期</Tag>}
                  </>
                ) : r.abilities.reply ? (
                  <Button size="small" onClick={() => setReplying(r)}>
                    记录回复{r.dueOn ? `（${displayDate(r.dueOn)}前）` : ''}
                  </Button>
                ) : (
                  `待回复${r.dueOn ? `（${displayDate(r.dueOn)}前）` : ''}`
                ),
            },
          ]}
        />
      </Card>
      {bodies.length > 0 && (
        <FormCard
          title="登记收到的司法建议、检察建议"
          fields={[
            'defendingBodyId',
            'recommendationSource',
            'recommendationIssuer',
            'recommendationNumber',
            'recommendationReceivedOn',
            'recommendationContent',
          ]}
          initialValues={{ recommendationSource: 'court', defendingBodyId: bodies[0]?.id }}
          submitLabel="登记"
          onSubmit={async (v) => {
            await api.post('/litigation-recommendations', v);
            refresh();
          }}
        >
          <Form.Item name="defendingBodyId" label="收到建议的行政机关">
            <Select aria-label="收到建议的行政机关" options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
          <Form.Item name="recommendationSource" label="建议类型">
            <Radio.Group
              options={Object.entries(recommendationSourceLabels).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="recommendationIssuer"
            label="提出建议的机关"
            rules={[{ required: true, message: '请填写提出建议的机关' }]}
          >
            <Input aria-label="提出建议的机关" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="recommendationNumber"
            label="建议书文号"
            rules={[{ required: true, message: '请填写建议书文号' }]}
          >
            <Input aria-label="建议书文号" maxLength={60} />
          </Form.Item>
          <Form.Item name="recommendationReceivedOn" label="收到建议日期">
            <DateField aria-label="收到建议日期" />
          </Form.Item>
          <Form.Item
            name="recommendationContent"
            label="建议内容"
            rules={[{ required: true, message: '请填写建议内容' }]}
          >
            <Input.TextArea aria-label="建议内容" rows={3} maxLength={4000} />
          </Form.Item>
        </FormCard>
      )}
      <Modal
        open={replying !== null}
        title="记录书面回复"
        footer={null}
        onCancel={() => setReplying(null)}
        destroyOnHidden
      >
        {replying && (
          <FormCard
            title={`${replying.sourceLabel}（${replying.recommendationNumber}）`}
            fields={['recommendationRepliedOn', 'recommendationReply']}
            submitLabel="记录回复"
            onSubmit={async (v) => {
              await api.post(`/litigation-recommendations/${replying.id}/reply`, v);
              setReplying(null);
              refresh();
            }}
          >
            <Form.Item name="recommendationRepliedOn" label="回复日期">
              <DateField aria-label="回复日期" />
            </Form.Item>
            <Form.Item
              name="recommendationReply"
              label="回复内容"
              rules={[{ required: true, message: '请填写回复内容' }]}
            >
              <Input.TextArea aria-label="回复内容" rows={3} maxLength={4000} />
            </Form.Item>
          </FormCard>
        )}
      </Modal>
    </>
  );
}
