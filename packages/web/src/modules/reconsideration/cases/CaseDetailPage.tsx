// One reconsideration case: the application, its parties (identifiers masked), the deadlines with "why this date",
// the limits the application is past (第二十条、第二十一条), the timeline, the papers, and the acts the server offers.
import {
  applicationChannelLabels,
  consoleLink,
  reconsiderationDecisionLabels,
  reconsiderationMenu,
  reconsiderationPaperLabels,
  reconsiderationProcedureLabels,
  reconsiderationStatusLabels,
  viewWayLabels,
} from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Timeline } from 'antd';
import { useApi } from '../../../api/hooks';
import RecordDeadlines from '../../../components/RecordDeadlines';
import { displayDate } from '../../../shell/datetime';
import CaseActs from './CaseActs';
import Hearings from './Hearings';
import NormativeReviews from './NormativeReviews';
import Opinions from './Opinions';
import Settlement from './Settlement';
import ServiceRecords from './ServiceRecords';

const paperReady = (c: ReconsiderationCase) => ({
  'correction-notice': c.correctionRequestedOn !== null,
  'acceptance-notice': c.acceptedOn !== null,
  'refusal-decision': c.refusedOn !== null,
  'answer-notice': c.copySentOn !== null,
  'hearing-notice': c.hearings.length > 0,
  decision: c.decidedOn !== null,
  'mediation-agreement': c.mediatedOn !== null,
});

export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const found = useApi<ReconsiderationCase>(`/reconsideration-cases/${id}`);
  const [fresh, setFresh] = useState<ReconsiderationCase | null>(null);
  const c = fresh ?? found.data;
  if (found.error)
    return (
      <Result
        status={found.error.status === 404 ? '404' : 'error'}
        title="无法打开该案件"
        subTitle={found.error.message}
      />
    );
  if (!c) return <Skeleton active />;
  const ready = paperReady(c);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={`行政复议案件 ${c.trackingNumber}`}
        extra={<Link to={consoleLink(reconsiderationMenu, 'reconsideration-cases')}>返回列表</Link>}
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="办理状态" span={2}>
            <Tag color="blue" data-testid="case-status">
              {reconsiderationStatusLabels[c.status]}
            </Tag>
            {c.isDemo && <Tag color="purple">演示数据</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="行政复议机关">{c.bodyName}</Descriptions.Item>
          <Descriptions.Item label="申请方式">{applicationChannelLabels[c.channel]}</Descriptions.Item>
          <Descriptions.Item label="被申请人">{c.respondentName}</Descriptions.Item>
          <Descriptions.Item label="收到申请日期">{displayDate(c.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label="被申请行政复议的行政行为" span={2}>
            {c.contestedAct}
          </Descriptions.Item>
          <Descriptions.Item label="知道该行政行为的日期">{displayDate(c.knownOn)}</Descriptions.Item>
          <Descriptions.Item label="行政行为作出日期">{displayDate(c.actOn)}</Descriptions.Item>
          <Descriptions.Item label="行政复议请求" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{c.requests}</span>
          </Descriptions.Item>
          <Descriptions.Item label="事实和理由" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{c.reasons}</span>
          </Descriptions.Item>
          {c.correctionItems && (
            <Descriptions.Item label="补正事项" span={2}>
              {c.correctionItems.join('；')}
              {c.correctionSubmittedOn &&
                `（申请人已于${displayDate(c.correctionSubmittedOn)}提交：${c.correctionText ?? ''}）`}
            </Descriptions.Item>
          )}
          {c.procedure && (
            <Descriptions.Item label="审理程序">
              {reconsiderationProcedureLabels[c.procedure]}
              {c.deemedAccepted && '（视为受理）'}
            </Descriptions.Item>
          )}
          {c.procedure && (
            <Descriptions.Item label="承办人">
              {c.handlers.map((h) => h.name).join('、') || '尚未指定'}
            </Descriptions.Item>
          )}
          {c.refusalReason && (
            <Descriptions.Item label="不予受理的理由" span={2}>
              {c.refusalReason}
            </Descriptions.Item>
          )}
          {c.decisionType && (
            <Descriptions.Item label="行政复议决定" span={2}>
              {reconsiderationDecisionLabels[c.decisionType]}（{displayDate(c.decidedOn)}）
              {c.publishedOn && `，已于${displayDate(c.publishedOn)}公开`}
            </Descriptions.Item>
          )}
        </Descriptions>
        {c.abilities['name-handlers'] && c.handlers.length === 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            message="本案尚未指定承办人"
            description="行政复议机构应当指定行政复议人员负责办理行政复议案件（《中华人民共和国行政复议法》第三十六条第一款）。"
          />
        )}
        {c.respondentLate && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            message="被申请人未在法定期限内提出书面答复、提交证据和依据"
            description="被申请人不按照第四十八条、第五十四条的规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据（《中华人民共和国行政复议法》第七十条）。"
          />
        )}
        {c.limitWarnings.map((w) => (
          <Alert
            key={w.key}
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            message={w.message}
            description={`${w.basis}：期限至${displayDate(w.due)}`}
          />
        ))}
      </Card>
      <Card size="small" title="当事人">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.parties}
          columns={[
            { title: '身份', dataIndex: 'roleLabel', width: 100 },
            { title: '姓名或者名称', dataIndex: 'name' },
            { title: '公民身份号码', dataIndex: 'idNumberMasked', render: (v: string | null) => v ?? '—' },
            { title: '统一社会信用代码', dataIndex: 'creditCode', render: (v: string | null) => v ?? '—' },
            { title: '手机号码', dataIndex: 'phoneMasked', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      {(c.views.length > 0 || c.writtenReviewReason) && (
        <Card size="small" title="听取意见（第四十九条）">
          {c.views.map((v, i) => (
            <p key={i}>
              {displayDate(v.heardOn)} {viewWayLabels[v.way]}听取{v.party}的意见：{v.summary}
            </p>
          ))}
          {c.writtenReviewReason && <p>书面审理：{c.writtenReviewReason}</p>}
        </Card>
      )}
      <Card size="small" title="办理期限">
        <RecordDeadlines deadlines={c.deadlines} />
      </Card>
      <Card size="small" title="办理过程">
        <Timeline items={c.acts.map((a) => ({ children: `${displayDate(a.on)} ${a.label}：${a.summary}` }))} />
      </Card>
      <Card size="small" title="文书">
        <Space wrap>
          {(Object.keys(reconsiderationPaperLabels) as (keyof typeof reconsiderationPaperLabels)[])
            .filter((p) => ready[p])
            .map((p) => (
              <span key={p}>
                {reconsiderationPaperLabels[p]}：
                <a href={`/api/reconsideration-cases/${c.id}/papers/${p}?format=docx`}>DOCX</a>{' '}
                <a href={`/api/reconsideration-cases/${c.id}/papers/${p}?format=pdf`}>PDF</a>
              </span>
            ))}
          {!Object.values(ready).some(Boolean) && '尚无可生成的文书'}
        </Space>
      </Card>
      <ServiceRecords
        c={c}
        ready={ready}
        onDone={(next) => {
          message.success('送达已记录');
          setFresh(next);
        }}
      />
      <Hearings
        c={c}
        onDone={(next) => {
          message.success('已办理');
          setFresh(next);
        }}
      />
      <NormativeReviews
        c={c}
        onDone={(next) => {
          message.success('已办理');
          setFresh(next);
        }}
      />
      <Settlement
        c={c}
        onDone={(next) => {
          message.success('已办理');
          setFresh(next);
        }}
      />
      <Opinions
        c={c}
        onDone={(next) => {
          message.success('已办理');
          setFresh(next);
        }}
      />
      <CaseActs
        c={c}
        onDone={(next) => {
          message.success('已办理');
          setFresh(next);
        }}
      />
    </Space>
  );
}
