// A decision's middle steps as recorded: the hearing with its materials' latest day and why (第十六条、第十七条),
// the experts drawn for it with their written opinions (第十九条、第二十条), the risk assessments (第二十二条至
// 第二十四条) and the fair-competition reviews (《公平竞争审查条例》). Shown only where something was recorded.
import { Card, Descriptions, Tag } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { displayDate } from '../../../shell/datetime';

export default function StepRecords({ d }: { d: DecisionRecord }) {
  const { hearing: h, experts: e, riskAssessments: risks, fairCompetitionReviews: fair } = d.stepRecords;
  if (!h && !e && risks.length === 0 && fair.length === 0) return null;
  return (
    <Card size="small" title="听证会、专家论证、风险评估和公平竞争审查" style={{ marginTop: 12 }}>
      {h && (
        <Descriptions size="small" column={2} bordered aria-label="听证会" title="听证会">
          <Descriptions.Item label="时间地点">
            {displayDate(h.hearingOn)}，{h.place}
          </Descriptions.Item>
          <Descriptions.Item label="公告日期">{displayDate(h.announcedOn)}</Descriptions.Item>
          <Descriptions.Item label="听证参加人遴选办法" span={2}>
            {h.selectionRules}
          </Descriptions.Item>
          <Descriptions.Item label="听证参加人" span={2}>
            {h.participants.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="材料送达" span={2}>
            {displayDate(h.materialsSentOn)}送达（最迟{displayDate(h.materialsDue)}）
            <div style={{ color: '#666' }}>{h.materialsExplanation.join('')}</div>
          </Descriptions.Item>
          <Descriptions.Item label="听证会记录" span={2}>
            {h.heldOn
              ? `${displayDate(h.heldOn)}举行。${h.recordSummary ?? ''}（签字：${h.signedBy.join('、')}）`
              : '尚未举行'}
          </Descriptions.Item>
        </Descriptions>
      )}
      {e && (
        <Descriptions size="small" column={1} bordered aria-label="专家论证" title="专家论证" style={{ marginTop: 12 }}>
          <Descriptions.Item label="抽取">
            {displayDate(e.drawnOn)}从“{e.field}”领域抽取{e.redrawReason ? `（重新抽取，理由：${e.redrawReason}）` : ''}
            {e.complete ? <Tag color="green">论证意见已齐备</Tag> : <Tag color="orange">尚缺署名论证意见</Tag>}
          </Descriptions.Item>
          {e.experts.map((x) => (
            <Descriptions.Item key={x.id} label={`${x.name}（${x.employer}）`}>
              {x.opinion ? `${x.opinion}（${x.signed ? '已署名、盖章' : '未署名'}）` : '尚未提交书面论证意见'}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {risks.map((r, i) => (
        <Descriptions
          key={`risk-${i}`}
          size="small"
          column={2}
          bordered
          aria-label="风险评估"
          title={`风险评估（${displayDate(r.assessedOn)}）`}
          style={{ marginTop: 12 }}
        >
          <Descriptions.Item label="评估单位">{r.assessor}</Descriptions.Item>
          <Descriptions.Item label="风险等级">
            {r.levelLabel}，{r.controllable ? '风险可控' : <Tag color="red">风险不可控，退回调整草案</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="风险点" span={2}>
            {r.riskPoints.join('；')}
          </Descriptions.Item>
          <Descriptions.Item label="防范措施" span={2}>
            {r.measures}
          </Descriptions.Item>
          <Descriptions.Item label="处置预案" span={2}>
            {r.contingencyPlan}
          </Descriptions.Item>
        </Descriptions>
      ))}
      {fair.map((r, i) => (
        <Descriptions
          key={`fair-${i}`}
          size="small"
          column={2}
          bordered
          aria-label="公平竞争审查"
          title={`公平竞争审查（${displayDate(r.reviewedOn)}）`}
          style={{ marginTop: 12 }}
        >
          <Descriptions.Item label="审查机构">{r.reviewingBody}</Descriptions.Item>
          <Descriptions.Item label="结论">{r.conclusionLabel}</Descriptions.Item>
          <Descriptions.Item label="审查意见" span={2}>
            {r.explanation}（依据：{d.stepRecords.fairCompetitionBasis}）
          </Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}
