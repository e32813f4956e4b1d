// 起草、修改、修订裁量基准: the item (its 事项编码, name and legal basis as the body published them in its powers list)
// and its circumstances, each with the conditions on the case's facts and the fine — an amount range in whole yuan
// or a multiple of the illegal gains or the goods' value — or the other penalties. The same form drafts a new
// benchmark (`new`), revises a published one as its next version with the reason (`new?from=<id>`), and changes a
// draft (`<id>/edit`). The server checks the whole (core benchmarkProblems) and names what is wrong.
import { consoleLink, discretionMenu, circumstanceLabels, factKinds, factLevels } from '@fazhi/core/modules';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { DiscretionBenchmark, DiscretionCircumstance } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { applyFieldErrors } from '../../shell/errors';

type FactKey = keyof typeof factKinds;
type Op = 'is' | 'lt' | 'lte' | 'gt' | 'gte';
interface ConditionValues {
  fact?: FactKey;
  op?: Op;
  value?: boolean | number | string;
}
interface CircumstanceValues {
  kind?: DiscretionCircumstance['kind'];
  description?: string;
  conditions?: ConditionValues[];
  fineKind: 'none' | 'amount' | 'multiple';
  minYuan?: number;
  maxYuan?: number;
  of?: 'illegalGainsYuan' | 'goodsValueYuan';
  minTimes?: number;
  maxTimes?: number;
  otherPenalties?: string;
}
interface Values {
  implementingOrgId?: string;
  itemCode?: string;
  itemName?: string;
  legalBasis?: string;
  reason?: string;
  circumstances: CircumstanceValues[];
}

const kinds = Object.entries(circumstanceLabels).map(([value, label]) => ({ value, label }));
const facts = Object.entries(factKinds).map(([value, f]) => ({ value, label: f.label }));
const opOptions: { value: Op; label: string }[] = [
  { value: 'is', label: '为' },
  { value: 'lt', label: '低于' },
  { value: 'lte', label: '不超过' },
  { value: 'gt', label: '超过' },
  { value: 'gte', label: '不低于' },
];
const fineKinds = [
  { value: 'none', label: '不设罚款' },
  { value: 'amount', label: '罚款金额区间（元）' },
  { value: 'multiple', label: '倍数区间' },
];
const bases = [
  { value: 'illegalGainsYuan', label: '违法所得' },
  { value: 'goodsValueYuan', label: '货值金额' },
];

function fromAnswer(c: DiscretionCircumstance): CircumstanceValues {
  const f = c.fine;
  return {
    kind: c.kind,
    description: c.description,
    conditions: c.conditions,
    otherPenalties: c.otherPenalties,
    fineKind: f ? f.kind : 'none',
    ...(f?.kind === 'amount' ? { minYuan: f.minYuan, maxYuan: f.maxYuan } : {}),
    ...(f?.kind === 'multiple' ? { of: f.of, minTimes: f.minTimes, maxTimes: f.maxTimes } : {}),
  };
}

function toBody(c: CircumstanceValues) {
  const fine =
    c.fineKind === 'amount'
      ? { kind: 'amount', minYuan: c.minYuan, maxYuan: c.maxYuan }
      : c.fineKind === 'multiple'
        ? { kind: 'multiple', of: c.of, minTimes: c.minTimes, maxTimes: c.maxTimes }
        : null;
  return {
    kind: c.kind,
    description: c.description,
    conditions: c.conditions ?? [],
    fine,
    otherPenalties: c.otherPenalties ?? '',
  };
}

/** The value of a condition, in the input its fact takes. */
function ValueInput({ fact, ...rest }: { fact?: FactKey; value?: unknown; onChange?: (v: unknown) => void }) {
  const type = fact ? factKinds[fact].type : 'number';
  if (type === 'number') return <InputNumber min={0} aria-label="比较值" {...rest} value={rest.value as number} />;
  const options: { value: boolean | string; label: string }[] =
    type === 'boolean'
      ? [
          { value: true, label: '是' },
          { value: false, label: '否' },
        ]
      : Object.entries(factLevels[fact as keyof typeof factLevels]).map(([value, label]) => ({ value, label }));
  return <Select style={{ width: 200 }} options={options} aria-label="比较值" {...rest} />;
}

function Conditions({ at }: { at: number }) {
  return (
    <Form.List name={[at, 'conditions']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="baseline">
              <Form.Item name={[field.name, 'fact']} rules={[{ required: true, message: '请选择案件事实' }]}>
                <Select style={{ width: 300 }} options={facts} placeholder="案件事实" aria-label="案件事实" />
              </Form.Item>
              <Form.Item name={[field.name, 'op']} initialValue="is">
                <Select style={{ width: 100 }} options={opOptions} aria-label="比较方式" />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => (
                  <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: '请填写比较值' }]}>
                    <ValueInput
                      fact={getFieldValue(['circumstances', at, 'conditions', field.name, 'fact']) as FactKey}
                    />
                  </Form.Item>
                )}
              </Form.Item>
              <Button type="link" onClick={() => remove(field.name)}>
                删除条件
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ op: 'is' })} style={{ marginBottom: 12 }}>
            增加适用条件
          </Button>
        </>
      )}
    </Form.List>
  );
}

function CircumstanceFields({ at, onRemove }: { at: number; onRemove: () => void }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      extra={
        <Button type="link" onClick={onRemove}>
          删除情形
        </Button>
      }
    >
      <Space wrap align="baseline">
        <Form.Item name={[at, 'kind']} label="裁量情形" rules={[{ required: true, message: '请选择裁量情形' }]}>
          <Select style={{ width: 140 }} options={kinds} aria-label="裁量情形" />
        </Form.Item>
        <Form.Item name={[at, 'fineKind']} label="罚款幅度">
          <Select style={{ width: 200 }} options={fineKinds} aria-label="罚款幅度" />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) => {
            const fineKind = getFieldValue(['circumstances', at, 'fineKind']) as CircumstanceValues['fineKind'];
            if (fineKind === 'amount')
              return (
                <>
                  <Form.Item name={[at, 'minYuan']} label="罚款下限（元）">
                    <InputNumber min={0} precision={0} aria-label="罚款下限（元）" />
                  </Form.Item>
                  <Form.Item name={[at, 'maxYuan']} label="罚款上限（元）">
                    <InputNumber min={0} precision={0} aria-label="罚款上限（元）" />
                  </Form.Item>
                </>
              );
            if (fineKind === 'multiple')
              return (
                <>
                  <Form.Item name={[at, 'of']} label="计算基数" initialValue="illegalGainsYuan">
                    <Select style={{ width: 120 }} options={bases} aria-label="倍数的计算基数" />
                  </Form.Item>
                  <Form.Item name={[at, 'minTimes']} label="倍数下限">
                    <InputNumber min={0} step={0.1} aria-label="倍数下限" />
                  </Form.Item>
                  <Form.Item name={[at, 'maxTimes']} label="倍数上限">
                    <InputNumber min={0} step={0.1} aria-label="倍数上限" />
                  </Form.Item>
                </>
              );
            return null;
          }}
        </Form.Item>
      </Space>
      <Form.Item name={[at, 'description']} label="情形描述" rules={[{ required: true, message: '请填写情形描述' }]}>
        <Input.TextArea rows={2} aria-label="情形描述" />
      </Form.Item>
      <Form.Item name={[at, 'otherPenalties']} label="其他处罚种类">
        <Input placeholder="如：警告；没收违法所得" aria-label="其他处罚种类" />
      </Form.Item>
      <Typography.Text type="secondary">适用条件（同时具备时适用；一般情形不设条件）</Typography.Text>
      <Conditions at={at} />
    </Card>
  );
}

const emptyCircumstances: CircumstanceValues[] = [
  { kind: 'general', fineKind: 'amount', description: '不具有其他裁量情形的', conditions: [] },
];

export default function BenchmarkFormPage() {
  const { id } = useParams<{ id?: string }>();
  const [search] = useSearchParams();
  const from = search.get('from');
  const source = id ?? from;
  const navigate = useNavigate();
  const list = useApi<{ bodies: { id: string; name: string }[] }>(id ? null : '/discretion-benchmarks');
  const existing = useApi<DiscretionBenchmark>(source ? `/discretion-benchmarks/${source}` : null);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (existing.error) return <Alert type="error" showIcon message={existing.error.message} />;
  if ((source && !existing.data) || (!id && !list.data)) return <Card loading />;
  const e = existing.data;
  const initial: Values = e
    ? {
        implementingOrgId: e.implementingOrgId,
        itemCode: e.itemCode,
        itemName: e.itemName,
        legalBasis: e.legalBasis,
        circumstances: e.circumstances.map(fromAnswer),
      }
    : { implementingOrgId: list.data?.bodies[0]?.id, circumstances: emptyCircumstances };
  const title = id ? `修改裁量基准草稿（第${e?.versionNo}版）` : from ? '修订裁量基准（起草新版本）' : '起草裁量基准';
  return (
    <Card size="small" title={title}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            const content = {
              itemName: v.itemName,
              legalBasis: v.legalBasis,
              circumstances: v.circumstances.map(toBody),
            };
            if (id) {
              await api.put(`/discretion-benchmarks/${id}`, content);
              navigate(consoleLink(discretionMenu, 'discretion-benchmarks', id));
            } else {
              const created = await api.post<{ id: string }>('/discretion-benchmarks', {
                implementingOrgId: v.implementingOrgId,
                itemCode: v.itemCode,
                reason: from ? v.reason : undefined,
                ...content,
              });
              navigate(consoleLink(discretionMenu, 'discretion-benchmarks', created.id));
            }
          } catch (err) {
            setError(
              applyFieldErrors(form, err, ['implementingOrgId', 'itemCode', 'itemName', 'legalBasis', 'reason']),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <Space wrap align="baseline">
          <Form.Item name="implementingOrgId" label="实施机关" rules={[{ required: true, message: '请选择实施机关' }]}>
            <Select
              style={{ width: 260 }}
              disabled={Boolean(source)}
              options={
                e
                  ? [{ value: e.implementingOrgId, label: e.bodyName }]
                  : (list.data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name }))
              }
              aria-label="实施机关"
            />
          </Form.Item>
          <Form.Item name="itemCode" label="事项编码" rules={[{ required: true, message: '请填写事项编码' }]}>
            <Input style={{ width: 220 }} disabled={Boolean(source)} aria-label="事项编码" />
          </Form.Item>
        </Space>
        <Form.Item name="itemName" label="事项名称" rules={[{ required: true, message: '请填写事项名称' }]}>
          <Input aria-label="事项名称" />
        </Form.Item>
        <Form.Item name="legalBasis" label="法律依据" rules={[{ required: true, message: '请填写法律依据' }]}>
          <Input.TextArea
            rows={2}
            aria-label="法律依据"
            placeholder="法律、法规、规章名称和条款项，以及法定处罚种类和幅度"
          />
        </Form.Item>
        {from && (
          <Form.Item name="reason" label="修订理由" rules={[{ required: true, message: '请填写修订理由' }]}>
            <Input.TextArea rows={2} aria-label="修订理由" />
          </Form.Item>
        )}
        <Typography.Title level={5}>裁量情形</Typography.Title>
        <Form.List name="circumstances">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <CircumstanceFields key={field.key} at={field.name} onRemove={() => remove(field.name)} />
              ))}
              <Button
                type="dashed"
                onClick={() => add({ fineKind: 'amount', conditions: [] })}
                style={{ marginBottom: 12 }}
              >
                增加裁量情形
              </Button>
            </>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <div>
          <Button type="primary" htmlType="submit" loading={busy}>
            {id ? '保存草稿' : '起草'}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
