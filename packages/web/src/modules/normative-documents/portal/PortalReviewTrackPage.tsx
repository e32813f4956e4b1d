// 建议审查进度查询: the requester enters the tracking number and sees the progress, the bureau's deadlines and the
// answer. Nothing personal is shown (the server's tracking view has no name or contact).
import { useSearchParams, Link } from 'react-router-dom';
import { Alert, Card, Descriptions, Input, Spin, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import { chineseDate, deadlineStatusText } from './portal-participation-format';
import type { TrackedReviewRequest } from '@fazhi/core/contracts';
import '../../../participation/participation.css';

const statusColor: Record<TrackedReviewRequest['status'], string> = {
  received: 'blue',
  accepted: 'processing',
  declined: 'default',
  answered: 'green',
};

export default function PortalReviewTrackPage() {
  const [params, setParams] = useSearchParams();
  const number = params.get('number') ?? '';
  const tracked = useApi<TrackedReviewRequest>(
    number ? `/public/normative-review-requests/${encodeURIComponent(number)}` : null,
  );
  const r = tracked.data;
  return (
    <Card title="建议审查办理进度查询" className="fz-pp">
      <Typography.Paragraph type="secondary">
        请输入提交审查建议时取得的查询编号（以 GF 开头）。还没有提交？
        <Link to="/normative-review-requests">提出审查建议</Link>
      </Typography.Paragraph>
      <Input.Search
        size="large"
        defaultValue={number}
        enterButton="查询"
        placeholder="查询编号，如 GF159901…"
        aria-label="查询编号"
        onSearch={(v) => setParams(v.trim() ? { number: v.trim().toUpperCase() } : {})}
        style={{ marginBottom: 16 }}
      />
      {tracked.loading && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {tracked.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={
            tracked.error.status === 404 ? '没有找到该查询编号对应的审查建议，请核对后重试' : tracked.error.message
          }
        />
      )}
      {r && (
        <div data-testid="tracking-result">
          <Descriptions column={1} size="small" bordered className="fz-pp-desc">
            <Descriptions.Item label="查询编号">{r.trackingNumber}</Descriptions.Item>
            <Descriptions.Item label="建议审查的文件">{r.documentTitle}</Descriptions.Item>
            <Descriptions.Item label="收到日期">{chineseDate(r.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="办理状态">
              <Tag color={statusColor[r.status]}>{r.statusLabel}</Tag>
            </Descriptions.Item>
            {r.decidedOn && (
              <Descriptions.Item label={r.status === 'declined' ? '不予受理日期' : '受理日期'}>
                {chineseDate(r.decidedOn)}
              </Descriptions.Item>
            )}
            {r.decisionReason && (
              <Descriptions.Item label="不予受理的理由">
                <div className="fz-pp-text">{r.decisionReason}</div>
              </Descriptions.Item>
            )}
            {r.answeredOn && <Descriptions.Item label="答复日期">{chineseDate(r.answeredOn)}</Descriptions.Item>}
          </Descriptions>
          {r.answer && (
            <Card size="small" title="审查结果和答复" style={{ marginTop: 16 }}>
              <div className="fz-pp-text">{r.answer}</div>
            </Card>
          )}
          {r.deadlines.length > 0 && (
            <section className="fz-pp-deadlines" aria-label="办理期限">
              <Typography.Text strong>办理期限</Typography.Text>
              {r.deadlines.map((d) => (
                <div key={d.kind} className="fz-pp-deadline">
                  <div className="fz-pp-deadline-head">
                    <span>{d.label}</span>
                    <span>
                      {chineseDate(d.due)}前 <Tag>{deadlineStatusText[d.status]}</Tag>
                    </span>
                  </div>
                  <div className="fz-pp-basis">依据：{d.basis}</div>
                </div>
              ))}
            </section>
          )}
        </div>
      )}
    </Card>
  );
}
