// 行政复议申请 on the portal: what may be contested and how (the scope, the seven conditions of 第三十条, the limits
// of 第二十条、第二十一条, no fee under 第八十七条, the model 申请书), then the online application (第二十二条) without an
// account. On success the page shows the tracking number and the day the acceptance review ends.
import { acceptanceConditionLabels } from '@fazhi/core/modules';
import type { PortalInfo, SubmittedApplication } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Collapse, Form, Input, Radio, Result, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import DateField from '../../../components/DateField';
import { displayDate } from '../../../shell/datetime';
import { applyFieldErrors } from '../../../shell/errors';
import '../../../participation/participation.css';

interface Values {
  applicant: {
    kind: 'person' | 'organisation';
    name: string;
    idNumber?: string;
    creditCode?: string;
    phone?: string;
    address?: string;
  };
  respondentName: string;
  contestedAct: string;
  actOn?: string;
  knownOn: string;
  notInformed: boolean;
  requests: string;
  reasons: string;
}

const law = '《中华人民共和国行政复议法》';
const fields = [
  'applicant',
  'respondentName',
  'contestedAct',
  'actOn',
  'knownOn',
  'notInformed',
  'requests',
  'reasons',
];
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
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch(['applicant', 'kind'], form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SubmittedApplication | null>(null);

  const send = async (v: Values) => {
    const regionCode = portal.data?.regionCode;
    if (!regionCode) {
      setError('门户尚未设置所属行政区域，暂时无法提交，请稍后再试');
      return;
    }
    setBusy(true);
    setError(null);
    const trimmed = (s?: string) => (s?.trim() ? s.trim() : undefined);
    try {
      setDone(
        await api.post<SubmittedApplication>('/public/reconsideration-applications', {
          regionCode,
          applicant: {
            kind: v.applicant.kind,
            name: v.applicant.name,
            idNumber: trimmed(v.applicant.idNumber),
            creditCode: trimmed(v.applicant.creditCode),
            phone: trimmed(v.applicant.phone),
            address: trimmed(v.applicant.address),
          },
          respondentName: v.respondentName,
          contestedAct: v.contestedAct,
          actOn: v.actOn,
          knownOn: v.knownOn,
          notInformed: v.notInformed ?? false,
          requests: v.requests,
          reasons: v.reasons,
        }),
      );
    } catch (e) {
      setError(applyFieldErrors(form, e, fields));
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
        <Form.Item label="申请人" name={['applicant', 'kind']}>
          <Radio.Group
            options={[
              { value: 'person', label: '自然人' },
              { value: 'organisation', label: '法人或者其他组织' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={kind === 'organisation' ? '单位名称' : '姓名'}
          name={['applicant', 'name']}
          rules={[{ required: true, whitespace: true, message: '请填写申请人姓名或者名称' }]}
        >
          <Input maxLength={100} aria-label="申请人姓名或者名称" />
        </Form.Item>
        {kind === 'organisation' ? (
          <Form.Item label="统一社会信用代码" name={['applicant', 'creditCode']}>
            <Input maxLength={18} aria-label="统一社会信用代码" />
          </Form.Item>
        ) : (
          <Form.Item label="公民身份号码" name={['applicant', 'idNumber']} extra="加密保存，不公开">
            <Input maxLength={18} aria-label="公民身份号码" />
          </Form.Item>
        )}
        <Form.Item label="手机号码" name={['applicant', 'phone']} extra="便于行政复议机构联系您，不公开">
          <Input maxLength={11} aria-label="手机号码" />
        </Form.Item>
        <Form.Item
          label="被申请人（作出行政行为的行政机关）"
          name="respondentName"
          rules={[{ required: true, whitespace: true, message: '请填写被申请人' }]}
        >
          <Input maxLength={100} aria-label="被申请人" />
        </Form.Item>
        <Form.Item
          label="被申请行政复议的行政行为"
          name="contestedAct"
          rules={[{ required: true, whitespace: true, message: '请填写行政行为' }]}
        >
          <Input maxLength={500} placeholder="如：××号行政处罚决定" aria-label="被申请行政复议的行政行为" />
        </Form.Item>
        <Form.Item label="知道该行政行为的日期" name="knownOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DateField style={{ width: 200 }} aria-label="知道该行政行为的日期" />
        </Form.Item>
        <Form.Item label="行政行为作出日期（如知道）" name="actOn">
          <DateField style={{ width: 200 }} aria-label="行政行为作出日期" />
        </Form.Item>
        <Form.Item name="notInformed" valuePropName="checked">
          <Checkbox>行政机关作出行政行为时未告知我申请行政复议的权利、复议机关和申请期限</Checkbox>
        </Form.Item>
        <Form.Item
          label="行政复议请求"
          name="requests"
          rules={[{ required: true, whitespace: true, message: '请填写行政复议请求' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} aria-label="行政复议请求" />
        </Form.Item>
        <Form.Item
          label="事实和理由"
          name="reasons"
          rules={[{ required: true, whitespace: true, message: '请填写事实和理由' }]}
        >
          <Input.TextArea rows={6} maxLength={10000} showCount aria-label="事实和理由" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block size="large">
          提交行政复议申请
        </Button>
      </Form>
    </Card>
  );
}
