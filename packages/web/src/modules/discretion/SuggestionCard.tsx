// 处罚测算: an officer enters the facts of a case that the benchmark's conditions and 《行政处罚法》第三十条至第三十三条
// name, and reads the applicable circumstance, the range (in yuan where a multiple's base was entered), the basis
// and why — each rule and condition that held or did not. A fact left empty is unknown, and a condition on it does
// not hold. Nothing is recorded: the case will record the version it applied.
import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Select, Table, Tag, Typography } from 'antd';
import type { DiscretionBenchmark, PenaltySuggestionAnswer } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { applyFieldErrors } from '../../shell/errors';
import { circumstanceColours } from './format';

type Fact = DiscretionBenchmark['facts'][number];
type Reason = PenaltySuggestionAnswer['reasons'][number];
const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

/** The input of one fact; Form.Item hands it the value and onChange, which it passes on. */
function FactInput({
  fact,
  ...control
}: {
  fact: Fact;
  id?: string;
  value?: unknown;
  onChange?: (v: unknown) => void;
}) {
  if (fact.type === 'number')
    return (
      <InputNumber
        min={0}
        style={{ width: '100%' }}
        aria-label={fact.label}
        placeholder="未填写"
        id={control.id}
        value={control.value as number | undefined}
        onChange={control.onChange}
      />
    );
  const options: { value: boolean | string; label: string }[] = fact.type === 'boolean' ? yesNo : fact.levels;
  return <Select allowClear placeholder="未填写" options={options} aria-label={fact.label} {...control} />;
}

const held = (h: boolean) => (h ? '符合' : '不符合');

function Result({ s }: { s: PenaltySuggestionAnswer }) {
  const yuan = s.fineYuan ? `${s.fineYuan.minYuan}元至${s.fineYuan.maxYuan}元` : null;
  return (
    <section aria-label="测算结果" style={{ marginTop: 16 }}>
      <Descriptions size="small" column={1} bordered labelStyle={{ width: 120 }}>
        <Descriptions.Item label="适用情形">
          <Tag color={circumstanceColours[s.circumstance]}>{s.circumstanceLabel}</Tag>
          {!s.mandatory && <Typography.Text type="secondary">（法律规定“可以”，由执法机关裁量）</Typography.Text>}
          {s.alsoApplicableLabels.length > 0 && (
            <Typography.Text type="secondary">同时符合：{s.alsoApplicableLabels.join('、')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="处罚幅度">
          {s.circumstance === 'no_penalty' ? '不予行政处罚' : s.fineText}
          {yuan && s.fine?.kind === 'multiple' && `（按填写的金额计算：${yuan}）`}
        </Descriptions.Item>
        {s.otherPenalties && <Descriptions.Item label="其他处罚种类">{s.otherPenalties}</Descriptions.Item>}
        <Descriptions.Item label="依据">
          {s.basis.map((b) => (
            <div key={b}>{b}</div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label="适用顺序">
          {s.order.join(' > ')}（{s.orderBasis}）
        </Descriptions.Item>
      </Descriptions>
      {s.conflict && <Alert type="warning" showIcon message={s.conflict} style={{ marginTop: 12 }} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        理由
      </Typography.Title>
      <Table<Reason>
        size="small"
        rowKey={(r) => `${r.source}|${r.ref}|${r.text}`}
        pagination={false}
        dataSource={s.reasons}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '来源',
            key: 'ref',
            width: 220,
            render: (_: unknown, r) => (r.source === 'statute' ? r.ref : `裁量基准：${r.ref}`),
          },
          { title: '规定', dataIndex: 'text' },
          {
            title: '是否适用',
            dataIndex: 'applies',
            width: 90,
            render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? '适用' : '不适用'}</Tag>,
          },
          {
            title: '条件',
            key: 'conditions',
            render: (_: unknown, r) =>
              r.conditions.map((c) => (
                <div key={c.condition}>
                  {c.condition}：{c.held === null ? '未填写，条件不成立' : `填写为“${c.entered}”，${held(c.held)}`}
                </div>
              )),
          },
        ]}
      />
    </section>
  );
}

export default function SuggestionCard({ benchmark }: { benchmark: DiscretionBenchmark }) {
  const [form] = Form.useForm<{ facts?: Record<string, unknown> }>();
  const [result, setResult] = useState<PenaltySuggestionAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="处罚测算" style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary">
        填写案件事实，按本版本裁量基准和《中华人民共和国行政处罚法》第三十条至第三十三条测算适用的裁量情形和处罚幅度。未填写的事实视为不确定，相关条件不成立。测算结果供办案参考，不代替法制审核和集体讨论。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setBusy(true);
          setError(null);
          try {
            const facts = Object.fromEntries(
              Object.entries(values.facts ?? {}).filter(([, v]) => v !== undefined && v !== null),
            );
            setResult(
              await api.post<PenaltySuggestionAnswer>(`/discretion-benchmarks/${benchmark.id}/suggestion`, { facts }),
            );
          } catch (e) {
            setResult(null);
            setError(applyFieldErrors(form, e, ['facts']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Row gutter={16}>
          {benchmark.facts.map((f) => (
            <Col key={f.key} xs={24} md={12} xl={8}>
              <Form.Item name={['facts', f.key]} label={f.label}>
                <FactInput fact={f} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          测算处罚
        </Button>
      </Form>
      {result && <Result s={result} />}
    </Card>
  );
}
