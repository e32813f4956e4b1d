// 期限计算器: anyone picks a statutory period and a start date and gets the due date from the platform's deadline
// engine — with the region's working calendar and the explanation of each step.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, List, Select, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../api/client';
import { useApi } from '../api/hooks';
import type { DeadlineResult, DeadlineRuleSummary } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../shell/errors';
import { displayDate } from '../shell/datetime';
import DateField from '../components/DateField';

interface Values {
  rule: string;
  from: string;
  extended?: boolean;
  pauses?: { from: string; to: string }[];
}

export default function DeadlineCalculatorPage({ regionCode }: { regionCode: string | null }) {
  const rules = useApi<{ items: DeadlineRuleSummary[] }>('/public/deadline-rules');
  const [form] = Form.useForm<Values>();
  const ruleId = Form.useWatch('rule', form);
  const rule = rules.data?.items.find((r) => r.id === ruleId);
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options = useMemo(() => {
    const groups = new Map<string, DeadlineRuleSummary[]>();
    for (const r of rules.data?.items ?? []) groups.set(r.module, [...(groups.get(r.module) ?? []), r]);
    return [...groups].map(([module, list]) => ({
      label: module,
      title: module,
      options: list.map((r) => ({ value: r.id, label: `${r.title}（${r.amountLabel}）` })),
    }));
  }, [rules.data]);

  const compute = async (v: Values) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(
        await api.get<DeadlineResult>('/public/deadline', {
          rule: v.rule,
          from: v.from,
          extended: v.extended ? 'true' : undefined,
          pause: (v.pauses ?? []).filter((p) => p.from && p.to).map((p) => `${p.from}..${p.to}`),
          region: regionCode,
        }),
      );
    } catch (e) {
      setError(applyFieldErrors(form, e, ['rule', 'from', 'extended', 'pauses']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="期限计算器">
        <Typography.Paragraph type="secondary">
          选择法定期限并填写起算日，系统按法律规定的计算方法和本地区工作日历（含法定节假日、调休和地方节日）计算截止日。结果仅供参考，以办理机关的决定为准。
        </Typography.Paragraph>
        {rules.error && <Alert type="error" showIcon message={rules.error.message} style={{ marginBottom: 12 }} />}
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={compute}>
          <Form.Item label="法定期限" name="rule" rules={[{ required: true, message: '请选择法定期限' }]}>
            <Select
              showSearch
              loading={rules.loading}
              placeholder="输入关键词查找，如 复议、信息公开"
              optionFilterProp="label"
              options={options}
              aria-label="法定期限"
            />
          </Form.Item>
          {rule && (
            <Alert
              type="info"
              style={{ marginBottom: 16 }}
              message={`${rule.title}：${rule.amountLabel}`}
              description={rule.basis}
            />
          )}
          <Form.Item
            label="起算日（收到申请等事件发生之日）"
            name="from"
            rules={[{ required: true, message: '请填写起算日' }]}
          >
            <DateField aria-label="起算日" />
          </Form.Item>
          {rule?.extension && (
            <Form.Item name="extended" valuePropName="checked">
              <Checkbox>已依法延长期限</Checkbox>
            </Form.Item>
          )}
          {rule?.pausable && (
            <Form.List name="pauses">
              {(fields, { add, remove }) => (
                <Form.Item label="中止或不计入期限的期间（如补正材料期间）">
                  {fields.map((f) => (
                    <Space key={f.key} align="start" wrap>
                      <Form.Item name={[f.name, 'from']} noStyle>
                        <DateField aria-label="中止开始" />
                      </Form.Item>
                      至
                      <Form.Item name={[f.name, 'to']} noStyle>
                        <DateField aria-label="中止结束" />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label="删除"
                      />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    添加不计入期间
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          )}
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            计算截止日
          </Button>
        </Form>
      </Card>
      {result && (
        <Card title="计算结果" data-testid="deadline-result">
          <div>
            {result.title}
            {result.extended && <Tag style={{ marginLeft: 8 }}>已延长</Tag>}
          </div>
          <div className="fz-due">截止日：{displayDate(result.due)}</div>
          {result.provisional && (
            <Alert
              type="warning"
              showIcon
              style={{ margin: '8px 0' }}
              message="截止日所在年度的放假安排尚未公布，结果为暂定，公布后可能变化。"
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            依据：{result.basis}
          </Typography.Paragraph>
          <List
            size="small"
            header="计算过程"
            bordered
            dataSource={result.explanation}
            renderItem={(line, i) => (
              <List.Item>
                {i + 1}. {line}
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}
