// 政府信息公开申请办理进度查询: the applicant types the tracking number and sees the status, each act's name and day,
// the periods running (the reply's, 第三十三条; the correction's, 第三十条) and, while a 补正 is owed, the items and the
// form to send it; then the answer. Nothing personal is shown: the server's tracking view has no name or identifier.
import { requestStatusLabels } from '@fazhi/core/modules';
import type { TrackedDisclosureRequest } from '@fazhi/core/contracts';
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
  const tracked = useApi<TrackedDisclosureRequest>(
    number ? `/public/disclosure-requests/${encodeURIComponent(number)}` : null,
  );
  const [fresh, setFresh] = useState<TrackedDisclosureRequest | null>(null);
  const t = fresh ?? tracked.data;
  return (
    <Card title="政府信息公开申请办理进度查询" className="fz-pp">
      <Typography.Paragraph type="secondary">
        请输入提交申请时取得的查询编号（以 GK 开头）。还没有申请？<Link to="/disclosure">网上申请政府信息公开</Link>
      </Typography.Paragraph>
      <Input.Search
        size="large"
        defaultValue={number}
        enterButton="查询"
        placeholder="查询编号，如 GK159901…"
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
          message={tracked.error.status === 404 ? '没有找到该查询编号对应的申请，请核对后重试' : tracked.error.message}
        />
      )}
      {t && (
        <div data-testid="tracking-result">
          <Descriptions column={1} size="small" bordered className="fz-pp-desc">
            <Descriptions.Item label="查询编号">{t.trackingNumber}</Descriptions.Item>
            <Descriptions.Item label="被申请机关">{t.bodyName}</Descriptions.Item>
            <Descriptions.Item label="所需政府信息">{t.informationDescription}</Descriptions.Item>
            <Descriptions.Item label="提交日期">{displayDate(t.submittedOn)}</Descriptions.Item>
            <Descriptions.Item label="收到申请日期">
              {t.receivedOn ? displayDate(t.receivedOn) : '等待行政机关确认'}
            </Descriptions.Item>
            <Descriptions.Item label="办理状态">
              <Tag color="blue" data-testid="tracking-status">
                {requestStatusLabels[t.status]}
              </Tag>
            </Descriptions.Item>
            {t.deadlines.map((d) => (
              <Descriptions.Item key={d.label} label={d.label}>
                {d.status === 'paused' ? '暂停计算' : `${displayDate(d.due)}前`}（{d.basis}）
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            办理过程
          </Typography.Title>
          <Timeline items={t.acts.map((a) => ({ children: `${displayDate(a.on)} ${a.label}` }))} />
          {t.correction && (
            <Card size="small" title="需要补正的事项" style={{ marginTop: 8 }}>
              <ol>
                {t.correction.items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ol>
              <Typography.Paragraph>
                请于{displayDate(t.correction.due)}
                前补正；答复期限自行政机关收到补正的申请之日起计算，无正当理由逾期不补正的，视为放弃申请（《中华人民共和国政府信息公开条例》第三十条）。
              </Typography.Paragraph>
              <TrackingCorrectionForm<TrackedDisclosureRequest>
                url={`/public/disclosure-requests/${encodeURIComponent(t.trackingNumber)}/correction`}
                label="补正内容"
                requiredMessage="请填写补正的内容"
                submitLabel="提交补正"
                onDone={setFresh}
              />
            </Card>
          )}
          {t.reply && (
            <Card size="small" title="答复" style={{ marginTop: 8 }} data-testid="tracking-reply">
              <Typography.Paragraph>
                {displayDate(t.reply.repliedOn)}答复：{t.reply.groupLabel}（{t.reply.outcomeLabel}）
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t.reply.replyText}</Typography.Paragraph>
              {t.reply.holderName && (
                <Typography.Paragraph>负责公开该信息的机关：{t.reply.holderName}</Typography.Paragraph>
              )}
            </Card>
          )}
        </div>
      )}
    </Card>
  );
}
