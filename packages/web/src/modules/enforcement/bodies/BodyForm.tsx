// 确认或修改行政执法主体: the unit, its legal status and — for an entrusted organisation — the entrusting body, the
// entrusted matters and the term (行政处罚法第二十条), its fields, address and phones. The server's refusal is placed
// on its fields.
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EnforcementBody, OrgRow } from '@fazhi/core/contracts';
import { legalStatusLabels } from '@fazhi/core/modules';
import { api } from '../../../api/client';
import FormDialog, { useSave } from '../../../components/FormDialog';

interface Values {
  organisationId: string;
  legalStatus: EnforcementBody['legalStatus'];
  entrustingOrganisationId?: string;
  entrustmentScope?: string;
  term?: [Dayjs, Dayjs];
  fields?: string;
  address: string;
  phones: string;
  withdrawn?: boolean;
}
const FIELDS = [
  'organisationId',
  'legalStatus',
  'entrustingOrganisationId',
  'entrustmentScope',
  'term',
  'fields',
  'address',
  'phones',
];

export default function BodyForm({
  body,
  orgs,
  onClose,
  onSaved,
}: {
  body: EnforcementBody | null;
  orgs: OrgRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('legalStatus', form);
  const { error, busy, submit } = useSave(form, FIELDS, async (v) => {
    const entrusted = v.legalStatus === 'entrusted';
    await api.put(`/enforcement-bodies/${v.organisationId}`, {
      legalStatus: v.legalStatus,
      entrustingOrganisationId: entrusted ? (v.entrustingOrganisationId ?? null) : null,
      entrustmentScope: entrusted ? (v.entrustmentScope ?? null) : null,
      entrustmentFrom: entrusted && v.term ? v.term[0].format('YYYY-MM-DD') : null,
      entrustmentTo: entrusted && v.term ? v.term[1].format('YYYY-MM-DD') : null,
      fields: (v.fields ?? '')
        .split(/[、,，\n]/)
        .map((f) => f.trim())
        .filter(Boolean),
      address: v.address,
      phones: v.phones,
      withdrawn: v.withdrawn ?? false,
    });
    onSaved();
  });
  const options = orgs.map((o) => ({ value: o.id, label: o.name }));
  return (
    <FormDialog
      title={body ? `修改行政执法主体：${body.organisationName}` : '确认行政执法主体'}
      width={680}
      form={form}
      busy={busy}
      error={error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          body
            ? {
                organisationId: body.organisationId,
                legalStatus: body.legalStatus,
                entrustingOrganisationId: body.entrustingOrganisationId ?? undefined,
                entrustmentScope: body.entrustmentScope ?? undefined,
                term:
                  body.entrustmentFrom && body.entrustmentTo
                    ? [dayjs(body.entrustmentFrom), dayjs(body.entrustmentTo)]
                    : undefined,
                fields: body.fields.join('、'),
                address: body.address,
                phones: body.phones,
                withdrawn: body.status === 'withdrawn',
              }
            : { legalStatus: 'statutory' }
        }
      >
        <Form.Item name="organisationId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch optionFilterProp="label" options={options} disabled={!!body} />
        </Form.Item>
        <Form.Item name="legalStatus" label="法律地位" rules={[{ required: true, message: '请选择法律地位' }]}>
          <Select options={Object.entries(legalStatusLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {status === 'entrusted' && (
          <>
            <Form.Item
              name="entrustingOrganisationId"
              label="委托机关"
              rules={[{ required: true, message: '请选择委托机关' }]}
            >
              <Select showSearch optionFilterProp="label" options={options} />
            </Form.Item>
            <Form.Item
              name="entrustmentScope"
              label="委托事项和权限"
              rules={[{ required: true, message: '请填写委托事项和权限' }]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="term" label="委托期限" rules={[{ required: true, message: '请选择委托期限' }]}>
              <DatePicker.RangePicker />
            </Form.Item>
          </>
        )}
        <Form.Item name="fields" label="执法领域（以顿号分隔）">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="address" label="办公地址" rules={[{ required: true, message: '请填写办公地址' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phones" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
          <Input maxLength={100} />
        </Form.Item>
        {body && (
          <Form.Item name="withdrawn" valuePropName="checked">
            <Checkbox>撤销（机构改革等原因不再作为执法主体，下次公告时不再列入）</Checkbox>
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}
