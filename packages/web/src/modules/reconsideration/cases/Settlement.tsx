// 调解与和解 (第七十三条、第七十四条): the 行政复议调解书 or the settlement that ended the case, and, where the server
// offers them, the forms to record a mediation (an agreement signed by every party, or its failure) and a settlement
// after which the office approves the applicant's withdrawal.
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { Card, Form, Input, Radio, Switch } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { displayDate } from '../../../shell/datetime';

type Values = Record<string, unknown>;

export default function Settlement({
  c,
  onDone,
}: {
  c: ReconsiderationCase;
  onDone: (c: ReconsiderationCase) => void;
}) {
  const [agreed, setAgreed] = useState(true);
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/${path}`, body));
  const a = c.abilities;
  if (!c.mediatedOn && !c.settledOn && !a.mediate && !a.settle) return null;
  return (
    <Card size="small" title="调解与和解（第七十三条、第七十四条）">
      {c.mediatedOn && (
        <p>
          行政复议调解书自{displayDate(c.mediatedOn)}起生效：
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.mediationText}</span>
        </p>
      )}
      {c.settledOn && (
        <p>
          {displayDate(c.settledOn)}当事人达成和解，准予申请人撤回申请并终止行政复议：{c.settlementText}
        </p>
      )}
      {a.mediate && (
        <FormCard<Values>
          title="记录调解"
          fields={['mediationOutcome', 'mediationAgreement', 'allPartiesSigned', 'mediationNote', 'mediatedOn']}
          submitLabel="记录调解"
          initialValues={{ mediationOutcome: 'agreed', allPartiesSigned: false }}
          onSubmit={post('mediation')}
        >
          <Form.Item name="mediationOutcome" label="调解结果">
            <Radio.Group
              onChange={(e) => setAgreed(e.target.value === 'agreed')}
              options={[
                { value: 'agreed', label: '达成协议，制作行政复议调解书' },
                { value: 'failed', label: '未达成协议或者调解书生效前一方反悔' },
              ]}
            />
          </Form.Item>
          {agreed ? (
            <>
              <Form.Item name="mediationAgreement" label="行政复议调解书内容（请求、事实、理由和调解结果）">
                <Input.TextArea rows={4} aria-label="行政复议调解书内容" />
              </Form.Item>
              <Form.Item name="allPartiesSigned" label="各方当事人已签字或者签章" valuePropName="checked">
                <Switch aria-label="各方当事人已签字或者签章" />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="mediationNote" label="调解情况说明">
              <Input.TextArea rows={2} aria-label="调解情况说明" />
            </Form.Item>
          )}
          <Form.Item name="mediatedOn" label={agreed ? '调解书生效日期（各方签字或者签章之日）' : '调解日期'}>
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.settle && (
        <FormCard<Values>
          title="和解后准予撤回申请（第七十四条）"
          fields={['settlementText', 'withdrawnOn', 'approvedOn']}
          submitLabel="准予撤回并终止"
          onSubmit={post('settlement')}
        >
          <Form.Item name="settlementText" label="和解内容" rules={[{ required: true, message: '请填写和解内容' }]}>
            <Input.TextArea rows={3} aria-label="和解内容" />
          </Form.Item>
          <Form.Item name="withdrawnOn" label="申请人撤回申请日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="approvedOn" label="准予撤回日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
    </Card>
  );
}
