// The reviewer's form: the statutory checklist (国办发〔2018〕37号; statutes §4.1 (a)) item by item, the opinion and the
// result, posted to the legality-review act. Concluding before the shortest review time needs a reason (the server
// decides; the form only asks for the reason when the date is before the earliest conclusion it was told).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { api } from '../../../api/client';
import { applyFieldErrors } from '../../../shell/errors';
import type { ActResult, NormativeDocument as DeskDocument } from '@fazhi/core/contracts';
import { reviewResultOptions } from './desk-format';
import { useToday } from '../../../shell/session';
import DateField from '../../../components/DateField';

interface Values {
  findings: Record<string, 'ok' | 'problem' | undefined>;
  notes: Record<string, string | undefined>;
  result: string;
  opinion: string;
  concludedOn: string;
  earlyReason?: string;
  highFindingsReason?: string;
}

export default function DeskReviewForm({
  documentId,
  checklist,
  earliest,
  highFindings,
  onDone,
}: {
  documentId: string;
  checklist: readonly { item: string; label: string }[];
  earliest: string | null;
  /** how many high-severity pre-check findings the draft has: passing over them needs a reason */
  highFindings: number;
  onDone: (doc: DeskDocument) => void;
}) {
  const today = useToday();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const findings = Form.useWatch('findings', form) ?? {};
  const concludedOn = Form.useWatch('concludedOn', form);
  const ticked = checklist.filter((c) => findings[c.item]).length;
  const early = earliest !== null && !!concludedOn && concludedOn < earliest;
  const result = Form.useWatch('result', form);
  const overridesHigh = highFindings > 0 && !!result && result !== 'failed';

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<ActResult>(`/normative-documents/${documentId}/legality-review`, {
        checklist: checklist.map((c) => ({
          item: c.item,
          finding: v.findings[c.item],
          ...(v.notes?.[c.item]?.trim() ? { note: v.notes[c.item]?.trim() } : {}),
        })),
        opinion: v.opinion,
        result: v.result,
        concludedOn: v.concludedOn,
        ...(v.earlyReason?.trim() ? { earlyReason: v.earlyReason.trim() } : {}),
        ...(v.highFindingsReason?.trim() ? { highFindingsReason: v.highFindingsReason.trim() } : {}),
      });
      message.success('合法性审核意见已记录');
      onDone(r.document);
    } catch (e) {
      setError(applyFieldErrors(form, e, ['opinion', 'result', 'concludedOn', 'earlyReason', 'highFindingsReason']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={`审核清单（已审查 ${ticked}/${checklist.length} 项）与审核意见`}
      data-testid="review-form"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ concludedOn: today, findings: {}, notes: {} }}
      >
        {checklist.map((c, i) => (
          <div
            key={c.item}
            data-testid="checklist-item"
            style={{ borderBottom: '1px dashed #f0f0f0', padding: '6px 0' }}
          >
            <Typography.Text>
              {i + 1}. {c.label}
            </Typography.Text>
            <Space wrap style={{ display: 'flex', marginTop: 4 }}>
              <Form.Item name={['findings', c.item]} noStyle rules={[{ required: true, message: '请逐项审查' }]}>
                <Radio.Group aria-label={c.label}>
                  <Radio value="ok">未发现问题</Radio>
                  <Radio value="problem">存在问题</Radio>
                </Radio.Group>
              </Form.Item>
              {findings[c.item] === 'problem' && (
                <Form.Item
                  name={['notes', c.item]}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: '存在问题的，请说明问题所在' }]}
                >
                  <Input
                    placeholder="问题说明"
                    style={{ width: 360 }}
                    maxLength={1000}
                    aria-label={`${c.label}的问题说明`}
                  />
                </Form.Item>
              )}
            </Space>
          </div>
        ))}
        {ticked < checklist.length && (
          <Typography.Text type="secondary">清单各项均需作出审查结论后方可提交。</Typography.Text>
        )}
        <Form.Item
          name="result"
          label="审核结论"
          style={{ marginTop: 12 }}
          rules={[{ required: true, message: '请选择审核结论' }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" options={reviewResultOptions.map((o) => ({ ...o }))} />
        </Form.Item>
        <Form.Item name="opinion" label="审核意见" rules={[{ required: true, message: '请填写审核意见' }]}>
          <Input.TextArea
            rows={5}
            maxLength={20000}
            showCount
            placeholder="写明审核意见；修改后通过或不予通过的，逐条说明修改意见和理由"
          />
        </Form.Item>
        <Form.Item name="concludedOn" label="审核日期" rules={[{ required: true, message: '请选择审核日期' }]}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        {early && (
          <Form.Item
            name="earlyReason"
            label="提前办结的理由"
            extra={`审核日期早于最早办结日期 ${earliest}；紧急情况提前办结的，请说明理由`}
            rules={[{ required: true, message: '请说明提前办结的理由' }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {overridesHigh && (
          <Form.Item
            name="highFindingsReason"
            label="确认高风险提示不成立或已处理的理由"
            extra={`智能辅助审查有${highFindings}项高风险提示；审核通过的，须逐项核实并说明理由（记入审核记录和审计日志）`}
            rules={[{ required: true, whitespace: true, message: '请说明高风险提示不成立或已处理的理由' }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} disabled={ticked < checklist.length}>
          提交审核意见
        </Button>
      </Form>
    </Card>
  );
}
