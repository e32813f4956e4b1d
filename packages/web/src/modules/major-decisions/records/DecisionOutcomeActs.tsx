// The acts after the legality review: the collective discussion (第三十条: each member's view in the order spoken,
// the head of government last, dissent written with its content, the head's reasons where the decision differs
// from the majority), the report to the same-level Party committee (第三十一条), the publication with the adoption
// explanation and the interpretation (第三十二条), and the filing one level up within the region's period.
import { Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import DateField from '../../../components/DateField';
import { useToday } from '../../../shell/session';
import ActCard, { area, need, type Props } from './ActCard';

interface Speech {
  name: string;
  isHead: boolean;
  view: 'agree' | 'disagree' | 'abstain';
  opinion?: string;
}

export function DiscussionAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{
      meetingKind: string;
      meetingName: string;
      meetingOn: string;
      attendees?: string;
      speeches: Speech[];
      decision: string;
      headReasons?: string;
    }>
      decision={d}
      title="集体讨论决定"
      path="discussion"
      fields={['meetingKind', 'meetingName', 'meetingOn', 'attendees', 'speeches', 'decision', 'headReasons']}
      initialValues={{
        meetingKind: 'executive',
        meetingOn: today,
        decision: 'adopted',
        speeches: [
          { name: '', isHead: false, view: 'agree' },
          { name: '', isHead: true, view: 'agree' },
        ],
      }}
      submitText="记录集体讨论决定"
      done="已记录集体讨论决定"
      transform={(v) => ({
        ...v,
        attendees: (v.attendees ?? '').split(/[、，,\s]+/).filter(Boolean),
        speeches: v.speeches.map((s) => ({ ...s, isHead: !!s.isHead, opinion: s.opinion?.trim() || undefined })),
        headReasons: v.headReasons?.trim() || undefined,
      })}
      onDone={onDone}
    >
      <Space wrap align="start">
        <Form.Item name="meetingKind" label="会议类型">
          <Radio.Group
            options={[
              { value: 'executive', label: '常务会议' },
              { value: 'plenary', label: '全体会议' },
            ]}
          />
        </Form.Item>
        <Form.Item name="meetingName" label="会议名称" rules={need('请填写会议名称')}>
          <Input maxLength={200} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="meetingOn" label="会议日期" rules={need('请选择会议日期')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name="attendees" label="出席人员（以顿号分隔）">
        <Input maxLength={2000} />
      </Form.Item>
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
      <Form.Item name="decision" label="决定">
        <Radio.Group
          options={[
            { value: 'adopted', label: '通过' },
            { value: 'not_adopted', label: '不予通过' },
            { value: 'deferred', label: '暂缓决定，修改后再议' },
          ]}
        />
      </Form.Item>
      <Form.Item name="headReasons" label="行政首长说明的理由（决定与多数人意见不一致的）">
        {area(2, 4000)}
      </Form.Item>
    </ActCard>
  );
}

export function PartyReportAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ reportedOn: string; reportRecord: string }>
      decision={d}
      title="向同级党委请示报告"
      path="party-report"
      fields={['reportedOn', 'reportRecord']}
      initialValues={{ reportedOn: today }}
      submitText="记录请示报告"
      done="已记录向同级党委请示报告"
      onDone={onDone}
    >
      <Form.Item name="reportRecord" label="请示报告文件或党委批复" rules={need('请填写请示报告文件或党委批复')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="reportedOn" label="请示报告日期" rules={need('请选择请示报告日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

export function PublishAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ publishedOn: string; publishedText: string; adoptionExplanation: string; interpretation: string }>
      decision={d}
      title="公布决策"
      path="publication"
      fields={['publishedOn', 'publishedText', 'adoptionExplanation', 'interpretation']}
      initialValues={{ publishedOn: today, publishedText: d.draft?.text ?? '' }}
      submitText="公布"
      done="决策已公布"
      onDone={onDone}
    >
      <Form.Item name="publishedText" label="公布的决策文本" rules={need('请填写公布的决策文本')}>
        {area(4, 20000)}
      </Form.Item>
      <Form.Item
        name="adoptionExplanation"
        label="公众意见、专家论证意见采纳情况说明"
        rules={need('请填写意见采纳情况说明')}
      >
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="interpretation" label="政策解读" rules={need('请填写政策解读')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="publishedOn" label="公布日期" rules={need('请选择公布日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}

export function FilingAct({ d, onDone }: Props) {
  const today = useToday();
  return (
    <ActCard<{ filedOn: string; filingRecord: string }>
      decision={d}
      title="报送上一级人民政府备案"
      path="filing"
      fields={['filedOn', 'filingRecord']}
      initialValues={{ filedOn: today }}
      submitText="记录备案"
      done="已记录报送备案"
      onDone={onDone}
    >
      <Form.Item name="filingRecord" label="备案报告文号或报送方式" rules={need('请填写备案报告文号或报送方式')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="filedOn" label="备案日期" rules={need('请选择备案日期')}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </ActCard>
  );
}
