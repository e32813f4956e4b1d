// 建议审查: a citizen or organisation that considers a normative document unlawful asks the justice bureau to review
// it (国发〔2008〕17号 (十四)), without an account. On success the page shows the tracking number and the date by
// which the bureau decides whether to accept, with the advice to keep the number for tracking.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Radio, Result, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import type { PortalInfo, SubmittedReviewRequest } from '@fazhi/core/contracts';
import { applyFieldErrors } from '../../../shell/errors';
import { chineseDate } from './portal-participation-format';
import PortalDocumentPicker from './PortalDocumentPicker';
import '../../../participation/participation.css';

interface Values {
  documentTitle: string;
  requesterKind: 'citizen' | 'organisation';
  requesterName: string;
  contact?: string;
  reasons: string;
}

const max = (n: number) => ({ max: n, message: `不能超过${n}个字符` });

export default function PortalReviewRequestPage() {
  const portal = useApi<PortalInfo>('/public/portal');
  const [params] = useSearchParams();
  // a document page may link here with the document already named (?documentId=…&title=…)
  // or a document picked from the catalogue's suggestions (PortalDocumentPicker)
  const [documentId, setDocumentId] = useState<string | null>(params.get('documentId'));
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('requesterKind', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SubmittedReviewRequest | null>(null);

  const send = async (v: Values) => {
    const regionCode = portal.data?.regionCode;
    if (!regionCode) {
      setError('门户尚未设置所属行政区域，暂时无法提交，请稍后再试');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api.post<SubmittedReviewRequest>('/public/normative-review-requests', {
          regionCode,
          documentTitle: v.documentTitle,
          ...(documentId ? { documentId } : {}),
          requesterKind: v.requesterKind,
          requesterName: v.requesterName,
          ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}),
          reasons: v.reasons,
        }),
      );
    } catch (e) {
      setError(applyFieldErrors(form, e, ['documentTitle', 'requesterKind', 'requesterName', 'contact', 'reasons']));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Card className="fz-pp">
        <Result
          status="success"
          title="审查建议已提交"
          subTitle={`司法局将于${chineseDate(done.acceptanceDue)}前决定是否受理。`}
        />
        <div className="fz-pp-tracking" data-testid="tracking-number">
          <div>查询编号</div>
          <strong>{done.trackingNumber}</strong>
        </div>
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          message="请妥善保存查询编号"
          description="凭查询编号可以随时查询受理情况、办理期限和审查答复。查询编号仅在本页显示一次，请抄写或截图保存。"
        />
        <div className="fz-pp-actions" style={{ marginTop: 16 }}>
          <Link to={`/normative-review-requests/track?number=${encodeURIComponent(done.trackingNumber)}`}>
            <Button type="primary">查询办理进度</Button>
          </Link>
        </div>
      </Card>
    );

  return (
    <Card title="规范性文件建议审查" className="fz-pp">
      <Typography.Paragraph type="secondary">
        公民、法人和其他组织认为行政规范性文件违反法律、法规、规章规定的，可以向司法局提出审查建议。司法局收到后依法决定是否受理，受理的在规定期限内审查并答复。
      </Typography.Paragraph>
      <Typography.Paragraph>
        已经提交过？<Link to="/normative-review-requests/track">凭查询编号查询办理进度</Link>
      </Typography.Paragraph>
      {portal.error && <Alert type="error" showIcon message={portal.error.message} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        requiredMark="optional"
        initialValues={{ requesterKind: 'citizen', documentTitle: params.get('title') ?? undefined }}
      >
        <Form.Item
          label="建议审查的文件（名称或文号）"
          name="documentTitle"
          rules={[{ required: true, whitespace: true, message: '请填写文件名称或文号' }, max(200)]}
        >
          <PortalDocumentPicker onPick={setDocumentId} />
        </Form.Item>
        <Form.Item label="建议人" name="requesterKind" rules={[{ required: true, message: '请选择公民或组织' }]}>
          <Radio.Group
            options={[
              { value: 'citizen', label: '公民' },
              { value: 'organisation', label: '法人或其他组织' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={kind === 'organisation' ? '单位名称' : '姓名'}
          name="requesterName"
          rules={[{ required: true, whitespace: true, message: '请填写姓名或单位名称' }, max(100)]}
        >
          <Input maxLength={100} aria-label="姓名或单位名称" />
        </Form.Item>
        <Form.Item label="联系方式" name="contact" extra="便于司法局联系您，不公开" rules={[max(100)]}>
          <Input maxLength={100} aria-label="联系方式" />
        </Form.Item>
        <Form.Item
          label="审查建议和理由"
          name="reasons"
          rules={[{ required: true, whitespace: true, message: '请填写审查建议和理由' }, max(5000)]}
        >
          <Input.TextArea
            rows={6}
            showCount
            maxLength={5000}
            placeholder="请写明文件的哪些内容与哪部法律、法规、规章的规定不一致，以及理由"
            aria-label="审查建议和理由"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block size="large">
          提交审查建议
        </Button>
      </Form>
    </Card>
  );
}
