// One dispute: how it came and who mediates it, the parties (identifiers masked), the sessions, and how it ended —
// the agreement with its effect, its performance and the parties' thirty days for 司法确认 explained, or the end
// without one — with the acts the reader may do next.
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Table, Tag, Timeline, Tooltip } from 'antd';
import type { MediationDispute } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';
import { statusColour, yuan } from './format';
import { ConfirmationForm, OutcomeForm, PerformanceForm, SessionForm } from './DisputeActs';

function Agreement({ a, amount }: { a: NonNullable<MediationDispute['agreement']>; amount: number | null }) {
  return (
    <Card size="small" title="调解协议" style={{ marginTop: 12 }}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="协议形式">{a.formLabel}</Descriptions.Item>
        <Descriptions.Item label="生效日期">
          <Tooltip title={a.effectBasis}>{displayDate(a.effectiveOn)}</Tooltip>
        </Descriptions.Item>
        <Descriptions.Item label="协议内容" span={2}>
          {a.content}
        </Descriptions.Item>
        <Descriptions.Item label="协议涉及金额">{yuan(amount)}</Descriptions.Item>
        <Descriptions.Item label="履行期限">{a.performanceDue ? displayDate(a.performanceDue) : '—'}</Descriptions.Item>
        <Descriptions.Item label="履行情况">
          {a.performanceLabel
            ? `${a.performanceLabel}（${displayDate(a.performanceOn!)}）${a.performanceNote ?? ''}`
            : '尚未记录'}
        </Descriptions.Item>
        <Descriptions.Item label="申请司法确认期限">
          <Tooltip title={<div style={{ whiteSpace: 'pre-line' }}>{a.confirmationExplanation.join('\n')}</div>}>
            双方当事人可于 {displayDate(a.confirmationDue)} 前共同申请
          </Tooltip>
        </Descriptions.Item>
        {a.confirmation && (
          <Descriptions.Item label="司法确认" span={2}>
            {`${displayDate(a.confirmation.appliedOn)}向${a.confirmation.court}申请`}
            {a.confirmation.resultLabel
              ? `，${displayDate(a.confirmation.decidedOn!)}${a.confirmation.resultLabel}`
              : '，尚未确认'}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

export default function DisputePage() {
  const { id = '' } = useParams();
  const loaded = useApi<MediationDispute>(`/mediation-disputes/${id}`);
  const [updated, setUpdated] = useState<MediationDispute | null>(null);
  const d = updated ?? loaded.data;
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  const can = d?.abilities.record ?? false;
  return (
    <>
      <Card
        size="small"
        loading={loaded.loading && !d}
        title={d ? `调解纠纷 ${d.number}：${d.disputeType}` : '调解纠纷'}
        extra={
          d && (
            <>
              {d.isDemo && <Tag color="purple">演示</Tag>}
              {d.performanceOverdue && <Tag color="red">履行期限已过</Tag>}
              <Tag color={statusColour(d.status)}>{d.statusLabel}</Tag>
            </>
          )
        }
      >
        {d && (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="调解类型">{d.kindLabel}</Descriptions.Item>
            <Descriptions.Item label="调解组织或机关">{d.committeeName ?? d.orgName}</Descriptions.Item>
            <Descriptions.Item label="纠纷来源">{d.sourceLabel}</Descriptions.Item>
            <Descriptions.Item label="登记日期">{displayDate(d.registeredOn)}</Descriptions.Item>
            <Descriptions.Item label="调解员">{d.mediators}</Descriptions.Item>
            <Descriptions.Item label="重大疑难">{d.major ? '是' : '否'}</Descriptions.Item>
            {d.linked && (
              <Descriptions.Item
                label="关联程序"
                span={2}
              >{`${d.linked.label}：${d.linked.reference}`}</Descriptions.Item>
            )}
            <Descriptions.Item label="纠纷简要情况" span={2}>
              {d.summary}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {d && (
        <Card size="small" title="当事人" style={{ marginTop: 12 }}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.parties}
            columns={[
              { title: '身份', dataIndex: 'roleLabel', width: 100 },
              { title: '姓名或者名称', dataIndex: 'name' },
              {
                title: '证件号码',
                key: 'id',
                render: (_: unknown, p) => p.idNumberMasked ?? p.creditCode ?? '—',
              },
              { title: '手机号码', dataIndex: 'phoneMasked', render: (v: string | null) => v ?? '—' },
            ]}
          />
        </Card>
      )}
      {d && d.sessions.length > 0 && (
        <Card size="small" title="调解情况" style={{ marginTop: 12 }}>
          <Timeline
            items={d.sessions.map((s) => ({
              children: `${displayDate(s.heldOn)} ${s.place}（${s.mediators}）：${s.record}`,
            }))}
          />
        </Card>
      )}
      {d?.agreement && <Agreement a={d.agreement} amount={d.agreementAmountYuan} />}
      {d?.ending && (
        <Card
          size="small"
          title={d.status === 'refused' ? '当事人拒绝调解' : '调解不成，终止调解'}
          style={{ marginTop: 12 }}
        >
          {`${displayDate(d.ending.endedOn)}：${d.ending.reason}`}
          {d.status === 'failed' && (d.ending.remediesTold ? '（已告知当事人其他救济途径）' : '')}
        </Card>
      )}
      {d && can && d.status === 'mediating' && (
        <>
          <SessionForm d={d} onDone={setUpdated} />
          <OutcomeForm d={d} onDone={setUpdated} />
        </>
      )}
      {d && can && d.status === 'agreed' && (
        <>
          <PerformanceForm d={d} onDone={setUpdated} />
          {!d.agreement?.confirmation?.resultLabel && <ConfirmationForm d={d} onDone={setUpdated} />}
        </>
      )}
    </>
  );
}
