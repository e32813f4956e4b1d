// The fields of a 政府信息公开申请 (第二十九条第二款), one set for the portal's online form and the body's register of a
// request received by letter, fax, in person or orally: the body asked, the applicant (its kind as table 三 counts
// it), the information sought and the form it is wanted in. Only lazy pages import it.
import { applicantKindLabels, deliveryFormLabels } from '@fazhi/core/modules';
import { Form, Input, Select } from 'antd';

export interface RequestValues {
  bodyId: string;
  applicantKind: keyof typeof applicantKindLabels;
  applicant: { name: string; idNumber?: string; creditCode?: string; phone?: string; address?: string };
  informationDescription: string;
  deliveryForm: keyof typeof deliveryFormLabels;
}

/** The form's field names, where the server's field errors are placed. */
export const requestFieldNames = [
  'bodyId',
  'applicantKind',
  'applicant',
  'informationDescription',
  'deliveryForm',
] as const;

const trimmed = (s?: string) => (s?.trim() ? s.trim() : undefined);
const options = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The body the API takes (empty optional fields left out). */
export const requestBody = (v: RequestValues) => ({
  bodyId: v.bodyId,
  applicantKind: v.applicantKind,
  applicant: {
    name: v.applicant.name,
    idNumber: v.applicantKind === 'natural_person' ? trimmed(v.applicant.idNumber) : undefined,
    creditCode: v.applicantKind === 'natural_person' ? undefined : trimmed(v.applicant.creditCode),
    phone: trimmed(v.applicant.phone),
    address: trimmed(v.applicant.address),
  },
  informationDescription: v.informationDescription,
  deliveryForm: v.deliveryForm,
});

export default function RequestFields({
  bodies,
  kind,
}: {
  bodies: readonly { id: string; name: string }[];
  kind: RequestValues['applicantKind'] | undefined;
}) {
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <>
      <Form.Item label="被申请公开的行政机关" name="bodyId" rules={[{ required: true, message: '请选择行政机关' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={bodies.map((b) => ({ value: b.id, label: b.name }))}
          aria-label="被申请公开的行政机关"
        />
      </Form.Item>
      <Form.Item label="申请人类型" name="applicantKind">
        <Select options={options(applicantKindLabels)} aria-label="申请人类型" />
      </Form.Item>
      <Form.Item label="申请人姓名或者名称" name={['applicant', 'name']} rules={required('请填写申请人姓名或者名称')}>
        <Input maxLength={100} aria-label="申请人姓名或者名称" />
      </Form.Item>
      {kind === 'natural_person' ? (
        <Form.Item label="公民身份号码" name={['applicant', 'idNumber']}>
          <Input maxLength={18} aria-label="公民身份号码" />
        </Form.Item>
      ) : (
        <Form.Item label="统一社会信用代码" name={['applicant', 'creditCode']}>
          <Input maxLength={18} aria-label="统一社会信用代码" />
        </Form.Item>
      )}
      <Form.Item label="手机号码" name={['applicant', 'phone']}>
        <Input maxLength={11} aria-label="手机号码" />
      </Form.Item>
      <Form.Item label="联系地址" name={['applicant', 'address']}>
        <Input maxLength={200} aria-label="联系地址" />
      </Form.Item>
      <Form.Item
        label="所需政府信息的名称、文号或者特征性描述"
        name="informationDescription"
        rules={required('请描述所需的政府信息')}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount aria-label="所需政府信息" />
      </Form.Item>
      <Form.Item label="获取信息的方式" name="deliveryForm">
        <Select options={options(deliveryFormLabels)} aria-label="获取信息的方式" />
      </Form.Item>
    </>
  );
}
