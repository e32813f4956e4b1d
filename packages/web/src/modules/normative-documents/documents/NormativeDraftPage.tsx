// 起草规范性文件: the drafting unit records the draft — title, type, issuer, legal bases, whether it touches rights
// and duties or market activity (which decides whether consultation and the fair-competition review are needed),
// the text by article and the drafting explanation. The server checks everything again and names wrong fields.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, Radio, Select, Space } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { DocumentKind } from '@fazhi/core/normative-documents';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import type { OrgRow, NormativeDocument } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../../../shell/errors';
import { useSession } from '../../../shell/session';
import {
  ArticlesField,
  articlesBody,
  LegalBasesField,
  legalBasesBody,
  type ArticleValue,
  type LegalBasisValue,
} from './draft-fields';
import { documentKindLabels } from '../normative-labels';

interface DraftValues {
  draftingOrgId: string;
  issuerOrgId?: string;
  title: string;
  kind: DocumentKind;
  legalBases: LegalBasisValue[];
  affectsMarket: boolean;
  articles: ArticleValue[];
  draftingExplanation: string;
}

const draftingRoles = ['legal_officer', 'unit_head'];
const fieldNames = [
  'draftingOrgId',
  'issuerOrgId',
  'title',
  'kind',
  'legalBases',
  'affectsMarket',
  'articles',
  'draftingExplanation',
];

export default function NormativeDraftPage() {
  const { session, holds } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<DraftValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const orgs = useApi<{ items: OrgRow[] }>('/orgs');

  // The units this person drafts for: those of their drafting roles (legal officer, unit head).
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const a of session.assignments)
      if (a.orgId && draftingRoles.includes(a.role) && !seen.has(a.orgId)) seen.set(a.orgId, a.orgName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [session.assignments]);
  const draftingOrgId = Form.useWatch('draftingOrgId', form) ?? units[0]?.value;
  // 发文机关: the drafting unit itself, or the people's government of its region (drafted on its behalf).
  const issuers = useMemo(() => {
    const all = orgs.data?.items ?? [];
    const drafting = all.find((o) => o.id === draftingOrgId);
    const own = units.find((u) => u.value === draftingOrgId);
    const list = own ? [{ value: own.value, label: `${own.label}（本单位）` }] : [];
    for (const o of all)
      if (o.kind === 'government' && drafting && o.regionCode === drafting.regionCode && o.id !== draftingOrgId)
        list.push({ value: o.id, label: `${o.name}（本级人民政府）` });
    return list;
  }, [orgs.data, draftingOrgId, units]);

  if (!holds('normative.draft') || units.length === 0)
    return (
      <div className="fz-panel">
        <Alert type="warning" showIcon message="您没有起草规范性文件的权限（须为起草单位的法制工作人员或负责人）。" />
      </div>
    );

  const submit = async (v: DraftValues) => {
    setBusy(true);
    setError(null);
    try {
      const doc = await api.post<NormativeDocument>('/normative-documents', {
        draftingOrgId: v.draftingOrgId,
        ...(v.issuerOrgId && v.issuerOrgId !== v.draftingOrgId ? { issuerOrgId: v.issuerOrgId } : {}),
        title: v.title.trim(),
        kind: v.kind,
        legalBases: legalBasesBody(v.legalBases),
        affectsMarket: v.affectsMarket,
        articles: articlesBody(v.articles),
        draftingExplanation: v.draftingExplanation.trim(),
      });
      navigate(consoleLink(normativeMenu, 'normative-documents', doc.id));
    } catch (e) {
      setError(applyFieldErrors(form, e, fieldNames));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fz-panel" style={{ maxWidth: 980 }}>
      <h2 style={{ fontSize: 18, marginTop: 0 }}>
        <FileAddOutlined /> 起草规范性文件
      </h2>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="draft-error" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onFinishFailed={() => setError('请按提示补全或修改标红的内容')}
        initialValues={{
          draftingOrgId: units[0]?.value,
          kind: 'ordinary',
          legalBases: [{ title: '' }],
          articles: [{ body: '' }],
        }}
      >
        <Form.Item
          name="draftingOrgId"
          label="起草单位"
          hidden={units.length < 2}
          rules={[{ required: true, message: '请选择起草单位' }]}
        >
          <Select options={units} style={{ maxWidth: 400 }} />
        </Form.Item>
        {units.length < 2 && <p style={{ marginTop: -8 }}>起草单位：{units[0]?.label}</p>}
        <Form.Item
          name="title"
          label="文件标题"
          rules={[
            { required: true, whitespace: true, message: '请填写文件标题' },
            { max: 200, message: '文件标题不能超过200个字符' },
          ]}
        >
          <Input placeholder="如 示范区集贸市场管理办法" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="kind" label="文件类型" extra="暂行、试行文件有效期较短（一般不超过2年）">
            <Radio.Group
              options={Object.entries(documentKindLabels).map(([value, label]) => ({ value, label }))}
              optionType="button"
            />
          </Form.Item>
          <Form.Item name="issuerOrgId" label="发文机关" extra="不填则以起草单位名义发文；不得以内设机构名义制发">
            <Select options={issuers} allowClear placeholder="起草单位" style={{ width: 360 }} />
          </Form.Item>
        </Space>
        <Form.Item label="制定依据（法律、法规、规章及上级文件）" required>
          <LegalBasesField />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item
            name="affectsMarket"
            label="是否涉及市场主体经济活动"
            extra="涉及的，应当进行公平竞争审查"
            rules={[{ required: true, message: '请说明是否涉及市场主体经济活动' }]}
          >
            <Radio.Group options={yesNo} />
          </Form.Item>
        </Space>
        <Form.Item label="正文（按条录入）" required>
          <ArticlesField />
        </Form.Item>
        <Form.Item
          name="draftingExplanation"
          label="起草说明"
          extra="制定的必要性、主要内容、征求意见及采纳情况等"
          rules={[{ required: true, whitespace: true, message: '请填写起草说明' }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存草案
          </Button>
          <Link to={consoleLink(normativeMenu, 'normative-documents')}>
            <Button>返回列表</Button>
          </Link>
        </Space>
      </Form>
    </div>
  );
}

const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];
