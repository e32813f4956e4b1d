// An expert of the region's pool: name, field, employer, term and the interests the expert declared (one a line) —
// a declared interest keeps the expert out of draws for matters that name it (第二十条).
import { Form, Input } from 'antd';
import type { DecisionExpert } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import FormDialog, { useSave } from '../../components/FormDialog';
import { lines } from './records/acts';
import { dateItem } from './records/ActForms';

const fields = ['name', 'field', 'employer', 'termFrom', 'termTo', 'conflicts'];

interface Values {
  name: string;
  field: string;
  employer: string;
  termFrom: string;
  termTo: string;
  conflicts?: string;
}

export default function ExpertForm({
  regionCode,
  expert,
  onClose,
  onSaved,
}: {
  regionCode: string;
  expert: DecisionExpert | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, busy, submit } = useSave(form, fields, async (v) => {
    const body = {
      name: v.name,
      field: v.field,
      employer: v.employer,
      termFrom: v.termFrom,
      termTo: v.termTo,
      conflicts: lines(v.conflicts),
    };
    if (expert) await api.put(`/decision-experts/${expert.id}`, body);
    else await api.post('/decision-experts', { regionCode, ...body });
    onSaved();
  });
  return (
    <FormDialog form={form} title={expert ? '修改专家信息' : '专家入库'} busy={busy} error={error} onClose={onClose}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={expert ? { ...expert, conflicts: expert.conflicts.join('\n') } : undefined}
      >
        <Form.Item name="name" label="专家姓名" rules={[{ required: true, message: '请填写专家姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="field"
          label="专业领域"
          extra="例如：城乡规划、法律、生态环境"
          rules={[{ required: true, message: '请填写专业领域' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="employer" label="工作单位" rules={[{ required: true, message: '请填写工作单位' }]}>
          <Input maxLength={200} />
        </Form.Item>
        {dateItem('termFrom', '聘期开始日期', '请选择聘期开始日期')}
        {dateItem('termTo', '聘期结束日期', '请选择聘期结束日期')}
        <Form.Item name="conflicts" label="申报的利害关系（单位或事项，每行一项）">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
