// The acts a decision's status and the user's abilities allow, each as its form: the body's start decision
// (第十条、第十一条), the draft with its options (第十二条), the consultation (第十五条: 30 days, or the reason for
// fewer) and its end, the sending for legality review (第二十六条), and the review with its checklist (第二十八条),
// the 法律顾问/公职律师 who took part (第二十七条) and the reason for concluding within 7 working days.
import { Checkbox, Form, Input, Radio, Space } from 'antd';
import { DiscussionAct, FilingAct, PartyReportAct, PublishAct } from './DecisionOutcomeActs';
import DateField from '../../../components/DateField';
import { useToday } from '../../../shell/session';
import ActCard, { area, need, type Props } from './ActCard';

function StartAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ start: boolean; startRecord: string; decidedOn: string }>
      decision={d}
      title="决定是否启动决策程序"
      path="start-decision"
      fields={['start', 'startRecord', 'decidedOn']}
      initialValues={{ start: true, decidedOn: today }}
      submitText="记录启动决定"
      done="已记录启动决定"
      onDone={onDone}
    >
      <Form.Item name="start" label="决定">
        <Radio.Group
          options={[
            { value: true, label: '启动决策程序' },
            { value: false, label: '不启动' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="startRecord"
        label="决定启动的会议或批示"
        extra="例如：区政府常务会议纪要〔2027〕3号"
        rules={need('请填写决定启动的会议或批示')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="decidedOn" label="决定日期" rules={need('请选择决定日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

interface DraftValues {
  draftText: string;
  explanation: string;
  options?: string;
  viewsDifferWidely: boolean;
  singleOptionReason?: string;
}

function DraftAct({ d, onDone }: Props) {
  return (
    <ActCard<DraftValues>
      decision={d}
      title={d.draft ? '修改决策草案' : '拟订决策草案'}
      path="draft"
      fields={['draftText', 'explanation', 'options', 'viewsDifferWidely', 'singleOptionReason']}
      initialValues={
        d.draft
          ? {
              ...d.draft,
              draftText: d.draft.text,
              options: d.draft.options.join('\n'),
              singleOptionReason: d.draft.singleOptionReason ?? undefined,
            }
          : { viewsDifferWidely: false }
      }
      submitText="保存草案"
      done="已保存决策草案"
      transform={(v) => ({
        ...v,
        options: (v.options ?? '').split('\n').filter((o) => o.trim()),
        singleOptionReason: v.singleOptionReason?.trim() || undefined,
      })}
      onDone={onDone}
    >
      <Form.Item name="draftText" label="决策草案" rules={need('请填写决策草案')}>
        {area(6, 20000)}
      </Form.Item>
      <Form.Item name="explanation" label="起草说明" rules={need('请填写起草说明')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="viewsDifferWidely" valuePropName="checked">
        <Checkbox>有关方面对决策事项存在较大分歧（第十二条第四款）</Checkbox>
      </Form.Item>
      <Form.Item name="options" label="备选方案（每行一个；存在较大分歧的，可以提出两个以上方案）">
        {area(3, 4000)}
      </Form.Item>
      <Form.Item name="singleOptionReason" label="只提出一个方案的理由（存在较大分歧时）">
        {area(2, 2000)}
      </Form.Item>
    </ActCard>
  );
}

function ConsultationAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ opensOn: string; closesOn: string; shortenedReason?: string }>
      decision={d}
      title="公开征求意见"
      path="consultation"
      fields={['opensOn', 'closesOn', 'shortenedReason']}
      initialValues={{ opensOn: today }}
      submitText="发布征求意见"
      done="已公开征求意见"
      transform={(v) => ({ ...v, shortenedReason: v.shortenedReason?.trim() || undefined })}
      onDone={onDone}
    >
      <Space wrap>
        <Form.Item name="opensOn" label="开始日期" rules={need('请选择开始日期')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="closesOn" label="截止日期（一般不少于30日）" rules={need('请选择截止日期')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name="shortenedReason" label="缩短期限的理由（少于30日的，应当予以说明，第十五条）">
        {area(2, 2000)}
      </Form.Item>
    </ActCard>
  );
}

function CloseConsultationAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ closedOn: string }>
      decision={d}
      title="结束公开征求意见"
      path="consultation/closure"
      fields={['closedOn']}
      initialValues={{ closedOn: today }}
      submitText="结束征求意见"
      done="已结束征求意见"
      onDone={onDone}
    >
      <Form.Item name="closedOn" label="结束日期" rules={need('请选择结束日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

function SubmitReviewAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ submittedOn: string; basis: string; procedureStatement: string }>
      decision={d}
      title="送请合法性审查"
      path="legality-review"
      fields={['submittedOn', 'basis', 'procedureStatement']}
      initialValues={{ submittedOn: today }}
      submitText="送请审查"
      done="已送请合法性审查"
      onDone={onDone}
    >
      <Form.Item name="basis" label="决策依据" rules={need('请填写决策依据')}>
        {area(2, 4000)}
      </Form.Item>
      <Form.Item name="procedureStatement" label="履行决策程序的情况说明" rules={need('请填写履行决策程序的情况说明')}>
        {area(3, 4000)}
      </Form.Item>
      <Form.Item name="submittedOn" label="送审日期" rules={need('请选择送审日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

interface ReviewValues {
  checklist: { item: string; finding: 'ok' | 'problem'; note?: string }[];
  opinion: string;
  result: string;
  counsel: { name: string; role: string }[];
  concludedOn: string;
  earlyReason?: string;
}

function ReviewAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<ReviewValues>
      decision={d}
      title="合法性审查"
      path="legality-review/result"
      fields={['checklist', 'opinion', 'result', 'counsel', 'concludedOn', 'earlyReason']}
      initialValues={{
        checklist: d.reviewChecklist.map((c) => ({ item: c.item, finding: 'ok' as const })),
        counsel: [{ name: '', role: 'legal_adviser' }],
        result: 'passed',
        concludedOn: today,
      }}
      submitText="提交审查意见"
      done="已记录合法性审查意见"
      transform={(v) => ({
        ...v,
        checklist: v.checklist.map((c) => ({ ...c, note: c.note?.trim() || undefined })),
        counsel: v.counsel.filter((c) => c.name?.trim()),
        earlyReason: v.earlyReason?.trim() || undefined,
      })}
      onDone={onDone}
    >
      {d.reviewChecklist.map((c, i) => (
        <Space key={c.item} align="start" wrap>
          <Form.Item name={['checklist', i, 'item']} hidden>
            <Input />
          </Form.Item>
          <Form.Item name={['checklist', i, 'finding']} label={c.label}>
            <Radio.Group
              options={[
                { value: 'ok', label: '无问题' },
                { value: 'problem', label: '存在问题' },
              ]}
            />
          </Form.Item>
          <Form.Item name={['checklist', i, 'note']} label="存在的问题">
            <Input maxLength={2000} style={{ width: 320 }} />
          </Form.Item>
        </Space>
      ))}
      <Form.Item name="opinion" label="审查意见" rules={need('请填写审查意见')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="result" label="审查结果">
        <Radio.Group
          options={[
            { value: 'passed', label: '审核通过' },
            { value: 'passed_with_changes', label: '修改后通过' },
            { value: 'failed', label: '审核不通过（退回承办单位）' },
          ]}
        />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item name={['counsel', 0, 'name']} label="参与审查的法律顾问、公职律师（第二十七条）">
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name={['counsel', 0, 'role']} label="身份">
          <Radio.Group
            options={[
              { value: 'legal_adviser', label: '法律顾问' },
              { value: 'public_lawyer', label: '公职律师' },
            ]}
          />
        </Form.Item>
      </Space>
      <Form.Item name="concludedOn" label="审查日期" rules={need('请选择审查日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="earlyReason" label="提前办结的理由（审查时间不足7个工作日的，第二十六条）">
        {area(2, 2000)}
      </Form.Item>
    </ActCard>
  );
}

/** The forms of the acts the decision's abilities allow now. */
export default function DecisionActs(p: Props) {
  const a = p.d.abilities;
  return (
    <>
      {a.decideStart && <StartAct {...p} />}
      {a.recordDraft && <DraftAct {...p} />}
      {a.openConsultation && <ConsultationAct {...p} />}
      {a.closeConsultation && <CloseConsultationAct {...p} />}
      {a.submitForReview && <SubmitReviewAct {...p} />}
      {a.recordReview && <ReviewAct {...p} />}
      {a.recordDiscussion && <DiscussionAct {...p} />}
      {a.reportToParty && !p.d.partyReport && <PartyReportAct {...p} />}
      {a.publish && <PublishAct {...p} />}
      {a.file && !p.d.filing?.filedOn && <FilingAct {...p} />}
    </>
  );
}
