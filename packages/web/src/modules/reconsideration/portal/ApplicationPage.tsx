// 行政复议申请 on the portal: what may be contested and how (the scope, the seven conditions of 第三十条, the limits
// of 第二十条、第二十一条, no fee under 第八十七条, the model 申请书), then the online application (第二十二条) without an
// account. On success the page shows the tracking number and the day the acceptance review ends.
import { acceptanceConditionLabels } from '@fazhi/core/modules';
import type { PortalInfo, SubmittedApplication } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Collapse, Form, Result, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import ApplicationFields, {
  applicationBody,
  applicationFieldNames,
  type ApplicationValues,
} from '../ApplicationFields';
import { displayDate } from '../../../shell/datetime';
import { applyFieldErrors } from '../../../shell/errors';
import '../../../participation/participation.css';

const law = '《中华人民共和国行政复议法》';
const model = `行政复议申请书

申请人：姓名（名称）、性别、出生年月、公民身份号码（统一社会信用代码）、住所、联系电话
被申请人：作出行政行为的行政机关名称
行政复议请求：（如：请求撤销被申请人于××××年××月××日作出的××号行政处罚决定）
事实和理由：（写明知道该行政行为的日期、行政行为的内容和认为其违法或者不当的理由）
此致
××人民政府
申请人（签名或者盖章）
××××年××月××日

附：行政行为的书面材料或者相关证明、申请人身份证明等`;

function Guide() {
  return (
    <Collapse
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'scope',
          label: '可以申请行政复议的事项',
          children: (
            <Typography.Paragraph>
              公民、法人或者其他组织认为行政机关的行政行为侵犯其合法权益的，可以依照{law}
              第十一条申请行政复议，例如对行政处罚决定、行政强制措施、行政许可决定不服，或者认为行政机关不履行法定职责等；第十二条规定的事项（如国防、外交等国家行为，行政机关对行政机关工作人员的奖惩、任免等决定）不属于行政复议范围。
            </Typography.Paragraph>
          ),
        },
        {
          key: 'conditions',
          label: `受理条件（${law}第三十条）`,
          children: (
            <ol>
              {Object.values(acceptanceConditionLabels).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
          ),
        },
        {
          key: 'limits',
          label: '申请期限和办理程序',
          children: (
            <Typography.Paragraph>
              自知道或者应当知道该行政行为之日起六十日内提出（第二十条第一款）；因不可抗力等正当理由耽误的，自障碍消除之日起继续计算（第二十条第二款）；行政机关未告知申请权利和期限的，最长不超过一年（第二十条第三款）；自行政行为作出之日起超过五年（不动产超过二十年）的不予受理（第二十一条）。行政复议机关收到申请后五个工作日内审查，材料不齐全的一次性通知补正，申请人应自收到通知之日起十个工作日内补正（第三十条、第三十一条）。受理后一般在六十日内、简易程序在三十日内作出决定（第六十二条）。行政复议机关受理申请不收取任何费用（第八十七条）。
            </Typography.Paragraph>
          ),
        },
        {
          key: 'model',
          label: '行政复议申请书（样本）',
          children: (
            <pre className="fz-pp-text" style={{ whiteSpace: 'pre-wrap' }}>
              {model}
            </pre>
          ),
        },
      ]}
    />
  );
}

export default function ApplicationPage() {
  const portal = useApi<PortalInfo>('/public/portal');
  const [form] = Form.useForm<ApplicationValues>();
  const kind = Form.useWatch(['applicant', 'kind'], form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SubmittedApplication | null>(null);

  const send = async (v: ApplicationValues) => {
    const regionCode = portal.data?.regionCode;
    if (!regionCode) {
      setError('门户尚未设置所属行政区域，暂时无法提交，请稍后再试');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api.post<SubmittedApplication>('/public/reconsideration-applications', {
          regionCode,
          ...applicationBody(v),
        }),
      );
    } catch (e) {
      setError(applyFieldErrors(form, e, applicationFieldNames));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Card className="fz-pp">
        <Result
          status="success"
          title="行政复议申请已提交"
          subTitle={`行政复议机关将于${displayDate(done.acceptanceDue)}前完成受理审查（第三十条）。`}
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
          description="凭查询编号可以查询受理和办理情况；需要补正的，也凭查询编号在线提交补正材料。查询编号仅在本页显示一次，请抄写或截图保存。"
        />
        <div className="fz-pp-actions" style={{ marginTop: 16 }}>
          <Link to={`/reconsideration/track?number=${encodeURIComponent(done.trackingNumber)}`}>
            <Button type="primary">查询办理进度</Button>
          </Link>
        </div>
      </Card>
    );

  return (
    <Card title="行政复议申请" className="fz-pp">
      <Typography.Paragraph type="secondary">
        已经提交过？<Link to="/reconsideration/track">凭查询编号查询办理进度、提交补正材料</Link>
      </Typography.Paragraph>
      <Guide />
      {portal.error && <Alert type="error" showIcon message={portal.error.message} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        requiredMark="optional"
        initialValues={{ applicant: { kind: 'person' } }}
      >
        <ApplicationFields kind={kind} />
        <Button type="primary" htmlType="submit" loading={busy} block size="large">
          提交行政复议申请
        </Button>
      </Form>
    </Card>
  );
}
