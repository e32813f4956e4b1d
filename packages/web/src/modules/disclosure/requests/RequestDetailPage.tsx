// One disclosure request: what is asked of which body, the applicant (identifiers masked), the day of receipt and
// its basis, the periods with "why this date", the 补正, consultations and answer, the timeline, the papers and
// their service, and the acts the server offers.
import {
  applicantKindLabels,
  consoleLink,
  deliveryFormLabels,
  disclosureMenu,
  disclosurePaperLabels,
  requestChannelLabels,
  requestStatusLabels,
} from '@fazhi/core/modules';
import type { DisclosureRequest } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Card, Descriptions, Result, Skeleton, Space, Tag, Timeline } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import CaseServiceRecords from '../../../components/CaseServiceRecords';
import RecordDeadlines from '../../../components/RecordDeadlines';
import { displayDate } from '../../../shell/datetime';
import RequestActs from './RequestActs';

type Paper = keyof typeof disclosurePaperLabels;
const paperReady = (r: DisclosureRequest): Record<Paper, boolean> => ({
  'correction-notice': r.correction !== null,
  'extension-notice': r.extension !== null,
  'consultation-letter': r.consultations.length > 0,
  reply: r.reply !== null && r.status === 'replied',
});

export default function RequestDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const found = useApi<DisclosureRequest>(`/disclosure-requests/${id}`);
  const [fresh, setFresh] = useState<DisclosureRequest | null>(null);
  const r = fresh ?? found.data;
  if (found.error)
    return (
      <Result
        status={found.error.status === 404 ? '404' : 'error'}
        title="无法打开该申请"
        subTitle={found.error.message}
      />
    );
  if (!r) return <Skeleton active />;
  const ready = paperReady(r);
  const papers = (Object.keys(disclosurePaperLabels) as Paper[]).filter((p) => ready[p]);
  const applicant = r.parties.find((p) => p.role === 'applicant');
  const done = (next: DisclosureRequest) => {
    message.success('已办理');
    setFresh(next);
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={`政府信息公开申请 ${r.trackingNumber}`}
        extra={<Link to={consoleLink(disclosureMenu, 'disclosure-requests')}>返回列表</Link>}
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="办理状态" span={2}>
            <Tag color="blue" data-testid="request-status">
              {requestStatusLabels[r.status]}
            </Tag>
            {r.isDemo && <Tag color="purple">演示数据</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="被申请机关">{r.bodyName}</Descriptions.Item>
          <Descriptions.Item label="申请方式">{requestChannelLabels[r.channel]}</Descriptions.Item>
          <Descriptions.Item label="申请人">
            {applicant?.name}（{applicantKindLabels[r.applicantKind]}）
          </Descriptions.Item>
          <Descriptions.Item label="公民身份号码 / 手机号码">
            {applicant?.idNumberMasked ?? applicant?.creditCode ?? '—'} / {applicant?.phoneMasked ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="所需政府信息" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{r.informationDescription}</span>
          </Descriptions.Item>
          <Descriptions.Item label="获取信息的方式">{deliveryFormLabels[r.deliveryForm]}</Descriptions.Item>
          <Descriptions.Item label="提交日期">{displayDate(r.submittedOn)}</Descriptions.Item>
          <Descriptions.Item label="收到申请日期" span={2}>
            {r.receivedOn ? `${displayDate(r.receivedOn)}（${r.receiptBasis ?? ''}）` : '尚未确认收到'}
          </Descriptions.Item>
          {r.correction && (
            <Descriptions.Item label="补正" span={2}>
              {displayDate(r.correction.requestedOn)}告知：{r.correction.items.join('；')}
              {r.correction.answeredOn &&
                `（申请人已于${displayDate(r.correction.answeredOn)}补正：${r.correction.answerText ?? ''}）`}
            </Descriptions.Item>
          )}
          {r.consultations.map((c) => (
            <Descriptions.Item key={c.id} label="征求意见" span={2}>
              {displayDate(c.startedOn)}征求{c.consultee}意见
              {c.endedOn ? `，${displayDate(c.endedOn)}收到：${c.opinion ?? ''}` : '，等待意见'}
            </Descriptions.Item>
          ))}
          {r.extension && (
            <Descriptions.Item label="延长答复期限" span={2}>
              {displayDate(r.extension.approvedOn)}经{r.extension.approver}同意：{r.extension.reason}
            </Descriptions.Item>
          )}
          {r.reply && (
            <Descriptions.Item label="答复" span={2}>
              <div data-testid="request-reply">
                {r.reply.groupLabel}：{r.reply.outcomeLabel}（{r.reply.basis}；年度报告表三{r.reply.tableRow}）
                {r.reply.onTime === false && <Tag color="red">逾期答复</Tag>}
              </div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.reply.replyText}</div>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="办理期限">
        <RecordDeadlines deadlines={r.deadlines} />
      </Card>
      <Card size="small" title="办理过程">
        <Timeline items={r.acts.map((a) => ({ children: `${displayDate(a.on)} ${a.label}：${a.summary}` }))} />
      </Card>
      <Card size="small" title="文书">
        <Space wrap>
          {papers.map((p) => (
            <span key={p}>
              {disclosurePaperLabels[p]}：<a href={`/api/disclosure-requests/${r.id}/papers/${p}?format=docx`}>DOCX</a>{' '}
              <a href={`/api/disclosure-requests/${r.id}/papers/${p}?format=pdf`}>PDF</a>
            </span>
          ))}
          {papers.length === 0 && '尚无可生成的文书'}
        </Space>
      </Card>
      <CaseServiceRecords
        services={r.services}
        applicant={applicant}
        papers={[...papers].reverse().map((p) => ({ value: p, label: disclosurePaperLabels[p] }))}
        canRecord={r.abilities['record-service']}
        onRecord={async (body) => done(await api.post<DisclosureRequest>(`/disclosure-requests/${r.id}/service`, body))}
      />
      <RequestActs r={r} onDone={done} />
    </Space>
  );
}
