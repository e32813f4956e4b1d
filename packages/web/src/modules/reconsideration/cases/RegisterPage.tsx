// 登记行政复议申请: an application received by post or in person, or made orally and recorded by the office on the spot
// (第二十二条第二款: 口头申请的，行政复议机关应当当场记录); it opens the same acceptance review as an online one.
import { applicationChannelLabels, consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Radio } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import { applyFieldErrors } from '../../../shell/errors';
import { useSession } from '../../../shell/session';
import ApplicationFields, {
  applicationBody,
  applicationFieldNames,
  type ApplicationValues,
} from '../ApplicationFields';

type Values = ApplicationValues & { channel: 'post' | 'in_person' | 'oral'; receivedOn?: string };

export default function RegisterPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch(['applicant', 'kind'], form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the office's region: the region of the unit the user acts in
  const regionCode = session.assignments.find((a) => a.orgId === session.activeOrgId)?.regionCode ?? null;
  const send = async (v: Values) => {
    if (!regionCode) {
      setError('当前单位没有所属行政区域，无法登记');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const c = await api.post<ReconsiderationCase>('/reconsideration-cases', {
        regionCode,
        channel: v.channel,
        receivedOn: v.receivedOn,
        ...applicationBody(v),
      });
      navigate(consoleLink(reconsiderationMenu, 'reconsideration-cases', c.id));
    } catch (e) {
      setError(applyFieldErrors(form, e, [...applicationFieldNames, 'channel', 'receivedOn']));
    } finally {
      setBusy(false);
    }
  };
  const channels = (['post', 'in_person', 'oral'] as const).map((value) => ({
    value,
    label: applicationChannelLabels[value],
  }));
  return (
    <Card size="small" title="登记行政复议申请（邮寄、当面提交或者口头申请）">
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        requiredMark="optional"
        initialValues={{ channel: 'in_person', applicant: { kind: 'person' } }}
        style={{ maxWidth: 720 }}
      >
        <Form.Item label="申请方式" name="channel">
          <Radio.Group options={channels} />
        </Form.Item>
        <Form.Item label="收到申请日期" name="receivedOn" extra="不填写的，为今天">
          <DateField style={{ width: 200 }} aria-label="收到申请日期" />
        </Form.Item>
        <ApplicationFields kind={kind} />
        <Button type="primary" htmlType="submit" loading={busy}>
          登记申请
        </Button>
      </Form>
    </Card>
  );
}
