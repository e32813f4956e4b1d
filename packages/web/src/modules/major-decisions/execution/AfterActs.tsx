// The forms of the acts after a decision the user's abilities allow: naming the implementing units (第三十四条), the
// progress report with a problem raised at once (第三十五条), the post-decision evaluation (第三十六条), suspension,
// adjustment and stop (第三十七条) and accountability (第三十八条至第四十一条).
import { Form, Input, Radio, Select } from 'antd';
import { accountabilityArticleLabels, executionProblemLabels } from '@fazhi/core/modules';
import DateField from '../../../components/DateField';
import { useToday } from '../../../shell/session';
import { area, need } from '../records/ActCard';
import AfterAct, { type AfterProps } from './AfterAct';

const problems = Object.entries(executionProblemLabels).map(([value, label]) => ({ value, label }));
const dated = (name: string, label: string) => (
  <Form.Item name={name} label={label}>
    <DateField style={{ width: 180 }} />
  </Form.Item>
);
const record = (
  <Form.Item name="decisionRecord" label="作出决定的会议或批示" rules={need('请填写会议或批示')}>
    <Input maxLength={200} />
  </Form.Item>
);

export function ImplementationAct({ a, onDone }: AfterProps) {
  const today = useToday();
  return (
    <AfterAct<{ lead: string; others?: string[]; assignmentRecord: string; assignedOn: string }>
      a={a}
      title="明确决策执行单位（第三十四条）"
      path="implementation"
      fields={['units', 'assignmentRecord', 'assignedOn']}
      initialValues={{ assignedOn: today }}
      submitText="明确执行单位"
      done="已明确决策执行单位"
      transform={(v) => ({
        units: [v.lead, ...(v.others ?? []).filter((o) => o !== v.lead)].map((orgId, i) => ({ orgId, lead: i === 0 })),
        assignmentRecord: v.assignmentRecord,
        assignedOn: v.assignedOn,
      })}
      onDone={onDone}
    >
      <Form.Item name="lead" label="牵头执行单位" rules={need('请选择牵头执行单位')}>
        <Select
          showSearch
          optionFilterProp="label"
          options={a.unitChoices.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="others" label="配合执行单位">
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={a.unitChoices.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="assignmentRecord" label="明确执行单位的会议、批示或文件" rules={need('请填写会议、批示或文件')}>
        <Input maxLength={200} />
      </Form.Item>
      {dated('assignedOn', '日期')}
    </AfterAct>
  );
}

export function ProgressAct({ a, onDone }: AfterProps) {
  const today = useToday();
  return (
    <AfterAct<{
      implementerOrgId: string;
      progress: string;
      problem?: string;
      problemDetail?: string;
      reportedOn: string;
    }>
      a={a}
      title="报告决策执行情况（第三十四条、第三十五条）"
      path="progress-reports"
      fields={['implementerOrgId', 'progress', 'problem', 'problemDetail', 'reportedOn']}
      initialValues={{ implementerOrgId: a.reportsFor[0]?.id, reportedOn: today }}
      submitText="报送执行情况"
      done="已报送决策执行情况"
      transform={(v) => ({
        ...v,
        problem: v.problem || undefined,
        problemDetail: v.problemDetail?.trim() || undefined,
      })}
      onDone={onDone}
    >
      <Form.Item name="implementerOrgId" label="决策执行单位" rules={need('请选择执行单位')}>
        <Select options={a.reportsFor.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="progress" label="执行情况" rules={need('请填写执行情况')}>
        {area(4, 10000)}
      </Form.Item>
      <Form.Item name="problem" label="发现的问题类型（第三十五条：应当及时向决策机关报告）">
        <Select allowClear options={problems} />
      </Form.Item>
      <Form.Item name="problemDetail" label="发现的问题及建议">
        {area(3, 4000)}
      </Form.Item>
      {dated('reportedOn', '报告日期')}
    </AfterAct>
  );
}

export function EvaluationAct({ a, onDone }: AfterProps) {
  const today = useToday();
  return (
    <AfterAct<Record<string, string>>
      a={a}
      title="决策后评估（第三十六条）"
      path="evaluations"
      fields={[
        'trigger',
        'triggerDetail',
        'evaluatorName',
        'participants',
        'evaluationReport',
        'conclusion',
        'evaluatedOn',
      ]}
      initialValues={{ trigger: 'body_decided', conclusion: 'continue', evaluatedOn: today }}
      submitText="记录评估结论"
      done="已记录决策后评估"
      onDone={onDone}
    >
      <Form.Item name="trigger" label="启动评估的情形">
        <Radio.Group
          options={[
            { value: 'effect_not_reached', label: '实施后明显未达到预期效果' },
            { value: 'many_objections', label: '公民、法人或者其他组织提出较多意见' },
            { value: 'body_decided', label: '决策机关认为有必要' },
          ]}
        />
      </Form.Item>
      <Form.Item name="triggerDetail" label="启动评估的情况说明" rules={need('请说明启动评估的情况')}>
        {area(2, 4000)}
      </Form.Item>
      <Form.Item
        name="evaluatorName"
        label="承担评估具体工作的单位"
        extra="决策作出前承担主要论证评估工作的单位不得承担（第三十六条第二款）"
        rules={need('请填写承担评估的单位')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="participants" label="参与评估的公众、代表委员和组织" rules={need('请填写参与评估的情况')}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name="evaluationReport" label="评估报告" rules={need('请填写评估报告')}>
        {area(4, 20000)}
      </Form.Item>
      <Form.Item name="conclusion" label="评估结论">
        <Radio.Group
          options={[
            { value: 'continue', label: '继续执行' },
            { value: 'adjust', label: '建议调整决策' },
            { value: 'stop', label: '建议停止执行' },
          ]}
        />
      </Form.Item>
      {dated('evaluatedOn', '评估完成日期')}
    </AfterAct>
  );
}

export function ChangeActs({ a, onDone }: AfterProps) {
  const today = useToday();
  const ab = a.abilities;
  return (
    <>
      {ab.suspend && (
        <AfterAct<Record<string, string>>
          a={a}
          title="中止执行（第三十七条：情况紧急的，行政首长可以先决定中止执行）"
          path="suspension"
          fields={['situation', 'reason', 'decisionRecord', 'decidedOn']}
          initialValues={{ decidedOn: today }}
          submitText="中止执行"
          done="已中止执行"
          onDone={onDone}
        >
          <Form.Item name="situation" label="中止执行的情形（第三十五条）" rules={need('请选择情形')}>
            <Select options={problems} />
          </Form.Item>
          <Form.Item name="reason" label="中止执行的理由" rules={need('请填写理由')}>
            {area(2, 4000)}
          </Form.Item>
          {record}
          {dated('decidedOn', '决定日期')}
        </AfterAct>
      )}
      {ab.adjust && (
        <AfterAct<Record<string, string>>
          a={a}
          title="调整决策（第三十七条）"
          path="adjustments"
          fields={['kind', 'reason', 'decisionRecord', 'content', 'decidedOn']}
          initialValues={{ kind: 'minor', decidedOn: today }}
          submitText="记录调整决定"
          done="已记录调整决定"
          onDone={onDone}
        >
          <Form.Item
            name="kind"
            label="调整类型"
            extra="重大调整的，原决策中止执行，调整后的决策依照条例重新履行决策程序"
          >
            <Radio.Group
              options={[
                { value: 'minor', label: '不改变决策实质内容的调整' },
                { value: 'major', label: '重大调整' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="调整理由" rules={need('请填写调整理由')}>
            {area(2, 4000)}
          </Form.Item>
          <Form.Item name="content" label="调整内容" rules={need('请填写调整内容')}>
            {area(3, 10000)}
          </Form.Item>
          {record}
          {dated('decidedOn', '决定日期')}
        </AfterAct>
      )}
      {ab.stop && (
        <AfterAct<Record<string, string>>
          a={a}
          title="停止执行（第三十条、第三十七条：经常务会议或者全体会议讨论决定）"
          path="stop"
          fields={['reason', 'meetingKind', 'decisionRecord', 'decidedOn']}
          initialValues={{ meetingKind: 'executive', decidedOn: today }}
          submitText="停止执行"
          done="已停止执行"
          onDone={onDone}
        >
          <Form.Item name="reason" label="停止执行的理由" rules={need('请填写理由')}>
            {area(2, 4000)}
          </Form.Item>
          <Form.Item name="meetingKind" label="会议类型">
            <Radio.Group
              options={[
                { value: 'executive', label: '常务会议' },
                { value: 'plenary', label: '全体会议' },
              ]}
            />
          </Form.Item>
          {record}
          {dated('decidedOn', '决定日期')}
        </AfterAct>
      )}
    </>
  );
}

export function AccountabilityAct({ a, onDone }: AfterProps) {
  const today = useToday();
  return (
    <AfterAct<Record<string, string>>
      a={a}
      title="记录责任追究（第三十八条至第四十一条）"
      path="accountability"
      fields={['person', 'article', 'accountabilityFinding', 'handlingBody', 'handling', 'decidedOn']}
      initialValues={{ decidedOn: today }}
      submitText="记录责任追究"
      done="已记录责任追究"
      onDone={onDone}
    >
      <Form.Item name="person" label="被追究责任的单位或人员" rules={need('请填写被追究责任的单位或人员')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="article" label="适用条款" rules={need('请选择适用条款')}>
        <Select options={Object.entries(accountabilityArticleLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="accountabilityFinding" label="认定的事实" rules={need('请填写认定的事实')}>
        {area(3, 10000)}
      </Form.Item>
      <Form.Item name="handlingBody" label="处理机关" rules={need('请填写处理机关')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="handling" label="处理结果" rules={need('请填写处理结果')}>
        {area(2, 4000)}
      </Form.Item>
      {dated('decidedOn', '处理日期')}
    </AfterAct>
  );
}
