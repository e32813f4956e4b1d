// The acts after the legality review, declared for the act forms (records/acts.ts): the collective discussion
// (第三十条: each member's view in the order spoken, the head of government last, dissent written with its content,
// the head's reasons where the decision differs from the majority), the report to the same-level Party committee
// (第三十一条), the publication with the adoption explanation and the interpretation (第三十二条), and the filing one
// level up within the region's period.
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { choiceItem, dateItem, need, textItem } from './ActForms';
import { act, optional } from './acts';

type D = DecisionRecord;

/** The meetings that decide (第三十条), also those that stop a decision (第三十七条). */
export const meetingKinds = [
  { value: 'executive', label: '常务会议' },
  { value: 'plenary', label: '全体会议' },
];

interface Speech {
  name: string;
  isHead: boolean;
  view: 'agree' | 'disagree' | 'abstain';
  opinion?: string;
}

interface DiscussionValues {
  meetingKind: string;
  meetingName: string;
  meetingOn: string;
  attendees?: string;
  speeches: Speech[];
  decision: string;
  headReasons?: string;
}

const discussion = act<D, DiscussionValues>({
  title: '集体讨论决定',
  path: 'discussion',
  offered: (d) => d.abilities.recordDiscussion,
  fields: ['meetingKind', 'meetingName', 'meetingOn', 'attendees', 'speeches', 'decision', 'headReasons'],
  initialValues: (_, today) => ({
    meetingKind: 'executive',
    meetingOn: today,
    decision: 'adopted',
    speeches: [
      { name: '', isHead: false, view: 'agree' },
      { name: '', isHead: true, view: 'agree' },
    ],
  }),
  submitText: '记录集体讨论决定',
  done: '已记录集体讨论决定',
  body: (v) => ({
    ...v,
    attendees: (v.attendees ?? '').split(/[、，,\s]+/).filter(Boolean),
    speeches: v.speeches.map((s) => ({ ...s, isHead: !!s.isHead, opinion: optional(s.opinion) })),
    headReasons: optional(v.headReasons),
  }),
  form: () => (
    <>
      <Space wrap align="start">
        {choiceItem('meetingKind', '会议类型', meetingKinds)}
        <Form.Item name="meetingName" label="会议名称" rules={need('请填写会议名称')}>
          <Input maxLength={200} style={{ width: 280 }} />
        </Form.Item>
        {dateItem('meetingOn', '会议日期', '请选择会议日期')}
      </Space>
      {textItem('attendees', '出席人员（以顿号分隔）', { max: 2000 })}
      <Form.Item label="发言记录（按发言顺序，行政首长最后发言；不同意见应当如实载明）" required>
        <Form.List name="speeches">
          {(items, { add, remove }) => (
            <>
              {items.map((item, i) => (
                <Space key={item.key} align="start" wrap aria-label={`第${i + 1}位发言`}>
                  <Form.Item name={[item.name, 'name']} rules={need('请填写发言人')}>
                    <Input addonBefore="发言人" aria-label={`第${i + 1}位发言人`} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'isHead']} valuePropName="checked">
                    <Checkbox>行政首长</Checkbox>
                  </Form.Item>
                  <Form.Item name={[item.name, 'view']}>
                    <Select
                      aria-label={`第${i + 1}位意见`}
                      style={{ width: 110 }}
                      options={[
                        { value: 'agree', label: '同意' },
                        { value: 'disagree', label: '不同意' },
                        { value: 'abstain', label: '保留意见' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'opinion']}>
                    <Input addonBefore="发言内容" aria-label={`第${i + 1}位发言内容`} style={{ width: 420 }} />
                  </Form.Item>
                  <Button onClick={() => remove(item.name)}>删除</Button>
                </Space>
              ))}
              <Button onClick={() => add({ name: '', isHead: false, view: 'agree' }, Math.max(items.length - 1, 0))}>
                增加发言人
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      {choiceItem('decision', '决定', [
        { value: 'adopted', label: '通过' },
        { value: 'not_adopted', label: '不予通过' },
        { value: 'deferred', label: '暂缓决定，修改后再议' },
      ])}
      {textItem('headReasons', '行政首长说明的理由（决定与多数人意见不一致的）', { rows: 2, max: 4000 })}
    </>
  ),
});

const partyReport = act<D, { reportedOn: string; reportRecord: string }>({
  title: '向同级党委请示报告',
  path: 'party-report',
  offered: (d) => d.abilities.reportToParty && !d.partyReport,
  fields: ['reportedOn', 'reportRecord'],
  initialValues: (_, today) => ({ reportedOn: today }),
  submitText: '记录请示报告',
  done: '已记录向同级党委请示报告',
  form: () => (
    <>
      {textItem('reportRecord', '请示报告文件或党委批复', { max: 200, required: '请填写请示报告文件或党委批复' })}
      {dateItem('reportedOn', '请示报告日期', '请选择请示报告日期')}
    </>
  ),
});

const publish = act<
  D,
  { publishedOn: string; publishedText: string; adoptionExplanation: string; interpretation: string }
>({
  title: '公布决策',
  path: 'publication',
  offered: (d) => d.abilities.publish,
  fields: ['publishedOn', 'publishedText', 'adoptionExplanation', 'interpretation'],
  initialValues: (d, today) => ({ publishedOn: today, publishedText: d.draft?.text ?? '' }),
  submitText: '公布',
  done: '决策已公布',
  form: () => (
    <>
      {textItem('publishedText', '公布的决策文本', { rows: 4, max: 20000, required: '请填写公布的决策文本' })}
      {textItem('adoptionExplanation', '公众意见、专家论证意见采纳情况说明', {
        rows: 3,
        max: 10000,
        required: '请填写意见采纳情况说明',
      })}
      {textItem('interpretation', '政策解读', { rows: 3, max: 10000, required: '请填写政策解读' })}
      {dateItem('publishedOn', '公布日期', '请选择公布日期')}
    </>
  ),
});

const filing = act<D, { filedOn: string; filingRecord: string }>({
  title: '报送上一级人民政府备案',
  path: 'filing',
  offered: (d) => d.abilities.file && !d.filing?.filedOn,
  fields: ['filedOn', 'filingRecord'],
  initialValues: (_, today) => ({ filedOn: today }),
  submitText: '记录备案',
  done: '已记录报送备案',
  form: () => (
    <>
      {textItem('filingRecord', '备案报告文号或报送方式', { max: 200, required: '请填写备案报告文号或报送方式' })}
      {dateItem('filedOn', '备案日期', '请选择备案日期')}
    </>
  ),
});

export const outcomeActs = [discussion, partyReport, publish, filing];
