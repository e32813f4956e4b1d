// The fields of a 行政复议申请 (第二十二条), one set for the portal's online form and the office's register of an
// application received by post, in person or orally: the applicant, the respondent, the contested act, its dates and
// the request with its reasons. Only lazy pages import it.
import { Checkbox, Form, Input, Radio } from 'antd';
import DateField from '../../components/DateField';

export interface ApplicationValues {
  applicant: {
    kind: 'person' | 'organisation';
    name: string;
    idNumber?: string;
    creditCode?: string;
    phone?: string;
    address?: string;
  };
  respondentName: string;
  contestedAct: string;
  actMadeOn?: string;
  knownOn: string;
  notInformed?: boolean;
  requests: string;
  reasons: string;
}

/** The form's field names, where the server's field errors are placed. */
export const applicationFieldNames = [
  'applicant',
  'respondentName',
  'contestedAct',
  'actMadeOn',
  'knownOn',
  'notInformed',
  'requests',
  'reasons',
] as const;

const trimmed = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** The body the API takes (empty optional fields left out). */
export const applicationBody = (v: ApplicationValues) => ({
  applicant: {
    kind: v.applicant.kind,
    name: v.applicant.name,
    idNumber: trimmed(v.applicant.idNumber),
    creditCode: trimmed(v.applicant.creditCode),
    phone: trimmed(v.applicant.phone),
    address: trimmed(v.applicant.address),
  },
  respondentName: v.respondentName,
  contestedAct: v.contestedAct,
  actMadeOn: v.actMadeOn,
  knownOn: v.knownOn,
  notInformed: v.notInformed ?? false,
  requests: v.requests,
  reasons: v.reasons,
});

export default function ApplicationFields({ kind }: { kind: 'person' | 'organisation' | undefined }) {
  return (
    <>
      <Form.Item label="申请人" name={['applicant', 'kind']}>
        <Radio.Group
          options={[
            { value: 'person', label: '自然人' },
            { value: 'organisation', label: '法人或者其他组织' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={kind === 'organisation' ? '单位名称' : '姓名'}
        name={['applicant', 'name']}
        rules={[{ required: true, whitespace: true, message: '请填写申请人姓名或者名称' }]}
      >
        <Input maxLength={100} aria-label="申请人姓名或者名称" />
      </Form.Item>
      {kind === 'organisation' ? (
        <Form.Item label="统一社会信用代码" name={['applicant', 'creditCode']}>
          <Input maxLength={18} aria-label="统一社会信用代码" />
        </Form.Item>
      ) : (
        <Form.Item label="公民身份号码" name={['applicant', 'idNumber']} extra="加密保存，不公开">
          <Input maxLength={18} aria-label="公民身份号码" />
        </Form.Item>
      )}
      <Form.Item label="手机号码" name={['applicant', 'phone']} extra="加密保存，不公开">
        <Input maxLength={11} aria-label="手机号码" />
      </Form.Item>
      <Form.Item label="住所或者联系地址" name={['applicant', 'address']}>
        <Input maxLength={200} aria-label="住所或者联系地址" />
      </Form.Item>
      <Form.Item
        label="被申请人（作出行政行为的行政机关）"
        name="respondentName"
        rules={[{ required: true, whitespace: true, message: '请填写被申请人' }]}
      >
        <Input maxLength={100} aria-label="被申请人" />
      </Form.Item>
      <Form.Item
        label="被申请行政复议的行政行为"
        name="contestedAct"
        rules={[{ required: true, whitespace: true, message: '请填写行政行为' }]}
      >
        <Input maxLength={500} placeholder="如：××号行政处罚决定" aria-label="被申请行政复议的行政行为" />
      </Form.Item>
      <Form.Item label="知道该行政行为的日期" name="knownOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DateField style={{ width: 200 }} aria-label="知道该行政行为的日期" />
      </Form.Item>
      <Form.Item label="行政行为作出日期（如知道）" name="actMadeOn">
        <DateField style={{ width: 200 }} aria-label="行政行为作出日期" />
      </Form.Item>
      <Form.Item name="notInformed" valuePropName="checked">
        <Checkbox>作出行政行为时未告知申请行政复议的权利、行政复议机关和申请期限</Checkbox>
      </Form.Item>
      <Form.Item
        label="行政复议请求"
        name="requests"
        rules={[{ required: true, whitespace: true, message: '请填写行政复议请求' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} aria-label="行政复议请求" />
      </Form.Item>
      <Form.Item
        label="事实和理由"
        name="reasons"
        rules={[{ required: true, whitespace: true, message: '请填写事实和理由' }]}
      >
        <Input.TextArea rows={6} maxLength={10000} showCount aria-label="事实和理由" />
      </Form.Item>
    </>
  );
}
