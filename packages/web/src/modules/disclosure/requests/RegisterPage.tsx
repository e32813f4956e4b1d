// 登记政府信息公开申请: a request received by letter or fax, handed in, or made orally and written down by the staff
// (第二十九条第一款); the day of receipt is the day its channel fixes (第三十一条), asked for by the form.
import { consoleLink, disclosureMenu, receiptRules, requestChannelLabels } from '@fazhi/core/modules';
import type { DisclosureGuide, DisclosureRequest } from '@fazhi/core/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Radio } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import DateField from '../../../components/DateField';
import { applyFieldErrors } from '../../../shell/errors';
import { useSession } from '../../../shell/session';
import RequestFields, { requestBody, requestFieldNames, type RequestValues } from '../RequestFields';

type Channel = Exclude<keyof typeof requestChannelLabels, 'online'>;
type Values = RequestValues & {
  requestChannel: Channel;
  handedInOn?: string;
  mailSignedOn?: string;
  confirmedOn?: string;
};
const channels = (Object.keys(requestChannelLabels) as (keyof typeof requestChannelLabels)[])
  .filter((c): c is Channel => c !== 'online')
  .map((value) => ({ value, label: requestChannelLabels[value] }));

export default function RegisterPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('applicantKind', form);
  const channel = Form.useWatch('requestChannel', form) ?? 'in_person';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const regionCode = session.assignments.find((a) => a.orgId === session.activeOrgId)?.regionCode ?? null;
  const guide = useApi<DisclosureGuide>(regionCode ? `/public/disclosure-guide?regionCode=${regionCode}` : null);
  const needs = receiptRules[channel].needs;
  const send = async (v: Values) => {
    if (!regionCode) {
      setError('当前单位没有所属行政区域，无法登记');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<DisclosureRequest>('/disclosure-requests', {
        regionCode,
        requestChannel: v.requestChannel,
        handedInOn: v.handedInOn,
        mailSignedOn: v.mailSignedOn,
        confirmedOn: v.confirmedOn,
        ...requestBody(v),
      });
      navigate(consoleLink(disclosureMenu, 'disclosure-requests', r.id));
    } catch (e) {
      setError(
        applyFieldErrors(form, e, [
          ...requestFieldNames,
          'requestChannel',
          'handedInOn',
          'mailSignedOn',
          'confirmedOn',
        ]),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="登记政府信息公开申请（信函、传真、当面提交或者口头提出）">
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        requiredMark="optional"
        initialValues={{
          requestChannel: 'in_person',
          applicantKind: 'natural_person',
          deliveryForm: 'paper_pickup',
          bodyId: session.activeOrgId,
        }}
        style={{ maxWidth: 720 }}
      >
        <Form.Item label="申请方式" name="requestChannel">
          <Radio.Group options={channels} />
        </Form.Item>
        <Form.Item label="提交申请日期" name="handedInOn" extra="不填写的，为今天">
          <DateField style={{ width: 200 }} aria-label="提交申请日期" />
        </Form.Item>
        {needs !== 'submittedOn' && (
          <Form.Item
            label={needs === 'mailSignedOn' ? '签收日期' : '双方确认日期'}
            name={needs}
            extra={receiptRules[channel].basis}
          >
            <DateField style={{ width: 200 }} aria-label={needs === 'mailSignedOn' ? '签收日期' : '双方确认日期'} />
          </Form.Item>
        )}
        <RequestFields bodies={guide.data?.bodies ?? []} kind={kind} />
        <Button type="primary" htmlType="submit" loading={busy}>
          登记申请
        </Button>
      </Form>
    </Card>
  );
}
