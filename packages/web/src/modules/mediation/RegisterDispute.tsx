// 登记调解纠纷: the form that registers a dispute a committee or the unit itself takes up — how it came, its type from
// the region's list, the parties (identifiers sent once, stored encrypted and shown masked), the mediators, and the
// procedure it is mediated in, if any.
import { useNavigate } from 'react-router-dom';
import { Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import type { MediationDisputePage } from '@fazhi/core/contracts';
import { consoleLink, disputeSourceLabels, linkedProcedureLabels, mediationMenu } from '@fazhi/core/modules';
import { api } from '../../api/client';
import DateField from '../../components/DateField';
import FormDialog, { useSave } from '../../components/FormDialog';
import { useToday } from '../../shell/session';
import { choices } from './format';

const fields = [
  'mediationKind',
  'committeeId',
  'mediatingUnitId',
  'disputeType',
  'disputeSource',
  'disputeSummary',
  'majorDispute',
  'registeredOn',
  'assignedMediators',
  'linkedProcedure',
  'linkedReference',
  'disputeParties',
];

interface PartyValues {
  role: 'applicant' | 'respondent';
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

export default function RegisterDispute({ page, onClose }: { page: MediationDisputePage; onClose: () => void }) {
  const today = useToday();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const kind = Form.useWatch('mediationKind', form) as string | undefined;
  const { error, busy, submit } = useSave(form, fields, async (v: Record<string, unknown>) => {
    // empty optional inputs are left out rather than sent as empty strings
    const filled = (o: object) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined && x !== ''));
    const body = { ...filled(v), disputeParties: (v.disputeParties as PartyValues[]).map(filled) };
    const { id } = await api.post<{ id: string }>('/mediation-disputes', body);
    navigate(consoleLink(mediationMenu, 'mediation-disputes', id));
  });
  return (
    <FormDialog title="登记调解纠纷" width={760} form={form} busy={busy} error={error} onClose={onClose}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          mediationKind: page.committees.length > 0 ? 'peoples' : 'administrative',
          committeeId: page.committees[0]?.id,
          mediatingUnitId: page.units[0]?.id,
          disputeType: page.disputeTypes[0],
          disputeSource: 'application',
          majorDispute: false,
          registeredOn: today,
          disputeParties: [
            { role: 'applicant', kind: 'person' },
            { role: 'respondent', kind: 'person' },
          ],
        }}
      >
        <Form.Item name="mediationKind" label="调解类型">
          <Radio.Group
            options={[
              { value: 'peoples', label: '人民调解', disabled: page.committees.length === 0 },
              { value: 'administrative', label: '行政调解' },
            ]}
          />
        </Form.Item>
        {kind === 'peoples' ? (
          <Form.Item
            name="committeeId"
            label="人民调解委员会"
            rules={[{ required: true, message: '请选择人民调解委员会' }]}
          >
            <Select
              aria-label="人民调解委员会"
              showSearch
              optionFilterProp="label"
              options={page.committees.map((c) => ({ value: c.id, label: c.label }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="mediatingUnitId" label="调解机关" rules={[{ required: true, message: '请选择调解机关' }]}>
            <Select
              aria-label="调解机关"
              showSearch
              optionFilterProp="label"
              options={page.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Space size="large" wrap>
          <Form.Item name="disputeType" label="纠纷类型" rules={[{ required: true, message: '请选择纠纷类型' }]}>
            <Select
              aria-label="纠纷类型"
              style={{ width: 200 }}
              options={page.disputeTypes.map((t) => ({ value: t, label: t }))}
            />
          </Form.Item>
          <Form.Item name="disputeSource" label="纠纷来源">
            <Select aria-label="纠纷来源" style={{ width: 220 }} options={choices(disputeSourceLabels)} />
          </Form.Item>
          <Form.Item name="registeredOn" label="登记日期">
            <DateField aria-label="登记日期" />
          </Form.Item>
        </Space>
        <Form.Item
          name="disputeSummary"
          label="纠纷简要情况"
          rules={[{ required: true, message: '请填写纠纷简要情况' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} aria-label="纠纷简要情况" />
        </Form.Item>
        <Form.Item name="assignedMediators" label="调解员" rules={[{ required: true, message: '请填写调解员' }]}>
          <Input maxLength={200} aria-label="调解员" placeholder="指定或者当事人选择的调解员（人民调解法第十九条）" />
        </Form.Item>
        <Form.Item name="majorDispute" valuePropName="checked">
          <Checkbox>重大疑难纠纷</Checkbox>
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="linkedProcedure" label="关联程序（在其中调解的）">
            <Select aria-label="关联程序" allowClear style={{ width: 200 }} options={choices(linkedProcedureLabels)} />
          </Form.Item>
          <Form.Item name="linkedReference" label="关联案件编号">
            <Input maxLength={100} aria-label="关联案件编号" style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.List name="disputeParties">
          {(items, { add, remove }) => (
            <>
              {items.map((item, i) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'role']}>
                    <Select
                      aria-label={`当事人${i + 1}身份`}
                      style={{ width: 100 }}
                      options={[
                        { value: 'applicant', label: '申请人' },
                        { value: 'respondent', label: '被申请人' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'kind']}>
                    <Select
                      aria-label={`当事人${i + 1}类型`}
                      style={{ width: 150 }}
                      options={[
                        { value: 'person', label: '自然人' },
                        { value: 'organisation', label: '法人或者其他组织' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'name']} rules={[{ required: true, message: '请填写姓名或者名称' }]}>
                    <Input aria-label={`当事人${i + 1}姓名或者名称`} placeholder="姓名或者名称" maxLength={100} />
                  </Form.Item>
                  <Form.Item
                    noStyle
                    shouldUpdate={(a, b) =>
                      (a as { disputeParties?: PartyValues[] }).disputeParties?.[item.name]?.kind !==
                      (b as { disputeParties?: PartyValues[] }).disputeParties?.[item.name]?.kind
                    }
                  >
                    {() =>
                      form.getFieldValue(['disputeParties', item.name, 'kind']) === 'organisation' ? (
                        <Form.Item name={[item.name, 'creditCode']}>
                          <Input
                            aria-label={`当事人${i + 1}统一社会信用代码`}
                            placeholder="统一社会信用代码（选填）"
                            maxLength={18}
                          />
                        </Form.Item>
                      ) : (
                        <Form.Item name={[item.name, 'idNumber']}>
                          <Input
                            aria-label={`当事人${i + 1}身份证号码`}
                            placeholder="身份证号码（选填）"
                            maxLength={18}
                            autoComplete="off"
                          />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Form.Item name={[item.name, 'phone']}>
                    <Input
                      aria-label={`当事人${i + 1}手机号码`}
                      placeholder="手机号码（选填）"
                      maxLength={11}
                      autoComplete="off"
                    />
                  </Form.Item>
                  {items.length > 2 && <Button onClick={() => remove(item.name)}>删除</Button>}
                </Space>
              ))}
              <Button onClick={() => add({ role: 'respondent', kind: 'person' })}>增加当事人</Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDialog>
  );
}
