// One suit: the court, the parties (identifiers masked), why the head must appear, the defence, the hearings with who
// appeared, the outcome with its article, the deadlines with "why this date", and the acts the server offers.
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Table, Tag } from 'antd';
import type { LitigationSuit, SuitHearing } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import RecordDeadlines from '../../components/RecordDeadlines';
import { displayDate } from '../../shell/datetime';
import SuitActs from './SuitActs';

const day = (v: string | null) => (v ? displayDate(v) : '—');

export default function SuitPage() {
  const { id = '' } = useParams();
  const loaded = useApi<LitigationSuit>(`/litigation-suits/${id}`);
  const [updated, setUpdated] = useState<LitigationSuit | null>(null);
  const s = updated?.id === id ? updated : loaded.data;
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  return (
    <>
      <Card
        size="small"
        loading={loaded.loading && !s}
        title={s ? `${s.suitNumber}（${s.suitCause}）` : '行政诉讼案件'}
        extra={s && <Tag color={s.outcomeLost ? 'red' : 'blue'}>{s.outcomeLabel ?? s.statusLabel}</Tag>}
      >
        {s && (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="被诉行政机关">{s.bodyName}</Descriptions.Item>
            <Descriptions.Item label="应诉承办人">{s.handlerName}</Descriptions.Item>
            <Descriptions.Item label="审理法院">{s.courtName}</Descriptions.Item>
            <Descriptions.Item label="审级">{s.instanceLabel}</Descriptions.Item>
            <Descriptions.Item label="立案日期">{day(s.filedOn)}</Descriptions.Item>
            <Descriptions.Item label="状态">{s.statusLabel}</Descriptions.Item>
            <Descriptions.Item label="被诉行政行为" span={2}>
              {s.contestedLink ? <a href={s.contestedLink}>{s.contestedAct}</a> : s.contestedAct}
            </Descriptions.Item>
            <Descriptions.Item label="当事人" span={2}>
              {s.parties
                .map(
                  (p) =>
                    `${p.roleLabel}：${p.name}${p.idNumberMasked ? `（${p.idNumberMasked}）` : p.creditCode ? `（${p.creditCode}）` : ''}${p.phoneMasked ? ` ${p.phoneMasked}` : ''}`,
                )
                .join('；')}
            </Descriptions.Item>
            <Descriptions.Item label="负责人出庭应诉" span={2}>
              {s.headRequiredReasons.length === 0
                ? '无规定必须出庭的情形'
                : s.headRequiredReasons.map((r) => (
                    <div key={r}>
                      <Tag color={s.headAppeared ? 'green' : 'red'}>
                        {s.headAppeared ? '负责人已出庭' : '负责人应当出庭'}
                      </Tag>
                      {r}
                    </div>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label="收到起诉状副本">{day(s.complaintServedOn)}</Descriptions.Item>
            <Descriptions.Item label="提交答辩状">
              {day(s.defenceSubmittedOn)}
              {s.defenceLate && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  逾期
                </Tag>
              )}
            </Descriptions.Item>
            {s.outcome && (
              <>
                <Descriptions.Item label="裁判结果">
                  {s.outcomeLabel}（{s.outcomeBasis}）
                </Descriptions.Item>
                <Descriptions.Item label="裁判日期">{day(s.outcomeOn)}</Descriptions.Item>
                <Descriptions.Item label="上诉或者生效">
                  {s.appealed === null
                    ? '上诉期内'
                    : s.appealed
                      ? `${s.appealedBy ?? ''}已上诉`
                      : `已生效（${day(s.concludedOn)}）`}
                </Descriptions.Item>
                <Descriptions.Item label="履行">
                  {s.performedOn ? `${day(s.performedOn)} ${s.performanceNote ?? ''}` : '—'}
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
        )}
      </Card>
      {s && s.hearings.length > 0 && (
        <Card size="small" title="开庭和出庭应诉情况" style={{ marginTop: 12 }}>
          <Table<SuitHearing>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={s.hearings}
            columns={[
              { title: '开庭日期', dataIndex: 'hearingOn', width: 140, render: (v: string) => displayDate(v) },
              { title: '法庭', dataIndex: 'courtRoom', width: 120 },
              {
                title: '出庭通知书',
                dataIndex: 'noticeServedOn',
                width: 170,
                render: (v: string | null, h) =>
                  v ? (
                    <>
                      {displayDate(v)}
                      {h.noticeLate && <Tag color="orange">不足三日</Tag>}
                    </>
                  ) : (
                    '—'
                  ),
              },
              {
                title: '出庭情况',
                dataIndex: 'appearanceLabel',
                render: (v: string | null, h) =>
                  !v
                    ? '待记录'
                    : h.appearance === 'head'
                      ? `${v}：${h.headName}（${h.headPostLabel}），身份证明${displayDate(h.certificateOn ?? '')}提交`
                      : `${v}：${h.absenceReasonLabel}${h.standInName ? `；出庭人员${h.standInName}（${h.standInPost}）` : ''}`,
              },
            ]}
          />
        </Card>
      )}
      {s && s.deadlines.length > 0 && (
        <Card size="small" title="期限" style={{ marginTop: 12 }}>
          <RecordDeadlines deadlines={s.deadlines} />
        </Card>
      )}
      {s && <SuitActs suit={s} onDone={setUpdated} />}
    </>
  );
}
