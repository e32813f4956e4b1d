// The forms of the officers page, each in the shared dialog with the server's refusal placed on its fields: one
// officer with the certificate (an auxiliary without one), a training record, and the justice bureau's change of a
// certificate's status (暂扣 / 吊销 / 恢复有效).
import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { EnforcementBody, EnforcementOfficer } from '@fazhi/core/contracts';
import { certificateStatusLabels, examResultLabels, officerKindLabels } from '@fazhi/core/modules';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormDialog, { useSave } from '../../../components/FormDialog';

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : null);

interface OfficerValues {
  organisationId: string;
  officerName: string;
  idNumber: string;
  kind: EnforcementOfficer['kind'];
  certificateNumber?: string;
  category?: string;
  area?: string;
  certificateIssuedOn?: Dayjs;
  examResult?: EnforcementOfficer['examResult'];
  legalProfessionQualified?: boolean;
  isLegalReviewer?: boolean;
}

export function OfficerForm({
  bodies,
  onClose,
  onSaved,
}: {
  bodies: EnforcementBody[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<OfficerValues>();
  const kind = Form.useWatch('kind', form);
  const certified = kind !== 'auxiliary';
  const fields = [
    'organisationId',
    'officerName',
    'idNumber',
    'kind',
    'certificateNumber',
    'category',
    'area',
    'certificateIssuedOn',
    'examResult',
    'isLegalReviewer',
  ];
  const { error, busy, submit } = useSave(form, fields, async (v) => {
    await api.post('/enforcement-officers', {
      organisationId: v.organisationId,
      officerName: v.officerName,
      idNumber: v.idNumber,
      kind: v.kind,
      certificateNumber: certified ? (v.certificateNumber ?? null) : null,
      category: v.category || undefined,
      area: v.area || undefined,
      certificateIssuedOn: certified ? day(v.certificateIssuedOn) : null,
      examResult: certified ? (v.examResult ?? null) : null,
      legalProfessionQualified: v.legalProfessionQualified ?? false,
      isLegalReviewer: certified ? (v.isLegalReviewer ?? false) : false,
    });
    onSaved();
  });
  return (
    <FormDialog title="登记执法人员" width={640} form={form} busy={busy} error={error} onClose={onClose}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'enforcement', examResult: 'passed' }}
      >
        <Form.Item name="organisationId" label="执法主体" rules={[{ required: true, message: '请选择执法主体' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={bodies
              .filter((b) => b.status === 'active')
              .map((b) => ({ value: b.organisationId, label: b.organisationName }))}
          />
        </Form.Item>
        <Form.Item name="officerName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="idNumber" label="身份证号码" rules={[{ required: true, message: '请填写身份证号码' }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="kind" label="人员类别" rules={[{ required: true }]}>
          <Select options={choices(officerKindLabels)} />
        </Form.Item>
        {certified && (
          <>
            <Form.Item name="certificateNumber" label="证件号" rules={[{ required: true, message: '请填写证件号' }]}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item
              name="certificateIssuedOn"
              label="发证日期"
              rules={[{ required: true, message: '请选择发证日期' }]}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item name="examResult" label="资格考试" rules={[{ required: true, message: '请选择资格考试结果' }]}>
              <Select options={choices(examResultLabels)} />
            </Form.Item>
          </>
        )}
        <Form.Item name="category" label="执法类别">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="area" label="执法区域">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="legalProfessionQualified" valuePropName="checked">
          <Checkbox>取得法律职业资格</Checkbox>
        </Form.Item>
        {certified && (
          <Form.Item name="isLegalReviewer" valuePropName="checked">
            <Checkbox>担任法制审核人员</Checkbox>
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}

export function TrainingForm({
  officer,
  onClose,
  onSaved,
}: {
  officer: EnforcementOfficer;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ course: string; hours: number; trainedOn: Dayjs }>();
  const { error, busy, submit } = useSave(form, ['course', 'hours', 'trainedOn'], async (v) => {
    await api.post('/training-records', {
      officerId: officer.id,
      course: v.course,
      hours: v.hours,
      trainedOn: day(v.trainedOn),
    });
    onSaved();
  });
  return (
    <FormDialog title={`登记培训：${officer.name}`} form={form} busy={busy} error={error} onClose={onClose}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="course" label="培训课程" rules={[{ required: true, message: '请填写培训课程' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
          <InputNumber min={0.5} max={200} step={0.5} />
        </Form.Item>
        <Form.Item name="trainedOn" label="培训日期" rules={[{ required: true, message: '请选择培训日期' }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function CertificateStatusForm({
  officer,
  onClose,
  onSaved,
}: {
  officer: EnforcementOfficer;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ certificateStatus: 'valid' | 'suspended' | 'revoked'; reason: string }>();
  const { error, busy, submit } = useSave(form, ['certificateStatus', 'reason'], async (v) => {
    await api.put(`/enforcement-officers/${officer.id}/certificate-status`, v);
    onSaved();
  });
  const { expired: _expired, ...stored } = certificateStatusLabels;
  return (
    <FormDialog
      title={`变更证件状态：${officer.name}（${officer.certificateNumber ?? ''}）`}
      form={form}
      busy={busy}
      error={error}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="certificateStatus" label="证件状态" rules={[{ required: true, message: '请选择证件状态' }]}>
          <Select options={choices(stored)} />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

/** 换发证件: the justice bureau records the new certificate's number and issue day, with the reason. */
export function RenewCertificateForm({
  officer,
  onClose,
  onSaved,
}: {
  officer: EnforcementOfficer;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ certificateNumber: string; certificateIssuedOn: string; reason: string }>();
  const { error, busy, submit } = useSave(form, ['certificateNumber', 'certificateIssuedOn', 'reason'], async (v) => {
    await api.put(`/enforcement-officers/${officer.id}/certificate`, v);
    onSaved();
  });
  return (
    <FormDialog
      title={`换发执法证件：${officer.name}（原证件号${officer.certificateNumber ?? ''}）`}
      form={form}
      busy={busy}
      error={error}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="certificateNumber" label="新证件号" rules={[{ required: true, message: '请填写新证件号' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="certificateIssuedOn" label="发证日期" rules={[{ required: true, message: '请选择发证日期' }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写换发理由' }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder="如：有效期届满换发、遗失补发" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
