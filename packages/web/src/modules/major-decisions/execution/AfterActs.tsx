// The acts after a decision's publication, declared for the act forms (records/acts.ts) on its record after
// publication: naming the implementing units (第三十四条), the progress report with a problem raised at once
// (第三十五条), the post-decision evaluation (第三十六条), suspension, adjustment and stop (第三十七条) and
// accountability (第三十八条至第四十一条).
import { Form, Select } from 'antd';
import type { DecisionAfter } from '@fazhi/core/contracts';
import { accountabilityArticleLabels, executionProblemLabels } from '@fazhi/core/modules';
import { choiceItem, dateItem, need, textItem } from '../records/ActForms';
import { act, optional } from '../records/acts';
import { meetingKinds } from '../records/DecisionOutcomeActs';

type A = DecisionAfter;

const problems = Object.entries(executionProblemLabels).map(([value, label]) => ({ value, label }));
const record = textItem('decisionRecord', '作出决定的会议或批示', { max: 200, required: '请填写会议或批示' });
const unitOptions = (a: A) => a.unitChoices.map((u) => ({ value: u.id, label: u.name }));

const implementation = act<A, { lead: string; others?: string[]; assignmentRecord: string; assignedOn: string }>({
  title: '明确决策执行单位（第三十四条）',
  path: 'implementation',
  offered: (a) => a.abilities.assignImplementation,
  fields: ['units', 'assignmentRecord', 'assignedOn'],
  initialValues: (_, today) => ({ assignedOn: today }),
  submitText: '明确执行单位',
  done: '已明确决策执行单位',
  body: (v) => ({
    units: [v.lead, ...(v.others ?? []).filter((o) => o !== v.lead)].map((orgId, i) => ({ orgId, lead: i === 0 })),
    assignmentRecord: v.assignmentRecord,
    assignedOn: v.assignedOn,
  }),
  form: (a) => (
    <>
      <Form.Item name="lead" label="牵头执行单位" rules={need('请选择牵头执行单位')}>
        <Select showSearch optionFilterProp="label" options={unitOptions(a)} />
      </Form.Item>
      <Form.Item name="others" label="配合执行单位">
        <Select mode="multiple" optionFilterProp="label" options={unitOptions(a)} />
      </Form.Item>
      {textItem('assignmentRecord', '明确执行单位的会议、批示或文件', { max: 200, required: '请填写会议、批示或文件' })}
      {dateItem('assignedOn', '日期')}
    </>
  ),
});

interface ProgressValues {
  implementerOrgId: string;
  progress: string;
  problem?: string;
  problemDetail?: string;
  reportedOn: string;
}

const progress = act<A, ProgressValues>({
  title: '报告决策执行情况（第三十四条、第三十五条）',
  path: 'progress-reports',
  offered: (a) => a.abilities.reportProgress && a.reportsFor.length > 0,
  fields: ['implementerOrgId', 'progress', 'problem', 'problemDetail', 'reportedOn'],
  initialValues: (a, today) => ({ implementerOrgId: a.reportsFor[0]?.id, reportedOn: today }),
  submitText: '报送执行情况',
  done: '已报送决策执行情况',
  body: (v) => ({ ...v, problem: v.problem || undefined, problemDetail: optional(v.problemDetail) }),
  form: (a) => (
    <>
      <Form.Item name="implementerOrgId" label="决策执行单位" rules={need('请选择执行单位')}>
        <Select options={a.reportsFor.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      {textItem('progress', '执行情况', { rows: 4, max: 10000, required: '请填写执行情况' })}
      <Form.Item name="problem" label="发现的问题类型（第三十五条：应当及时向决策机关报告）">
        <Select allowClear options={problems} />
      </Form.Item>
      {textItem('problemDetail', '发现的问题及建议', { rows: 3, max: 4000 })}
      {dateItem('reportedOn', '报告日期')}
    </>
  ),
});

const evaluation = act<A, Record<string, string>>({
  title: '决策后评估（第三十六条）',
  path: 'evaluations',
  offered: (a) => a.abilities.evaluate,
  fields: [
    'trigger',
    'triggerDetail',
    'evaluatorName',
    'participants',
    'evaluationReport',
    'conclusion',
    'evaluatedOn',
  ],
  initialValues: (_, today) => ({ trigger: 'body_decided', conclusion: 'continue', evaluatedOn: today }),
  submitText: '记录评估结论',
  done: '已记录决策后评估',
  form: () => (
    <>
      {choiceItem('trigger', '启动评估的情形', [
        { value: 'effect_not_reached', label: '实施后明显未达到预期效果' },
        { value: 'many_objections', label: '公民、法人或者其他组织提出较多意见' },
        { value: 'body_decided', label: '决策机关认为有必要' },
      ])}
      {textItem('triggerDetail', '启动评估的情况说明', { rows: 2, max: 4000, required: '请说明启动评估的情况' })}
      {textItem('evaluatorName', '承担评估具体工作的单位', {
        max: 200,
        required: '请填写承担评估的单位',
        extra: '决策作出前承担主要论证评估工作的单位不得承担（第三十六条第二款）',
      })}
      {textItem('participants', '参与评估的公众、代表委员和组织', { max: 2000, required: '请填写参与评估的情况' })}
      {textItem('evaluationReport', '评估报告', { rows: 4, max: 20000, required: '请填写评估报告' })}
      {choiceItem('conclusion', '评估结论', [
        { value: 'continue', label: '继续执行' },
        { value: 'adjust', label: '建议调整决策' },
        { value: 'stop', label: '建议停止执行' },
      ])}
      {dateItem('evaluatedOn', '评估完成日期')}
    </>
  ),
});

const suspension = act<A, Record<string, string>>({
  title: '中止执行（第三十七条：情况紧急的，行政首长可以先决定中止执行）',
  path: 'suspension',
  offered: (a) => a.abilities.suspend,
  fields: ['situation', 'reason', 'decisionRecord', 'decidedOn'],
  initialValues: (_, today) => ({ decidedOn: today }),
  submitText: '中止执行',
  done: '已中止执行',
  form: () => (
    <>
      <Form.Item name="situation" label="中止执行的情形（第三十五条）" rules={need('请选择情形')}>
        <Select options={problems} />
      </Form.Item>
      {textItem('reason', '中止执行的理由', { rows: 2, max: 4000, required: '请填写理由' })}
      {record}
      {dateItem('decidedOn', '决定日期')}
    </>
  ),
});

const adjustment = act<A, Record<string, string>>({
  title: '调整决策（第三十七条）',
  path: 'adjustments',
  offered: (a) => a.abilities.adjust,
  fields: ['kind', 'reason', 'decisionRecord', 'content', 'decidedOn'],
  initialValues: (_, today) => ({ kind: 'minor', decidedOn: today }),
  submitText: '记录调整决定',
  done: '已记录调整决定',
  form: () => (
    <>
      {choiceItem(
        'kind',
        '调整类型',
        [
          { value: 'minor', label: '不改变决策实质内容的调整' },
          { value: 'major', label: '重大调整' },
        ],
        undefined,
        '重大调整的，原决策中止执行，调整后的决策依照条例重新履行决策程序',
      )}
      {textItem('reason', '调整理由', { rows: 2, max: 4000, required: '请填写调整理由' })}
      {textItem('content', '调整内容', { rows: 3, max: 10000, required: '请填写调整内容' })}
      {record}
      {dateItem('decidedOn', '决定日期')}
    </>
  ),
});

const stop = act<A, Record<string, string>>({
  title: '停止执行（第三十条、第三十七条：经常务会议或者全体会议讨论决定）',
  path: 'stop',
  offered: (a) => a.abilities.stop,
  fields: ['reason', 'meetingKind', 'decisionRecord', 'decidedOn'],
  initialValues: (_, today) => ({ meetingKind: 'executive', decidedOn: today }),
  submitText: '停止执行',
  done: '已停止执行',
  form: () => (
    <>
      {textItem('reason', '停止执行的理由', { rows: 2, max: 4000, required: '请填写理由' })}
      {choiceItem('meetingKind', '会议类型', meetingKinds)}
      {record}
      {dateItem('decidedOn', '决定日期')}
    </>
  ),
});

const accountability = act<A, Record<string, string>>({
  title: '记录责任追究（第三十八条至第四十一条）',
  path: 'accountability',
  offered: (a) => a.abilities.recordAccountability,
  fields: ['person', 'article', 'accountabilityFinding', 'handlingBody', 'handling', 'decidedOn'],
  initialValues: (_, today) => ({ decidedOn: today }),
  submitText: '记录责任追究',
  done: '已记录责任追究',
  form: () => (
    <>
      {textItem('person', '被追究责任的单位或人员', { max: 200, required: '请填写被追究责任的单位或人员' })}
      <Form.Item name="article" label="适用条款" rules={need('请选择适用条款')}>
        <Select options={Object.entries(accountabilityArticleLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {textItem('accountabilityFinding', '认定的事实', { rows: 3, max: 10000, required: '请填写认定的事实' })}
      {textItem('handlingBody', '处理机关', { max: 200, required: '请填写处理机关' })}
      {textItem('handling', '处理结果', { rows: 2, max: 4000, required: '请填写处理结果' })}
      {dateItem('decidedOn', '处理日期')}
    </>
  ),
});

/** The acts after publication, in the order of 第三十四条 to 第四十一条 (the archive is the case file's). */
export const afterActs = [implementation, progress, evaluation, suspension, adjustment, stop, accountability];
