// One item of a catalogue in the making: title, 承办单位, legal and policy basis, planned start and finish, and which
// of the steps that apply only to some matters (听证会, 专家论证, 风险评估, 公平竞争审查) apply to it.
import { Checkbox, Form, Input } from 'antd';
import type { DecisionCatalogue, DecisionCatalogueItem } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import FormDialog, { useSave } from '../../components/FormDialog';
import MatterFields from './MatterFields';
import { dateItem } from './records/ActForms';

interface Values {
  title: string;
  sponsorOrgId: string;
  legalBasis: string;
  policyBasis?: string;
  plannedStart: string;
  plannedFinish: string;
  applicableSteps: string[];
}

const fields = [
  'title',
  'sponsorOrgId',
  'legalBasis',
  'policyBasis',
  'plannedStart',
  'plannedFinish',
  'applicableSteps',
];

export default function CatalogueItemForm({
  catalogue,
  item,
  onClose,
  onSaved,
}: {
  catalogue: DecisionCatalogue;
  /** the item changed, or null for a new one */
  item: DecisionCatalogueItem | null;
  onClose: () => void;
  onSaved: (c: DecisionCatalogue) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, busy, submit } = useSave(form, fields, async (v) => {
    const body = { ...v, policyBasis: v.policyBasis?.trim() || undefined, applicableSteps: v.applicableSteps ?? [] };
    const path = `/decision-catalogues/${catalogue.id}/items`;
    onSaved(
      item
        ? await api.put<DecisionCatalogue>(`${path}/${item.id}`, body)
        : await api.post<DecisionCatalogue>(path, body),
    );
  });
  return (
    <FormDialog
      form={form}
      width={720}
      title={item ? '修改决策事项' : '增加决策事项'}
      busy={busy}
      error={error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          item
            ? { ...item, policyBasis: item.policyBasis || undefined }
            : { plannedStart: `${catalogue.year}-01-01`, plannedFinish: `${catalogue.year}-12-31`, applicableSteps: [] }
        }
      >
        <MatterFields sponsors={catalogue.sponsors} />
        <Form.Item
          name="legalBasis"
          label="法律依据"
          extra="例如：《中华人民共和国城乡规划法》"
          rules={[{ required: true, message: '请填写法律依据' }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="policyBasis" label="政策依据">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {dateItem('plannedStart', '计划启动时间', '请选择计划启动时间')}
        {dateItem('plannedFinish', '计划完成时间', '请选择计划完成时间')}
        <Form.Item name="applicableSteps" label="适用程序（公众参与、合法性审查、集体讨论决定等为每项决策的必经程序）">
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={catalogue.stepChoices}
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
