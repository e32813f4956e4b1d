// The acts of a decision's middle steps, declared for the act forms (records/acts.ts; the server turns an ability
// off where the step does not apply): the hearing's announcement and its record (第十六条、第十七条), the drawn
// experts' written opinions (第十九条), the risk assessment (第二十三条、第二十四条) and the fair-competition review
// (《公平竞争审查条例》).
import { Checkbox, Form, Input, Space } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { choiceItem, dateItem, textItem } from '../records/ActForms';
import { act, lines, optional } from '../records/acts';

type D = DecisionRecord;

interface HearingValues {
  hearingOn: string;
  hearingPlace: string;
  selectionRules: string;
  participants: string;
  announcedOn: string;
  materialsSentOn: string;
  applicationMethod?: string;
  applicationClosesOn?: string;
}

const announceHearing = act<D, HearingValues>({
  title: '公告听证会（第十六条）',
  path: 'hearing',
  offered: (d) => d.abilities.announceHearing,
  fields: [
    'hearingOn',
    'hearingPlace',
    'selectionRules',
    'participants',
    'announcedOn',
    'materialsSentOn',
    'applicationMethod',
    'applicationClosesOn',
  ],
  initialValues: (_, today) => ({ announcedOn: today }),
  submitText: '公告听证会',
  done: '已公告听证会',
  body: (v) => ({
    ...v,
    participants: lines(v.participants),
    applicationMethod: optional(v.applicationMethod),
    applicationClosesOn: v.applicationClosesOn || undefined,
  }),
  form: () => (
    <>
      <Space wrap>
        {dateItem('hearingOn', '听证会日期', '请选择听证会日期')}
        {dateItem('announcedOn', '公告日期', '请选择公告日期')}
        {dateItem('materialsSentOn', '听证会材料送达日期', '请选择送达日期', '应当于召开听证会7日前送达听证参加人')}
      </Space>
      {textItem('hearingPlace', '听证会地点', { max: 200, required: '请填写听证会地点' })}
      {textItem('selectionRules', '听证参加人遴选办法', { rows: 3, max: 4000, required: '请填写遴选办法' })}
      {textItem('applicationMethod', '报名方式', {
        rows: 2,
        max: 2000,
        extra: '公开报名遴选听证参加人的，与报名截止日期一并公告',
      })}
      {dateItem('applicationClosesOn', '报名截止日期')}
      {textItem('participants', '听证参加人名单（每行一人）', { rows: 3, max: 4000, required: '请填写听证参加人' })}
    </>
  ),
});

const recordHearing = act<D, { heldOn: string; recordSummary: string; signedBy: string }>({
  title: '听证会记录（第十七条）',
  path: 'hearing/record',
  offered: (d) => d.abilities.recordHearing,
  fields: ['heldOn', 'recordSummary', 'signedBy'],
  initialValues: (d) => {
    const h = d.stepRecords.hearing;
    return { heldOn: h?.hearingOn, signedBy: h?.participants.join('\n') };
  },
  submitText: '记录听证会',
  done: '已记录听证会',
  body: (v) => ({ ...v, signedBy: lines(v.signedBy) }),
  form: () => (
    <>
      {dateItem('heldOn', '举行日期', '请选择举行日期')}
      {textItem('recordSummary', '听证会记录（笔录）摘要', { rows: 4, max: 10000, required: '请填写听证会记录摘要' })}
      {textItem('signedBy', '确认记录并签字的听证参加人（每行一人）', {
        rows: 3,
        max: 4000,
        extra: '听证参加人应当确认听证会记录并签字',
      })}
    </>
  ),
});

const drawnExperts = (d: D) => d.stepRecords.experts?.experts ?? [];

const expertOpinions = act<D, { givenOn: string; opinions: { expertOpinion?: string; signed?: boolean }[] }>({
  title: '专家书面论证意见（第十九条）',
  path: 'expert-opinions',
  offered: (d) => d.abilities.recordExpertOpinions,
  fields: ['givenOn', 'opinions'],
  initialValues: (d, today) => ({
    givenOn: today,
    opinions: drawnExperts(d).map((x) => ({ expertOpinion: x.opinion ?? undefined, signed: x.signed })),
  }),
  submitText: '记录论证意见',
  done: '已记录专家论证意见',
  body: (v, d) => ({
    givenOn: v.givenOn,
    opinions: drawnExperts(d)
      .map((x, i) => ({
        expertId: x.id,
        expertOpinion: v.opinions[i]?.expertOpinion?.trim() ?? '',
        signed: Boolean(v.opinions[i]?.signed),
      }))
      .filter((o) => o.expertOpinion),
  }),
  form: (d) => (
    <>
      {drawnExperts(d).map((x, i) => (
        <Space key={x.id} align="start" wrap>
          <Form.Item name={['opinions', i, 'expertOpinion']} label={`${x.name}（${x.employer}）的书面论证意见`}>
            <Input.TextArea rows={2} maxLength={10000} style={{ width: 520 }} />
          </Form.Item>
          <Form.Item name={['opinions', i, 'signed']} valuePropName="checked" label=" ">
            <Checkbox>已署名、盖章</Checkbox>
          </Form.Item>
        </Space>
      ))}
      {dateItem('givenOn', '论证意见日期', '请选择日期')}
    </>
  ),
});

interface RiskValues {
  assessor: string;
  riskLevel: string;
  controllable: boolean;
  riskPoints: string;
  measures: string;
  contingencyPlan: string;
  assessedOn: string;
}

const risk = act<D, RiskValues>({
  title: '风险评估（第二十二条至第二十四条）',
  path: 'risk-assessment',
  offered: (d) => d.abilities.recordRiskAssessment,
  fields: ['assessor', 'riskLevel', 'controllable', 'riskPoints', 'measures', 'contingencyPlan', 'assessedOn'],
  initialValues: (_, today) => ({ assessedOn: today, controllable: true }),
  submitText: '记录风险评估',
  done: '已记录风险评估',
  body: (v) => ({ ...v, riskPoints: lines(v.riskPoints) }),
  form: () => (
    <>
      {textItem('assessor', '风险评估单位', { max: 200, required: '请填写风险评估单位' })}
      {choiceItem(
        'riskLevel',
        '风险等级',
        [
          { value: 'low', label: '低风险' },
          { value: 'medium', label: '中风险' },
          { value: 'high', label: '高风险' },
        ],
        '请选择风险等级',
      )}
      {choiceItem('controllable', '决策机关对风险的判断（第二十四条）', [
        { value: true, label: '风险可控' },
        { value: false, label: '风险不可控（退回调整决策草案）' },
      ])}
      {textItem('riskPoints', '风险点（每行一项）', { rows: 3, max: 4000, required: '请填写风险点' })}
      {textItem('measures', '风险防范措施', { rows: 3, max: 10000, required: '请填写风险防范措施' })}
      {textItem('contingencyPlan', '风险处置预案', { rows: 3, max: 10000, required: '请填写风险处置预案' })}
      {dateItem('assessedOn', '评估日期', '请选择评估日期')}
    </>
  ),
});

interface FairCompetitionValues {
  reviewingBody: string;
  competitionConclusion: string;
  competitionExplanation: string;
  reviewedOn: string;
}

const fairCompetition = act<D, FairCompetitionValues>({
  title: '公平竞争审查',
  path: 'fair-competition-review',
  offered: (d) => d.abilities.recordFairCompetitionReview,
  fields: ['reviewingBody', 'competitionConclusion', 'competitionExplanation', 'reviewedOn'],
  initialValues: (_, today) => ({ reviewedOn: today }),
  submitText: '记录审查结论',
  done: '已记录公平竞争审查',
  form: (d) => (
    <>
      {textItem('reviewingBody', '审查机构', {
        max: 200,
        required: '请填写审查机构',
        extra: `例如：示范区市场监督管理局（会同承办单位）。依据：${d.stepRecords.fairCompetitionBasis}`,
      })}
      {choiceItem(
        'competitionConclusion',
        '审查结论',
        [
          { value: 'complies', label: '符合' },
          { value: 'complies_after_adjustment', label: '调整后符合' },
          { value: 'does_not_comply', label: '不符合' },
        ],
        '请选择审查结论',
      )}
      {textItem('competitionExplanation', '审查意见', { rows: 3, max: 10000, required: '请填写审查意见' })}
      {dateItem('reviewedOn', '审查日期', '请选择审查日期')}
    </>
  ),
});

/** The middle steps' acts, in the order of the procedure. */
export const stepActs = [announceHearing, recordHearing, expertOpinions, risk, fairCompetition];
