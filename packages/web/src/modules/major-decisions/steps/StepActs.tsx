// The forms of a decision's middle steps the abilities allow (the server turns an ability off where the step does
// not apply): the hearing's announcement and its record (第十六条、第十七条), the drawn experts' written opinions
// (第十九条), the risk assessment (第二十三条、第二十四条) and the fair-competition review (《公平竞争审查条例》).
import { Checkbox, Form, Input, Radio, Space } from 'antd';
import DateField from '../../../components/DateField';
import { useToday } from '../../../shell/session';
import ActCard, { area, need, type Props } from '../records/ActCard';

const lines = (v: string | undefined) =>
  (v ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

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

function AnnounceHearingAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<HearingValues>
      decision={d}
      title="公告听证会（第十六条）"
      path="hearing"
      fields={[
        'hearingOn',
        'hearingPlace',
        'selectionRules',
        'participants',
        'announcedOn',
        'materialsSentOn',
        'applicationMethod',
        'applicationClosesOn',
      ]}
      initialValues={{ announcedOn: today }}
      submitText="公告听证会"
      done="已公告听证会"
      transform={(v) => ({
        ...v,
        participants: lines(v.participants),
        applicationMethod: v.applicationMethod?.trim() || undefined,
        applicationClosesOn: v.applicationClosesOn || undefined,
      })}
      onDone={onDone}
    >
      <Space wrap>
        <Form.Item name="hearingOn" label="听证会日期" rules={need('请选择听证会日期')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="announcedOn" label="公告日期" rules={need('请选择公告日期')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="materialsSentOn"
          label="听证会材料送达日期"
          extra="应当于召开听证会7日前送达听证参加人"
          rules={need('请选择送达日期')}
        >
          <DateField style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name="hearingPlace" label="听证会地点" rules={need('请填写听证会地点')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="selectionRules" label="听证参加人遴选办法" rules={need('请填写遴选办法')}>
        {area(3, 4000)}
      </Form.Item>
      <Form.Item name="applicationMethod" label="报名方式" extra="公开报名遴选听证参加人的，与报名截止日期一并公告">
        {area(2, 2000)}
      </Form.Item>
      <Form.Item name="applicationClosesOn" label="报名截止日期">
        <DateField style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="participants" label="听证参加人名单（每行一人）" rules={need('请填写听证参加人')}>
        {area(3, 4000)}
      </Form.Item>
    </ActCard>
  );
}

function RecordHearingAct({ d, onDone }: Props) {
  const h = d.stepRecords.hearing;
  return (
    <ActCard<{ heldOn: string; recordSummary: string; signedBy: string }>
      decision={d}
      title="听证会记录（第十七条）"
      path="hearing/record"
      fields={['heldOn', 'recordSummary', 'signedBy']}
      initialValues={{ heldOn: h?.hearingOn, signedBy: h?.participants.join('\n') }}
      submitText="记录听证会"
      done="已记录听证会"
      transform={(v) => ({ ...v, signedBy: lines(v.signedBy) })}
      onDone={onDone}
    >
      <Form.Item name="heldOn" label="举行日期" rules={need('请选择举行日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="recordSummary" label="听证会记录（笔录）摘要" rules={need('请填写听证会记录摘要')}>
        {area(4, 10000)}
      </Form.Item>
      <Form.Item
        name="signedBy"
        label="确认记录并签字的听证参加人（每行一人）"
        extra="听证参加人应当确认听证会记录并签字"
      >
        {area(3, 4000)}
      </Form.Item>
    </ActCard>
  );
}

function ExpertOpinionsAct({ d, onDone }: Props) {
  const today = useToday();
  const experts = d.stepRecords.experts?.experts ?? [];
  return (
    <ActCard<{ givenOn: string; opinions: { expertOpinion?: string; signed?: boolean }[] }>
      decision={d}
      title="专家书面论证意见（第十九条）"
      path="expert-opinions"
      fields={['givenOn', 'opinions']}
      initialValues={{
        givenOn: today,
        opinions: experts.map((x) => ({ expertOpinion: x.opinion ?? undefined, signed: x.signed })),
      }}
      submitText="记录论证意见"
      done="已记录专家论证意见"
      transform={(v) => ({
        givenOn: v.givenOn,
        opinions: experts
          .map((x, i) => ({
            expertId: x.id,
            expertOpinion: v.opinions[i]?.expertOpinion?.trim() ?? '',
            signed: Boolean(v.opinions[i]?.signed),
          }))
          .filter((o) => o.expertOpinion),
      })}
      onDone={onDone}
    >
      {experts.map((x, i) => (
        <Space key={x.id} align="start" wrap>
          <Form.Item name={['opinions', i, 'expertOpinion']} label={`${x.name}（${x.employer}）的书面论证意见`}>
            <Input.TextArea rows={2} maxLength={10000} style={{ width: 520 }} />
          </Form.Item>
          <Form.Item name={['opinions', i, 'signed']} valuePropName="checked" label=" ">
            <Checkbox>已署名、盖章</Checkbox>
          </Form.Item>
        </Space>
      ))}
      <Form.Item name="givenOn" label="论证意见日期" rules={need('请选择日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

interface RiskValues {
  assessor: string;
  riskLevel: string;
  controllable: boolean;
  riskPoints: string;
  measures: string;
  contingencyPlan: string;
  assessedOn: string;
}

function RiskAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<RiskValues>
      decision={d}
      title="风险评估（第二十二条至第二十四条）"
      path="risk-assessment"
      fields={['assessor', 'riskLevel', 'controllable', 'riskPoints', 'measures', 'contingencyPlan', 'assessedOn']}
      initialValues={{ assessedOn: today, controllable: true }}
      submitText="记录风险评估"
      done="已记录风险评估"
      transform={(v) => ({ ...v, riskPoints: lines(v.riskPoints) })}
      onDone={onDone}
    >
      <Form.Item name="assessor" label="风险评估单位" rules={need('请填写风险评估单位')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="riskLevel" label="风险等级" rules={need('请选择风险等级')}>
        <Radio.Group
          options={[
            { value: 'low', label: '低风险' },
            { value: 'medium', label: '中风险' },
            { value: 'high', label: '高风险' },
          ]}
        />
      </Form.Item>
      <Form.Item name="controllable" label="决策机关对风险的判断（第二十四条）">
        <Radio.Group
          options={[
            { value: true, label: '风险可控' },
            { value: false, label: '风险不可控（退回调整决策草案）' },
          ]}
        />
      </Form.Item>
      <Form.Item name="riskPoints" label="风险点（每行一项）" rules={need('请填写风险点')}>
        {area(3, 4000)}
      </Form.Item>
      <Form.Item name="measures" label="风险防范措施" rules={need('请填写风险防范措施')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="contingencyPlan" label="风险处置预案" rules={need('请填写风险处置预案')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="assessedOn" label="评估日期" rules={need('请选择评估日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

function FairCompetitionAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{
      reviewingBody: string;
      competitionConclusion: string;
      competitionExplanation: string;
      reviewedOn: string;
    }>
      decision={d}
      title="公平竞争审查"
      path="fair-competition-review"
      fields={['reviewingBody', 'competitionConclusion', 'competitionExplanation', 'reviewedOn']}
      initialValues={{ reviewedOn: today }}
      submitText="记录审查结论"
      done="已记录公平竞争审查"
      onDone={onDone}
    >
      <Form.Item
        name="reviewingBody"
        label="审查机构"
        extra={`例如：示范区市场监督管理局（会同承办单位）。依据：${d.stepRecords.fairCompetitionBasis}`}
        rules={need('请填写审查机构')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="competitionConclusion" label="审查结论" rules={need('请选择审查结论')}>
        <Radio.Group
          options={[
            { value: 'complies', label: '符合' },
            { value: 'complies_after_adjustment', label: '调整后符合' },
            { value: 'does_not_comply', label: '不符合' },
          ]}
        />
      </Form.Item>
      <Form.Item name="competitionExplanation" label="审查意见" rules={need('请填写审查意见')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="reviewedOn" label="审查日期" rules={need('请选择审查日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

/** The forms of the middle steps the decision's abilities allow now. */
export default function StepActs(p: Props) {
  const a = p.d.abilities;
  return (
    <>
      {a.announceHearing && <AnnounceHearingAct {...p} />}
      {a.recordHearing && <RecordHearingAct {...p} />}
      {a.recordExpertOpinions && <ExpertOpinionsAct {...p} />}
      {a.recordRiskAssessment && <RiskAct {...p} />}
      {a.recordFairCompetitionReview && <FairCompetitionAct {...p} />}
    </>
  );
}
