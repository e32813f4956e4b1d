// The shared review form: the kind's checklist item by item, the opinion and the result, the 法律顾问/公职律师 who
// took part, the day concluded (before the shortest review time only with a reason: the server decides, the form
// asks for the reason when the day is before the earliest conclusion it was told), posted to the kind's own
// record-review route.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { LegalityReviewPackage } from '@fazhi/core/contracts';
import { counselRoleLabels, reviewResultLabels } from '@fazhi/core/participation';
import { api } from '../api/client';
import { applyFieldErrors } from '../shell/errors';
import { useToday } from '../shell/session';
import DateField from '../components/DateField';

interface Values {
  checklist: { item: string; finding: 'ok' | 'problem'; note?: string }[];
  opinion: string;
  result: string;
  counselName?: string;
  counselRole: string;
  /** a registered adviser, where the kind links the counsel to the registry (pkg.counselChoices) */
  counselId?: string;
  opinionCount?: number;
  concludedOn: string;
  earlyReason?: string;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default function ReviewForm(props: { pkg: LegalityReviewPackage; recordPath: string; onDone: () => void }) {
  const { pkg, recordPath, onDone } = props;
  const today = useToday();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const concludedOn = Form.useWatch('concludedOn', form);
  const earliest = pkg.earliestConclusion;
  const early = !!earliest && !!concludedOn && concludedOn < earliest.due;

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const name = trimmed(v.counselName);
      const chosen = pkg.counselChoices?.find((c) => c.id === v.counselId);
      const counsel = chosen
        ? [{ name: chosen.name, role: chosen.role, adviserId: chosen.id }]
        : name
          ? [{ name, role: v.counselRole }]
          : [];
      await api.post(recordPath, {
        checklist: v.checklist.map((c) => ({ item: c.item, finding: c.finding, note: trimmed(c.note) })),
        opinion: v.opinion,
        result: v.result,
        counsel,
        ...(pkg.countsOpinions ? { opinionCount: v.opinionCount } : {}),
        concludedOn: v.concludedOn,
        earlyReason: early ? trimmed(v.earlyReason) : undefined,
      });
      message.success('合法性审查意见已记录');
      onDone();
    } catch (e) {
      setError(applyFieldErrors(form, e, ['opinion', 'opinionCount', 'result', 'concludedOn', 'earlyReason']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="审查要点与审查意见" data-testid="review-form">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          checklist: pkg.checklist.map((c) => ({ item: c.item, finding: 'ok' })),
          result: 'passed',
          counselRole: 'legal_adviser',
          concludedOn: today,
        }}
      >
        {pkg.checklist.map((c, i) => (
          <Space key={c.item} align="start" wrap>
            <Form.Item name={['checklist', i, 'item']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={['checklist', i, 'finding']} label={c.label}>
              <Radio.Group
                options={[
                  { value: 'ok', label: '无问题' },
                  { value: 'problem', label: '存在问题' },
                ]}
              />
            </Form.Item>
            <Form.Item name={['checklist', i, 'note']} label="存在的问题">
              <Input maxLength={2000} style={{ width: 320 }} />
            </Form.Item>
          </Space>
        ))}
        <Form.Item
          name="opinion"
          label="审查意见"
          rules={[{ required: true, whitespace: true, message: '请填写审查意见' }]}
        >
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        {pkg.countsOpinions && (
          <Form.Item
            name="opinionCount"
            label="提出的审核意见条数"
            rules={[{ required: true, message: '请填写提出的审核意见条数' }]}
          >
            <InputNumber min={0} max={1000} precision={0} aria-label="审核意见条数" />
          </Form.Item>
        )}
        <Form.Item name="result" label="审查结果">
          <Radio.Group options={options(reviewResultLabels)} />
        </Form.Item>
        {pkg.counselChoices ? (
          <Form.Item name="counselId" label="参与审查的法律顾问、公职律师（名册）">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 320 }}
              aria-label="参与审查的法律顾问、公职律师"
              options={pkg.counselChoices.map((c) => ({
                value: c.id,
                label: `${c.name}（${counselRoleLabels[c.role as keyof typeof counselRoleLabels] ?? c.role}）`,
              }))}
            />
          </Form.Item>
        ) : (
          <Space align="start" wrap>
            <Form.Item
              name="counselName"
              label="参与审查的法律顾问、公职律师"
              rules={
                pkg.counselRequired
                  ? [{ required: true, whitespace: true, message: '请填写参与审查的法律顾问或公职律师' }]
                  : []
              }
            >
              <Input maxLength={50} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="counselRole" label="身份">
              <Radio.Group options={options(counselRoleLabels)} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="concludedOn" label="审查日期" rules={[{ required: true, message: '请选择审查日期' }]}>
          <DateField aria-label="审查日期" />
        </Form.Item>
        {early && (
          <Form.Item
            name="earlyReason"
            label={`提前办结的理由（审查时间少于${earliest.basis}规定的最短期限）`}
            rules={[{ required: true, whitespace: true, message: '请说明提前办结的理由' }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          提交审查意见
        </Button>
      </Form>
    </Card>
  );
}
