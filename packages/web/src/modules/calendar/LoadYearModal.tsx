// Loading a year's national holiday arrangement from the State Council General Office's notice (or correcting it).
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import type { CalendarChangeSummary, CalendarYear } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import DateField from '../../components/DateField';

interface Values {
  year: number;
  title: string;
  docNumber?: string;
  issuedOn?: string;
  holidays: { name: string; from: string; to: string; makeUpWorkdays?: string }[];
}

const splitDates = (s: string | undefined) =>
  (s ?? '')
    .split(/[,，、\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export default function LoadYearModal({
  initial,
  open,
  onClose,
  onSaved,
}: {
  initial: CalendarYear | null;
  open: boolean;
  onClose: () => void;
  onSaved: (change: CalendarChangeSummary) => void;
}) {
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.put<{ year: CalendarYear; change: CalendarChangeSummary }>(`/calendar/years/${v.year}`, {
        source: {
          title: v.title,
          ...(v.docNumber ? { docNumber: v.docNumber } : {}),
          ...(v.issuedOn ? { issuedOn: v.issuedOn } : {}),
        },
        holidays: v.holidays.map((h) => ({
          name: h.name,
          from: h.from,
          to: h.to,
          makeUpWorkdays: splitDates(h.makeUpWorkdays),
        })),
      });
      onSaved(r.change);
    } catch (e) {
      setError(applyFieldErrors(form, e, ['year', 'holidays']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={initial ? `更正 ${initial.year} 年放假安排` : '按国务院办公厅通知载入年度放假安排'}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存并重新计算期限"
      confirmLoading={busy}
      width={760}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          initial
            ? {
                year: initial.year,
                title: initial.source.title,
                docNumber: initial.source.docNumber,
                issuedOn: initial.source.issuedOn,
                holidays: initial.holidays.map((h) => ({ ...h, makeUpWorkdays: h.makeUpWorkdays.join('，') })),
              }
            : { year: Number(today.slice(0, 4)) + 1, holidays: [{}] }
        }
      >
        <Space align="start" wrap>
          <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2020} max={2100} disabled={initial !== null} />
          </Form.Item>
          <Form.Item
            label="通知名称"
            name="title"
            rules={[{ required: true, message: '请填写通知名称' }]}
            style={{ width: 340 }}
          >
            <Input placeholder="国务院办公厅关于2027年部分节假日安排的通知" />
          </Form.Item>
          <Form.Item label="文号" name="docNumber">
            <Input placeholder="国办发明电〔2026〕7号" />
          </Form.Item>
          <Form.Item label="发布日期" name="issuedOn">
            <DateField />
          </Form.Item>
        </Space>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '节日名称' }]}>
                    <Input placeholder="节日，如 春节" style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: '开始日期' }]}>
                    <DateField />
                  </Form.Item>
                  <Form.Item name={[f.name, 'to']} rules={[{ required: true, message: '结束日期' }]}>
                    <DateField />
                  </Form.Item>
                  <Form.Item name={[f.name, 'makeUpWorkdays']}>
                    <Input placeholder="调休上班日，逗号分隔" style={{ width: 200 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label="删除此节日"
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                添加节日
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
