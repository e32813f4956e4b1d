// A decision matter's name and its 承办单位 (第十一条), the two fields a catalogue item and a decision outside the
// catalogue both ask for.
import { Form, Input, Select } from 'antd';

export default function MatterFields({ sponsors }: { sponsors: readonly { id: string; name: string }[] }) {
  return (
    <>
      <Form.Item name="title" label="决策事项名称" rules={[{ required: true, message: '请填写决策事项名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="sponsorOrgId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          aria-label="承办单位"
          options={sponsors.map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
    </>
  );
}
