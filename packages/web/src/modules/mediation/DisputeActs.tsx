// The acts on one dispute, each a small form posting to its route and answered with the dispute as it now stands:
// a session recorded (人民调解法 第二十七条), the outcome (an agreement, 第二十八至三十条; mediation ended without one, the
// parties told their remedies, 第二十六条; a party's refusal, 第十七条), then the agreement's performance (第三十一条)
// and its 司法确认 (第三十三条).
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { MediationDispute } from '@fazhi/core/contracts';
import { agreementFormLabels, confirmationResultLabels, performanceLabels } from '@fazhi/core/modules';
import { api } from '../../api/client';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { choices } from './format';

function ActForm({
  title,
  path,
  id,
  fields,
  initial,
  submitLabel,
  onDone,
  children,
}: {
  title: string;
  path: string;
  id: string;
  fields: string[];
  initial: Record<string, unknown>;
  submitLabel: string;
  onDone: (d: MediationDispute) => void;
  children: (form: ReturnType<typeof Form.useForm>[0]) => ReactNode;
}) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={title} style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v: Record<string, unknown>) => {
          setBusy(true);
          setError(null);
          try {
            const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
            onDone(await api.post<MediationDispute>(`/mediation-disputes/${id}/${path}`, body));
            form.resetFields();
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        {children(form)}
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export function SessionForm({ d, onDone }: { d: MediationDispute; onDone: (d: MediationDispute) => void }) {
  const today = useToday();
  return (
    <ActForm
      title="记录调解情况"
      path="sessions"
      id={d.id}
      fields={['sessionOn', 'sessionPlace', 'assignedMediators', 'sessionRecord']}
      initial={{ sessionOn: today, assignedMediators: d.mediators }}
      submitLabel="记录调解情况"
      onDone={onDone}
    >
      {() => (
        <>
          <Form.Item name="sessionOn" label="调解日期">
            <DateField aria-label="调解日期" />
          </Form.Item>
          <Form.Item name="sessionPlace" label="调解地点" rules={[{ required: true, message: '请填写调解地点' }]}>
            <Input maxLength={200} aria-label="调解地点" />
          </Form.Item>
          <Form.Item name="assignedMediators" label="调解员" rules={[{ required: true, message: '请填写调解员' }]}>
            <Input maxLength={200} aria-label="参加调解的调解员" />
          </Form.Item>
          <Form.Item name="sessionRecord" label="调解情况记录" rules={[{ required: true, message: '请填写调解情况' }]}>
            <Input.TextArea rows={3} maxLength={5000} aria-label="调解情况记录" />
          </Form.Item>
        </>
      )}
    </ActForm>
  );
}

export function OutcomeForm({ d, onDone }: { d: MediationDispute; onDone: (d: MediationDispute) => void }) {
  const today = useToday();
  return (
    <ActForm
      title="记录调解结果"
      path="outcome"
      id={d.id}
      fields={[
        'mediationOutcome',
        'agreementForm',
        'agreementEffectiveOn',
        'agreementContent',
        'agreementAmountYuan',
        'performanceDue',
        'endedOn',
        'endReason',
        'remediesTold',
      ]}
      initial={{ mediationOutcome: 'agreed', agreementForm: 'written', agreementEffectiveOn: today, endedOn: today }}
      submitLabel="记录调解结果"
      onDone={onDone}
    >
      {(form) => (
        <Form.Item noStyle shouldUpdate>
          {() => {
            const outcome = form.getFieldValue('mediationOutcome') as string;
            return (
              <>
                <Form.Item name="mediationOutcome" label="调解结果">
                  <Radio.Group
                    options={[
                      { value: 'agreed', label: '达成调解协议' },
                      { value: 'failed', label: '调解不成，终止调解' },
                      { value: 'refused', label: '当事人拒绝调解' },
                    ]}
                  />
                </Form.Item>
                {outcome === 'agreed' ? (
                  <>
                    <Form.Item name="agreementForm" label="协议形式">
                      <Select aria-label="协议形式" style={{ width: 200 }} options={choices(agreementFormLabels)} />
                    </Form.Item>
                    <Form.Item
                      name="agreementEffectiveOn"
                      label="协议生效日期"
                      extra="调解协议书自各方签名、盖章之日起生效；口头协议自达成之日起生效（人民调解法第二十九条、第三十条）"
                    >
                      <DateField aria-label="协议生效日期" />
                    </Form.Item>
                    <Form.Item
                      name="agreementContent"
                      label="协议内容"
                      rules={[{ required: true, message: '请填写协议内容' }]}
                    >
                      <Input.TextArea rows={3} maxLength={5000} aria-label="协议内容" />
                    </Form.Item>
                    <Form.Item name="agreementAmountYuan" label="协议涉及金额（元）">
                      <InputNumber min={0} precision={2} style={{ width: 200 }} aria-label="协议涉及金额" />
                    </Form.Item>
                    <Form.Item name="performanceDue" label="履行期限">
                      <DateField aria-label="履行期限" />
                    </Form.Item>
                  </>
                ) : (
                  <>
                    <Form.Item name="endedOn" label="终止调解日期">
                      <DateField aria-label="终止调解日期" />
                    </Form.Item>
                    <Form.Item
                      name="endReason"
                      label="终止调解的原因"
                      rules={[{ required: true, message: '请填写终止调解的原因' }]}
                    >
                      <Input.TextArea rows={2} maxLength={2000} aria-label="终止调解的原因" />
                    </Form.Item>
                    {outcome === 'failed' && (
                      <Form.Item name="remediesTold" valuePropName="checked" initialValue={false}>
                        <Checkbox>
                          已告知当事人可以依法通过仲裁、行政、司法等途径维护权利（人民调解法第二十六条）
                        </Checkbox>
                      </Form.Item>
                    )}
                  </>
                )}
              </>
            );
          }}
        </Form.Item>
      )}
    </ActForm>
  );
}

export function PerformanceForm({ d, onDone }: { d: MediationDispute; onDone: (d: MediationDispute) => void }) {
  const today = useToday();
  return (
    <ActForm
      title="记录履行情况（人民调解法第三十一条）"
      path="performance"
      id={d.id}
      fields={['performance', 'performanceOn', 'agreementPerformanceNote']}
      initial={{ performance: 'performed', performanceOn: today }}
      submitLabel="记录履行情况"
      onDone={onDone}
    >
      {() => (
        <>
          <Form.Item name="performance" label="履行情况">
            <Select aria-label="履行情况" style={{ width: 200 }} options={choices(performanceLabels)} />
          </Form.Item>
          <Form.Item name="performanceOn" label="履行情况记录日期">
            <DateField aria-label="履行情况记录日期" />
          </Form.Item>
          <Form.Item
            name="agreementPerformanceNote"
            label="履行情况说明"
            rules={[{ required: true, message: '请填写履行情况说明' }]}
          >
            <Input.TextArea rows={2} maxLength={2000} aria-label="履行情况说明" />
          </Form.Item>
        </>
      )}
    </ActForm>
  );
}

export function ConfirmationForm({ d, onDone }: { d: MediationDispute; onDone: (d: MediationDispute) => void }) {
  const today = useToday();
  return (
    <ActForm
      title="记录司法确认（人民调解法第三十三条）"
      path="confirmation"
      id={d.id}
      fields={['confirmationAppliedOn', 'confirmationCourt', 'confirmationResult', 'confirmationDecidedOn']}
      initial={{ confirmationAppliedOn: today }}
      submitLabel="记录司法确认"
      onDone={onDone}
    >
      {() => (
        <>
          <Form.Item name="confirmationAppliedOn" label="申请司法确认日期">
            <DateField aria-label="申请司法确认日期" />
          </Form.Item>
          <Form.Item
            name="confirmationCourt"
            label="受理司法确认的人民法院"
            rules={[{ required: true, message: '请填写人民法院' }]}
          >
            <Input maxLength={100} aria-label="受理司法确认的人民法院" />
          </Form.Item>
          <Form.Item name="confirmationResult" label="司法确认结果（尚未确认的不填）">
            <Select
              aria-label="司法确认结果"
              allowClear
              style={{ width: 200 }}
              options={choices(confirmationResultLabels)}
            />
          </Form.Item>
          <Form.Item name="confirmationDecidedOn" label="人民法院确认日期">
            <DateField aria-label="人民法院确认日期" />
          </Form.Item>
        </>
      )}
    </ActForm>
  );
}
