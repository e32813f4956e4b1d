// 调整清单: one adjustment — 新增、取消、合并、下放 or 变更 — with its reason, approval and effective date, which the
// server makes the list's next version. The item's fields follow the list (its item kinds, its own columns); the
// server's refusals are placed on the fields they name (an item's `items.0.name` on 事项名称).
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import type { PowerListOverview, PowerListSummary, PowerListVersion } from '@fazhi/core/contracts';
import { adjustmentKindLabels, powerItemKindLabels } from '@fazhi/core/modules';
import { api, ApiError } from '../../api/client';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';

type Kind = 'add' | 'remove' | 'merge' | 'delegate' | 'change';
const kinds: Kind[] = ['add', 'change', 'remove', 'merge', 'delegate'];

interface Values {
  kind: Kind;
  itemCode?: string;
  name?: string;
  itemKind?: string;
  subItems?: string;
  law?: string;
  article?: string;
  clause?: string;
  implementingOrgId?: string;
  responsibilities?: string;
  accountability?: string;
  extra?: Record<string, string>;
  itemCodes?: string;
  toOrgId?: string;
  reason: string;
  approvedBy: string;
  approvedOn: string;
  effectiveOn: string;
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/[\n；;，,]/)
    .map((x) => x.trim())
    .filter(Boolean);

const fieldNames = [
  'itemCode',
  'name',
  'itemKind',
  'subItems',
  'law',
  'article',
  'clause',
  'implementingOrgId',
  'responsibilities',
  'accountability',
  'extra',
  'itemCodes',
  'toOrgId',
  'reason',
  'approvedBy',
  'approvedOn',
  'effectiveOn',
];

/** The server names an item's fields under items.N (and a basis under bases.N): the form has one item, one basis. */
function onForm(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  const path = (p: string) =>
    p
      .replace(/^items\.\d+\./, '')
      .replace(/^bases\.\d+\./, '')
      .replace(/^(subItems|responsibilities|accountability|itemCodes)\.\d+$/, '$1');
  return new ApiError(
    e.status,
    e.code,
    e.message,
    e.fields.map((f) => ({ ...f, path: path(f.path) })),
  );
}

export function AdjustForm({
  list,
  bodies,
  onDone,
}: {
  list: PowerListSummary;
  bodies: PowerListOverview['adjustableBodies'];
  onDone: () => void;
}) {
  const today = useToday();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'add';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const withItem = kind === 'add' || kind === 'change' || kind === 'merge';
  const withCodes = kind === 'remove' || kind === 'merge' || kind === 'delegate';
  const bodyOptions = bodies.map((b) => ({ value: b.id, label: b.name }));
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const item = {
      itemCode: v.itemCode ?? '',
      name: v.name ?? '',
      itemKind: v.itemKind ?? list.itemKinds[0],
      subItems: lines(v.subItems),
      bases: [{ law: v.law ?? '', article: v.article ?? '', ...(v.clause ? { clause: v.clause } : {}) }],
      implementingOrgId: v.implementingOrgId,
      responsibilities: lines(v.responsibilities),
      accountability: lines(v.accountability),
      extra: Object.fromEntries(Object.entries(v.extra ?? {}).filter(([, x]) => x)),
    };
    try {
      const version = await api.post<PowerListVersion>(`/power-lists/${list.listKind}/adjustments`, {
        kind: v.kind,
        reason: v.reason,
        approvedBy: v.approvedBy,
        approvedOn: v.approvedOn,
        effectiveOn: v.effectiveOn,
        items: withItem ? [item] : [],
        itemCodes: withCodes ? lines(v.itemCodes) : [],
        toOrgId: kind === 'delegate' ? v.toOrgId : null,
      });
      message.success(
        `已调整，形成第${version.versionNo}版（${version.standing === 'in_force' ? '现行有效' : '尚未施行'}）`,
      );
      form.resetFields();
      onDone();
    } catch (e) {
      setError(applyFieldErrors(form, onForm(e), fieldNames));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{
        kind: 'add',
        approvedOn: today,
        effectiveOn: today,
        implementingOrgId: bodies[0]?.id,
        itemKind: list.itemKinds.length === 1 ? list.itemKinds[0] : undefined,
      }}
      onFinish={submit}
    >
      <Form.Item name="kind" label="调整类型" rules={[{ required: true }]}>
        <Select aria-label="调整类型" options={kinds.map((k) => ({ value: k, label: adjustmentKindLabels[k] }))} />
      </Form.Item>
      {withCodes && (
        <Form.Item
          name="itemCodes"
          label={kind === 'merge' ? '被合并的事项编码' : kind === 'delegate' ? '下放的事项编码' : '取消的事项编码'}
          extra="多个编码用逗号或换行分隔"
          rules={[{ required: true, message: '请填写事项编码' }]}
        >
          <Input.TextArea rows={2} aria-label="涉及的事项编码" />
        </Form.Item>
      )}
      {kind === 'delegate' && (
        <Form.Item name="toOrgId" label="承接单位" rules={[{ required: true, message: '请选择承接单位' }]}>
          <Select aria-label="承接单位" options={bodyOptions} showSearch optionFilterProp="label" />
        </Form.Item>
      )}
      {withItem && (
        <>
          <Form.Item
            name="itemCode"
            label={kind === 'merge' ? '合并后的事项编码' : '事项编码'}
            rules={[{ required: true, message: '请填写事项编码' }]}
          >
            <Input aria-label="事项编码" maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label="事项名称" rules={[{ required: true, message: '请填写事项名称' }]}>
            <Input aria-label="事项名称" maxLength={200} />
          </Form.Item>
          {list.itemKinds.length > 1 && (
            <Form.Item name="itemKind" label="事项类型" rules={[{ required: true, message: '请选择事项类型' }]}>
              <Select
                aria-label="事项类型"
                options={list.itemKinds.map((k) => ({ value: k, label: powerItemKindLabels[k] }))}
              />
            </Form.Item>
          )}
          <Form.Item name="implementingOrgId" label="实施主体" rules={[{ required: true, message: '请选择实施主体' }]}>
            <Select aria-label="实施主体" options={bodyOptions} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="law" label="法律法规名称" rules={[{ required: true, message: '请填写法律法规名称' }]}>
            <Input aria-label="法律法规名称" placeholder="《中华人民共和国行政处罚法》" />
          </Form.Item>
          <Input.Group compact>
            <Form.Item
              name="article"
              label="条款"
              rules={[{ required: true, message: '请填写条款' }]}
              style={{ width: '50%' }}
            >
              <Input aria-label="条款" placeholder="第二十八条" />
            </Form.Item>
            <Form.Item name="clause" label="款项" style={{ width: '50%' }}>
              <Input aria-label="款项" placeholder="第一款" />
            </Form.Item>
          </Input.Group>
          <Form.Item name="subItems" label="子项" extra="多项用换行分隔">
            <Input.TextArea rows={2} aria-label="子项" />
          </Form.Item>
          <Form.Item name="responsibilities" label="责任事项" extra="多项用换行分隔">
            <Input.TextArea rows={2} aria-label="责任事项" />
          </Form.Item>
          <Form.Item name="accountability" label="追责情形" extra="多项用换行分隔">
            <Input.TextArea rows={2} aria-label="追责情形" />
          </Form.Item>
          {list.columns.map((c) => (
            <Form.Item
              key={c.key}
              name={['extra', c.key]}
              label={c.label}
              rules={c.required ? [{ required: true, message: `请填写${c.label}` }] : []}
            >
              {c.options ? (
                <Select aria-label={c.label} options={c.options.map((o) => ({ value: o, label: o }))} />
              ) : (
                <Input aria-label={c.label} />
              )}
            </Form.Item>
          ))}
        </>
      )}
      <Form.Item name="reason" label="调整理由" rules={[{ required: true, message: '请填写调整理由' }]}>
        <Input.TextArea rows={2} aria-label="调整理由" maxLength={500} />
      </Form.Item>
      <Form.Item name="approvedBy" label="批准机关及文件" rules={[{ required: true, message: '请填写批准机关及文件' }]}>
        <Input aria-label="批准机关及文件" placeholder="示范区人民政府 示政函〔2026〕12号" />
      </Form.Item>
      <Form.Item name="approvedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]}>
        <DateField aria-label="批准日期" />
      </Form.Item>
      <Form.Item name="effectiveOn" label="施行日期" rules={[{ required: true, message: '请选择施行日期' }]}>
        <DateField aria-label="施行日期" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        提交调整
      </Button>
    </Form>
  );
}
