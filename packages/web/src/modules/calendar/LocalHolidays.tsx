// A region's local holidays (e.g. 民族自治地方的节日), each with the document that set it, and what adding or
// removing one did to the deadlines in force.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { CalendarChangeSummary, LocalHoliday, Region } from '@fazhi/core/contracts';
import { applyFieldErrors, errorText } from '../../shell/errors';
import { useSession } from '../../shell/session';
import DateField from '../../components/DateField';

interface Values {
  name: string;
  from: string;
  to: string;
  source: string;
  makeUpWorkdays?: string;
}

export default function LocalHolidays({
  regionCode,
  onRegion,
  onChange,
}: {
  regionCode: string | null;
  onRegion: (code: string) => void;
  onChange: (c: CalendarChangeSummary) => void;
}) {
  const { holds } = useSession();
  const { message } = App.useApp();
  const regions = useApi<{ items: Region[] }>('/regions');
  const list = useApi<{ items: LocalHoliday[] }>('/calendar/local-holidays', { regionCode });
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (v: Values) => {
    if (!regionCode) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<{ holiday: LocalHoliday; change: CalendarChangeSummary }>('/calendar/local-holidays', {
        regionCode,
        name: v.name,
        from: v.from,
        to: v.to,
        source: v.source,
        makeUpWorkdays: (v.makeUpWorkdays ?? '').split(/[,，、\s]+/).filter(Boolean),
      });
      form.resetFields();
      list.reload();
      onChange(r.change);
    } catch (e) {
      setError(applyFieldErrors(form, e, ['name', 'from', 'to', 'source', 'makeUpWorkdays']));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (h: LocalHoliday) => {
    try {
      const r = await api.del<{ change: CalendarChangeSummary }>(`/calendar/local-holidays/${h.id}`);
      list.reload();
      onChange(r.change);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <div className="fz-toolbar">
        行政区划：
        <Select
          value={regionCode ?? undefined}
          onChange={onRegion}
          style={{ width: 260 }}
          options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
          aria-label="行政区划"
        />
      </div>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '本区划没有地方节假日。民族自治地方等依法设定的地方节日可在下方添加，并注明依据文件。' }}
        columns={[
          { title: '区划', dataIndex: 'regionName', width: 150 },
          { title: '节日', dataIndex: 'name' },
          { title: '起', dataIndex: 'from', width: 110 },
          { title: '止', dataIndex: 'to', width: 110 },
          { title: '调休上班日', dataIndex: 'makeUpWorkdays', render: (v: string[]) => v.join('、') || '—' },
          { title: '依据', dataIndex: 'source', ellipsis: true },
          {
            title: '',
            key: 'op',
            width: 70,
            render: (_: unknown, h: LocalHoliday) =>
              h.abilities.delete && (
                <Popconfirm title="删除后相关期限将重新计算，确定删除？" onConfirm={() => void remove(h)}>
                  <Button type="link" danger size="small">
                    删除
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {holds('calendar.manage') && regionCode && (
        <Form form={form} layout="inline" onFinish={add} style={{ marginTop: 16, rowGap: 8 }}>
          {error && <Alert type="error" showIcon message={error} style={{ width: '100%', marginBottom: 8 }} />}
          <Form.Item name="name" label="节日名称" rules={[{ required: true, message: '请填写节日名称' }]}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="from" label="开始" rules={[{ required: true, message: '请选择开始日期' }]}>
            <DateField />
          </Form.Item>
          <Form.Item name="to" label="结束" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DateField />
          </Form.Item>
          <Form.Item name="makeUpWorkdays" label="调休上班日">
            <Input placeholder="可不填" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="source" label="依据文件" rules={[{ required: true, message: '请填写依据文件' }]}>
            <Input placeholder="如 示政发〔2026〕5号" style={{ width: 200 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              添加地方节假日
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}
