// 登记行政诉讼案件: the agency sued records the suit from the court's papers — the court, the 案号 (its shape checked by
// the server against the instance and the filing year), the cause, the contested act, the plaintiff, and what decides
// whether its head must appear (major, group, compensation: the region's rule).
import { consoleLink, litigationMenu, suitInstanceLabels } from '@fazhi/core/modules';
import type { LitigationSuit, SuitPage } from '@fazhi/core/contracts';
import { useNavigate } from 'react-router-dom';
import { Card, Checkbox, Form, Input, Radio, Select } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import FormCard from '../../components/FormCard';
import { useToday } from '../../shell/session';

interface Values {
  defendingBodyId: string;
  handlerName: string;
  courtName: string;
  suitNumber: string;
  instance: string;
  suitCause: string;
  suedAct: string;
  suitFiledOn: string;
  flags?: string[];
  plaintiffKind: 'person' | 'organisation';
  plaintiffName: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

const fields = [
  'defendingBodyId',
  'handlerName',
  'courtName',
  'suitNumber',
  'instance',
  'suitCause',
  'suedAct',
  'suitFiledOn',
  'idNumber',
  'creditCode',
  'phone',
];

export default function RegisterSuitPage() {
  const navigate = useNavigate();
  const today = useToday();
  const bodies = useApi<SuitPage>('/litigation-suits', { pageSize: 1 }).data?.bodies ?? [];
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('plaintiffKind', form);
  return (
    <Card size="small" title="登记行政诉讼案件">
      <FormCard<Values>
        title="案件信息（以人民法院送达的起诉状副本、应诉通知书为准）"
        fields={fields}
        initialValues={{ instance: 'first', suitFiledOn: today, plaintiffKind: 'person', flags: [] }}
        submitLabel="登记"
        onSubmit={async (v) => {
          const flags = v.flags ?? [];
          const suit = await api.post<LitigationSuit>('/litigation-suits', {
            defendingBodyId: v.defendingBodyId,
            handlerName: v.handlerName,
            courtName: v.courtName,
            suitNumber: v.suitNumber,
            instance: v.instance,
            suitCause: v.suitCause,
            suedAct: v.suedAct,
            suitFiledOn: v.suitFiledOn,
            major: flags.includes('major'),
            groupSuit: flags.includes('groupSuit'),
            compensation: flags.includes('compensation'),
            plaintiffs: [
              {
                kind: v.plaintiffKind,
                name: v.plaintiffName,
                ...(v.plaintiffKind === 'person'
                  ? { idNumber: v.idNumber || undefined }
                  : { creditCode: v.creditCode || undefined }),
                phone: v.phone || undefined,
              },
            ],
          });
          navigate(consoleLink(litigationMenu, 'litigation-suits', suit.id));
        }}
      >
        <Form.Item
          name="defendingBodyId"
          label="被诉行政机关"
          rules={[{ required: true, message: '请选择被诉行政机关' }]}
        >
          <Select aria-label="被诉行政机关" options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
        <Form.Item name="courtName" label="审理法院" rules={[{ required: true, message: '请填写审理法院' }]}>
          <Input aria-label="审理法院" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="suitNumber"
          label="案号"
          rules={[{ required: true, message: '请填写案号' }]}
          extra="例如（2026）内0105行初12号"
        >
          <Input aria-label="案号" maxLength={60} />
        </Form.Item>
        <Form.Item name="instance" label="审级">
          <Radio.Group options={Object.entries(suitInstanceLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="suitFiledOn" label="立案日期">
          <DateField aria-label="立案日期" />
        </Form.Item>
        <Form.Item name="suitCause" label="案由" rules={[{ required: true, message: '请填写案由' }]}>
          <Input aria-label="案由" maxLength={200} />
        </Form.Item>
        <Form.Item name="suedAct" label="被诉行政行为" rules={[{ required: true, message: '请填写被诉行政行为' }]}>
          <Input.TextArea aria-label="被诉行政行为" rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="handlerName" label="应诉承办人" rules={[{ required: true, message: '请填写应诉承办人' }]}>
          <Input aria-label="应诉承办人" maxLength={50} />
        </Form.Item>
        <Form.Item name="flags" label="案件情形（决定负责人是否应当出庭）">
          <Checkbox.Group
            options={[
              { value: 'major', label: '重大案件' },
              { value: 'groupSuit', label: '群体性案件' },
              { value: 'compensation', label: '涉及行政赔偿' },
            ]}
          />
        </Form.Item>
        <Form.Item name="plaintiffKind" label="原告类型">
          <Radio.Group
            options={[
              { value: 'person', label: '自然人' },
              { value: 'organisation', label: '法人或者其他组织' },
            ]}
          />
        </Form.Item>
        <Form.Item name="plaintiffName" label="原告姓名或者名称" rules={[{ required: true, message: '请填写原告' }]}>
          <Input aria-label="原告姓名或者名称" maxLength={100} />
        </Form.Item>
        {kind === 'organisation' ? (
          <Form.Item name="creditCode" label="统一社会信用代码">
            <Input aria-label="统一社会信用代码" maxLength={18} />
          </Form.Item>
        ) : (
          <Form.Item name="idNumber" label="身份证号码">
            <Input aria-label="身份证号码" maxLength={18} />
          </Form.Item>
        )}
        <Form.Item name="phone" label="手机号码">
          <Input aria-label="手机号码" maxLength={11} />
        </Form.Item>
      </FormCard>
    </Card>
  );
}
