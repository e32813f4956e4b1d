// 审计日志: events of the chains this person may audit, filters, an event's changed fields and hashes, and the
// chain verification status (keyed HMAC-SM3 chain per region, compared with the server's checkpoint).
import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Drawer, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { withQuery } from '../../api/client';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/hooks';
import type { AuditDetail, AuditRow, AuditVerification, AuditVocabulary, Page } from '@fazhi/core/contracts';
import { useSession } from '../../shell/session';
import { displayTime } from '../../shell/datetime';

interface Filters {
  actor?: string;
  action?: string;
  subjectType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function ChangedFields({ changes }: { changes: unknown }) {
  if (changes === null || changes === undefined) return <span>本事件没有记录字段变化</span>;
  if (typeof changes !== 'object' || Array.isArray(changes))
    return <Typography.Text code>{JSON.stringify(changes)}</Typography.Text>;
  const rows = Object.entries(changes as Record<string, unknown>).map(([field, value]) => ({
    field,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '字段', dataIndex: 'field', width: 160 },
        { title: '记录的值', dataIndex: 'value' },
      ]}
    />
  );
}

function VerifyStatus() {
  const v = useApi<AuditVerification>('/audit/verify');
  if (v.loading) return <Alert type="info" showIcon message="正在校验审计日志哈希链……" />;
  if (v.error) return <Alert type="error" showIcon message={v.error.message} />;
  if (!v.data) return null;
  return v.data.ok ? (
    <Alert
      type="success"
      showIcon
      icon={<SafetyCertificateOutlined />}
      message={
        `哈希链校验通过：${v.data.regions} 条哈希链，${v.data.events} 个事件，均以审计密钥封存，未发现篡改或删除；` +
        (v.data.checkpoint
          ? `与检查点（${displayTime(v.data.checkpoint.writtenAt)}）一致`
          : '服务器数据目录中尚无检查点（由运维人员定期运行 fazhi audit verify 记录），未能比对末尾删除和整条链删除')
      }
      action={
        <Button size="small" onClick={v.reload}>
          重新校验
        </Button>
      }
    />
  ) : (
    <Alert
      type="error"
      showIcon
      message={`哈希链校验未通过：发现 ${v.data.problems.length} 处问题`}
      description={v.data.problems.slice(0, 5).map((p) => (
        <div key={`${p.regionCode}-${p.seq}`}>
          {p.regionCode ? `区划 ${p.regionCode} 第 ${p.seq} 号事件：${p.reason}` : p.reason}
        </div>
      ))}
      action={
        <Button size="small" onClick={v.reload}>
          重新校验
        </Button>
      }
    />
  );
}

export default function AuditPage() {
  const { holds } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditRow | null>(null);
  // the filters applied (查询): the list and the Excel export show the same events
  const query = {
    actor: filters.actor?.trim(),
    action: filters.action?.trim(),
    subjectType: filters.subjectType?.trim(),
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
  };
  const events = useApi<Page<AuditRow>>('/audit/events', { ...query, page, pageSize: 20 });
  const detail = useApi<AuditDetail>(
    open ? `/audit/events/${open.regionCode}/${open.seq}${open.batchSeq ? `?batchSeq=${open.batchSeq}` : ''}` : null,
  );
  const vocabulary = useApi<AuditVocabulary>('/audit/vocabulary');

  return (
    <div className="fz-panel">
      <h2 style={{ marginTop: 0, fontSize: 18 }}>审计日志</h2>
      {holds('audit.verify') && (
        <div style={{ marginBottom: 12 }}>
          <VerifyStatus />
        </div>
      )}
      <Form
        layout="inline"
        onFinish={(v: Filters) => {
          setFilters(v);
          setPage(1);
        }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="actor" label="操作人">
          <Input placeholder="用户名" allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label="事件类型">
          <Select
            options={vocabulary.data?.actions}
            showSearch
            optionFilterProp="label"
            allowClear
            placeholder="全部"
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item name="subjectType" label="对象类型">
          <Select
            options={vocabulary.data?.subjectTypes}
            showSearch
            optionFilterProp="label"
            allowClear
            placeholder="全部"
            style={{ width: 150 }}
          />
        </Form.Item>
        <Form.Item name="range" label="时间">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button icon={<FileExcelOutlined />} href={withQuery('/api/audit/events/export.xlsx', query)}>
          导出Excel
        </Button>
      </Form>
      {events.error && <Alert type="error" showIcon message={events.error.message} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="id"
        loading={events.loading}
        dataSource={events.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的审计事件。' }}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: events.data?.total ?? 0,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 条`,
        }}
        columns={[
          {
            title: '时间',
            dataIndex: 'occurredAt',
            width: 170,
            render: (v: string) => displayTime(v),
          },
          { title: '操作人', dataIndex: 'actor', width: 130, render: (v: string | null) => v ?? '系统' },
          { title: '事件', dataIndex: 'actionLabel', width: 130, render: (v: string) => <Tag>{v}</Tag> },
          {
            title: '对象',
            dataIndex: 'subjectTypeLabel',
            width: 110,
            render: (v: string | null, r: AuditRow) => v ?? r.subjectType ?? '—',
          },
          { title: '摘要', dataIndex: 'summary', ellipsis: true },
          { title: 'IP', dataIndex: 'ip', width: 120 },
        ]}
      />
      <Drawer title="审计事件详情" open={open !== null} onClose={() => setOpen(null)} width={620}>
        {detail.error && <Alert type="error" showIcon message={detail.error.message} />}
        {detail.data && (
          <>
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label="事件">{detail.data.actionLabel}</Descriptions.Item>
              <Descriptions.Item label="时间">{displayTime(detail.data.occurredAt)}</Descriptions.Item>
              <Descriptions.Item label="操作人">{detail.data.actorName ?? '系统'}</Descriptions.Item>
              <Descriptions.Item label="对象" data-testid="audit-subject">
                {detail.data.subjectType
                  ? `${detail.data.subjectTypeLabel ?? '记录'}${detail.data.subjectName ? `：${detail.data.subjectName}` : ''}`
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="摘要">{detail.data.summary}</Descriptions.Item>
              <Descriptions.Item label="哈希链">
                区划 {detail.data.regionCode} 第 {detail.data.seq} 号
                {detail.data.batchSeq ? `事件封存的批量写入子链第 ${detail.data.batchSeq} 条` : ''}
                <br />
                <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }}>
                  {detail.data.hash}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              变更字段
            </Typography.Title>
            <ChangedFields changes={detail.data.changes} />
          </>
        )}
      </Drawer>
    </div>
  );
}
