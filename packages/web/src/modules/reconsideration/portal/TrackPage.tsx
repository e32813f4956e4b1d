// 行政复议申请办理进度查询: the applicant types the tracking number and sees the progress (each act's name and day) and,
// while a 补正 is owed, the items and the last day, with the form to send the correction (第三十一条). Nothing
// personal is shown: the server's tracking view has no name or identifier.
import { reconsiderationStatusLabels } from '@fazhi/core/modules';
import type { TrackedApplication } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Input, Spin, Tag, Timeline, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import TrackingCorrectionForm from '../../../components/TrackingCorrectionForm';
import '../../../participation/participation.css';

export default function TrackPage() {
  const [params, setParams] = useSearchParams();
  const number = params.get('number') ?? '';
  const tracked = useApi<TrackedApplication>(
    number ? `/public/reconsideration-applications/${encodeURIComponent(number)}` : null,
  );
  const [fresh, setFresh] = useState<TrackedApplication | null>(null);
  const t = fresh ?? tracked.data;
  return (
    <Card title="行政复议申请办理进度查询" className="fz-pp">
      <Typography.Paragraph type="secondary">
        请输入提交申请时取得的查询编号（以 FY 开头）。还没有申请？<Link to="/reconsideration">网上申请行政复议</Link>
      </Typography.Paragraph>
      <Input.Search
        size="large"
        defaultValue={number}
        enterButton="查询"
        placeholder="查询编号，如 FY159901…"
        aria-label="查询编号"
        onSearch={(v) => {
          setFresh(null);
          setParams(v.trim() ? { number: v.trim().toUpperCase() } : {});
        }}
        style={{ marginBottom: 16 }}
      />
      {tracked.loading && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {tracked.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={
            tracked.error.status === 404 ? '没有找到该查询编号对应的行政复议申请，请核对后重试' : tracked.error.message
          }
        />
      )}
      {t && (
        <div data-testid="tracking-result">
          <Descriptions column={1} size="small" bordered className="fz-pp-desc">
            <Descriptions.Item label="查询编号">{t.trackingNumber}</Descriptions.Item>
            <Descriptions.Item label="行政复议机关">{t.bodyName}</Descriptions.Item>
            <Descriptions.Item label="被申请人">{t.respondentName}</Descriptions.Item>
            <Descriptions.Item label="行政行为">{t.contestedAct}</Descriptions.Item>
            <Descriptions.Item label="收到日期">{displayDate(t.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="办理状态">
              <Tag color="blue" data-testid="tracking-status">
                {reconsiderationStatusLabels[t.status]}
              </Tag>
            </Descriptions.Item>
            {t.refusalReason && <Descriptions.Item label="不予受理的理由">{t.refusalReason}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            办理过程
          </Typography.Title>
          <Timeline items={t.acts.map((a) => ({ children: `${displayDate(a.on)} ${a.label}` }))} />
          {t.correction && (
            <Card size="small" title="需要补正的材料" style={{ marginTop: 8 }}>
              <ol>
                {t.correction.items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ol>
              <Typography.Paragraph>
                请于{displayDate(t.correction.due)}
                前提交补正材料；无正当理由逾期不补正的，视为放弃行政复议申请（《中华人民共和国行政复议法》第三十一条）。
              </Typography.Paragraph>
              <TrackingCorrectionForm<TrackedApplication>
                url={`/public/reconsideration-applications/${encodeURIComponent(t.trackingNumber)}/correction`}
                label="补正材料说明"
                requiredMessage="请说明补正的材料和内容"
                submitLabel="提交补正材料"
                onDone={setFresh}
              />
            </Card>
          )}
        </div>
      )}
    </Card>
  );
}
