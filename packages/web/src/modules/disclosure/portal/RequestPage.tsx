// 政府信息公开申请 on the portal: what the guide (公开指南) says — the scope, how to apply, the periods and the fees as
// the region sets them — then the online request (第二十九条) without an account. On success the page shows the
// tracking number; the request is received on the day the body confirms it (第三十一条第（三）项).
import { applicantKindLabels } from '@fazhi/core/modules';
import type { DisclosureGuide, SubmittedDisclosureRequest } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Collapse, Form, Result, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { applyFieldErrors } from '../../../shell/errors';
import RequestFields, { requestBody, requestFieldNames, type RequestValues } from '../RequestFields';
import '../../../participation/participation.css';

export default function RequestPage() {
  const guide = useApi<DisclosureGuide>('/public/disclosure-guide');
  const [form] = Form.useForm<RequestValues>();
  const kind = Form.useWatch('applicantKind', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SubmittedDisclosureRequest | null>(null);

  const send = async (v: RequestValues) => {
    if (!guide.data) return;
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api.post<SubmittedDisclosureRequest>('/public/disclosure-requests', {
          regionCode: guide.data.regionCode,
          ...requestBody(v),
        }),
      );
    } catch (e) {
      setError(applyFieldErrors(form, e, requestFieldNames));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Card className="fz-pp">
        <Result
          status="success"
          title="政府信息公开申请已提交"
          subTitle="行政机关与您确认收到申请之日为收到申请之日，自该日起20个工作日内答复（《中华人民共和国政府信息公开条例》第三十一条、第三十三条）。"
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
          description="凭查询编号可以查询办理进度和答复；需要补正的，也凭查询编号在线补正。查询编号仅在本页显示一次，请抄写或截图保存。"
        />
        <div className="fz-pp-actions" style={{ marginTop: 16 }}>
          <Link to={`/disclosure/track?number=${encodeURIComponent(done.trackingNumber)}`}>
            <Button type="primary">查询办理进度</Button>
          </Link>
        </div>
      </Card>
    );

  return (
    <Card title="政府信息公开申请" className="fz-pp">
      <Typography.Paragraph type="secondary">
        已经提交过？<Link to="/disclosure/track">凭查询编号查询办理进度、在线补正</Link>
      </Typography.Paragraph>
      {guide.data && (
        <Collapse
          style={{ marginBottom: 16 }}
          items={guide.data.sections.map((s) => ({
            key: s.title,
            label: `政府信息公开指南：${s.title}`,
            children: s.paragraphs.map((p) => <Typography.Paragraph key={p}>{p}</Typography.Paragraph>),
          }))}
        />
      )}
      {guide.error && <Alert type="error" showIcon message={guide.error.message} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        requiredMark="optional"
        initialValues={{
          applicantKind: 'natural_person' satisfies keyof typeof applicantKindLabels,
          deliveryForm: 'email',
        }}
      >
        <RequestFields bodies={guide.data?.bodies ?? []} kind={kind} />
        <Button type="primary" htmlType="submit" loading={busy} disabled={!guide.data} block size="large">
          提交政府信息公开申请
        </Button>
      </Form>
    </Card>
  );
}
