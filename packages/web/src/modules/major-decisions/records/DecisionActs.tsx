// The acts of a decision up to its legality review, declared for the act forms (records/acts.ts): the body's start
// decision (第十条、第十一条), the draft with its options (第十二条), the consultation (第十五条: 30 days, or the reason
// for fewer) and its end, the sending for legality review (第二十六条) — the review itself is concluded on the shared
// 合法性审查 desk (participation/ReviewPackagePage), the decision page links there —; then the acts after the review
// (DecisionOutcomeActs.tsx).
import { Checkbox, Form, Space } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { outcomeActs } from './DecisionOutcomeActs';
import { choiceItem, dateItem, textItem } from './ActForms';
import { act, lines, optional } from './acts';

type D = DecisionRecord;

const start = act<D, { start: boolean; startRecord: string; decidedOn: string }>({
  title: '决定是否启动决策程序',
  path: 'start-decision',
  offered: (d) => d.abilities.decideStart,
  fields: ['start', 'startRecord', 'decidedOn'],
  initialValues: (_, today) => ({ start: true, decidedOn: today }),
  submitText: '记录启动决定',
  done: '已记录启动决定',
  form: () => (
    <>
      {choiceItem('start', '决定', [
        { value: true, label: '启动决策程序' },
        { value: false, label: '不启动' },
      ])}
      {textItem('startRecord', '决定启动的会议或批示', {
        max: 200,
        required: '请填写决定启动的会议或批示',
        extra: '例如：区政府常务会议纪要〔2027〕3号',
      })}
      {dateItem('decidedOn', '决定日期', '请选择决定日期')}
    </>
  ),
});

interface DraftValues {
  draftText: string;
  explanation: string;
  options?: string;
  viewsDifferWidely: boolean;
  singleOptionReason?: string;
}

const draft = act<D, DraftValues>({
  title: (d) => (d.draft ? '修改决策草案' : '拟订决策草案'),
  path: 'draft',
  offered: (d) => d.abilities.recordDraft,
  fields: ['draftText', 'explanation', 'options', 'viewsDifferWidely', 'singleOptionReason'],
  initialValues: (d) =>
    d.draft
      ? {
          ...d.draft,
          draftText: d.draft.text,
          options: d.draft.options.join('\n'),
          singleOptionReason: d.draft.singleOptionReason ?? undefined,
        }
      : { viewsDifferWidely: false },
  submitText: '保存草案',
  done: '已保存决策草案',
  body: (v) => ({ ...v, options: lines(v.options), singleOptionReason: optional(v.singleOptionReason) }),
  form: () => (
    <>
      {textItem('draftText', '决策草案', { rows: 6, max: 20000, required: '请填写决策草案' })}
      {textItem('explanation', '起草说明', { rows: 3, max: 10000, required: '请填写起草说明' })}
      <Form.Item name="viewsDifferWidely" valuePropName="checked">
        <Checkbox>有关方面对决策事项存在较大分歧（第十二条第四款）</Checkbox>
      </Form.Item>
      {textItem('options', '备选方案（每行一个；存在较大分歧的，可以提出两个以上方案）', { rows: 3, max: 4000 })}
      {textItem('singleOptionReason', '只提出一个方案的理由（存在较大分歧时）', { rows: 2, max: 2000 })}
    </>
  ),
});

const consultation = act<D, { opensOn: string; closesOn: string; shortenedReason?: string }>({
  title: '公开征求意见',
  path: 'consultation',
  offered: (d) => d.abilities.openConsultation,
  fields: ['opensOn', 'closesOn', 'shortenedReason'],
  initialValues: (_, today) => ({ opensOn: today }),
  submitText: '发布征求意见',
  done: '已公开征求意见',
  body: (v) => ({ ...v, shortenedReason: optional(v.shortenedReason) }),
  form: () => (
    <>
      <Space wrap>
        {dateItem('opensOn', '开始日期', '请选择开始日期')}
        {dateItem('closesOn', '截止日期（一般不少于30日）', '请选择截止日期')}
      </Space>
      {textItem('shortenedReason', '缩短期限的理由（少于30日的，应当予以说明，第十五条）', { rows: 2, max: 2000 })}
    </>
  ),
});

const closeConsultation = act<D, { closedOn: string }>({
  title: '结束公开征求意见',
  path: 'consultation/closure',
  offered: (d) => d.abilities.closeConsultation,
  fields: ['closedOn'],
  initialValues: (_, today) => ({ closedOn: today }),
  submitText: '结束征求意见',
  done: '已结束征求意见',
  form: () => dateItem('closedOn', '结束日期', '请选择结束日期'),
});

const submitForReview = act<D, { submittedOn: string; basis: string; procedureStatement: string }>({
  title: '送请合法性审查',
  path: 'legality-review',
  offered: (d) => d.abilities.submitForReview,
  fields: ['submittedOn', 'basis', 'procedureStatement'],
  initialValues: (_, today) => ({ submittedOn: today }),
  submitText: '送请审查',
  done: '已送请合法性审查',
  form: () => (
    <>
      {textItem('basis', '决策依据', { rows: 2, max: 4000, required: '请填写决策依据' })}
      {textItem('procedureStatement', '履行决策程序的情况说明', {
        rows: 3,
        max: 4000,
        required: '请填写履行决策程序的情况说明',
      })}
      {dateItem('submittedOn', '送审日期', '请选择送审日期')}
    </>
  ),
});

/** The decision's acts before its publication and filing, in the order of the procedure. */
export const decisionActs = [start, draft, consultation, closeConsultation, submitForReview, ...outcomeActs];
