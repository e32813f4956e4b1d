// The office's acts on a case, each a form shown only when the server's abilities offer it: the acceptance review's
// (补正, 受理, 不予受理, 视为放弃) and the hearing's (承办人, 副本, 答复, 中止, 恢复, 终止, 延长, 决定, 公开). Each posts to
// POST /reconsideration-cases/:id/<act> and shows the case as the server answers it.
import {
  acceptanceConditionLabels,
  reconsiderationDecisionLabels,
  reconsiderationProcedureLabels,
  simplifiedGroundLabels,
  suspensionGroundLabels,
  terminationGroundLabels,
  viewWayLabels,
} from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { options, required } from './form-options';

type Values = Record<string, unknown>;

/** Whether the case is major and who handles it (第三十六条第一款; at least 2, 3 for a major case): at acceptance
 * and when the office names or changes the handlers later, each form's inputs named apart by `prefix`. */
const handlerFields = (c: ReconsiderationCase, prefix: string) => (
  <>
    <Form.Item name="major" label="重大、疑难、复杂案件" valuePropName="checked">
      <Switch aria-label={`${prefix}重大案件`} />
    </Form.Item>
    <Form.Item name="handlerIds" label="承办人（行政复议人员）" rules={required('请指定承办人')}>
      <Select
        mode="multiple"
        aria-label={`${prefix}承办人`}
        options={c.handlerChoices.map((h) => ({ value: h.id, label: h.name }))}
      />
    </Form.Item>
  </>
);

export default function CaseActs({ c, onDone }: { c: ReconsiderationCase; onDone: (c: ReconsiderationCase) => void }) {
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/${path}`, body));
  const a = c.abilities;
  // an act that records only the day it was done (the copy sent, the answer received)
  const dayAct = (title: string, submitLabel: string, path: string, label: string) => (
    <FormCard<Values> title={title} fields={['handledOn']} submitLabel={submitLabel} onSubmit={post(path)}>
      <Form.Item name="handledOn" label={label}>
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </FormCard>
  );
  // an act the head of the reconsideration office approves (extension 第六十二条, conversion 第五十五条): who, why, when
  const approvalAct = (
    title: string,
    submitLabel: string,
    path: string,
    aria: { approver: string; reason: string },
  ) => (
    <FormCard<Values>
      title={title}
      fields={['approver', 'approvedOn', 'reason']}
      submitLabel={submitLabel}
      onSubmit={post(path)}
    >
      <Form.Item name="approver" label="批准人（行政复议机构负责人）" rules={required('请填写批准人')}>
        <Input aria-label={aria.approver} />
      </Form.Item>
      <Form.Item name="reason" label="理由" rules={required('请写明理由')}>
        <Input.TextArea rows={2} aria-label={aria.reason} />
      </Form.Item>
      <Form.Item name="approvedOn" label="批准日期">
        <DateField style={{ width: 180 }} />
      </Form.Item>
    </FormCard>
  );
  return (
    <>
      {a['request-correction'] && (
        <FormCard<{ correctionItems: string; requestedOn?: string }>
          title="通知补正（第三十一条：一次性列明需要补正的全部事项）"
          fields={['correctionItems', 'requestedOn']}
          submitLabel="通知补正"
          onSubmit={(v) =>
            post('correction-request')({
              correctionItems: v.correctionItems
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
              requestedOn: v.requestedOn,
            })
          }
        >
          <Form.Item name="correctionItems" label="补正事项（每行一项）" rules={required('请列明需要补正的事项')}>
            <Input.TextArea rows={4} aria-label="补正事项" />
          </Form.Item>
          <Form.Item name="requestedOn" label="通知补正日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.accept && (
        <FormCard<Values>
          title="受理（第三十条）"
          fields={['conditionsMet', 'procedure', 'simplifiedGround', 'amountYuan', 'major', 'handlerIds', 'acceptedOn']}
          submitLabel="决定受理"
          initialValues={{ procedure: 'ordinary', major: false, conditionsMet: [] }}
          onSubmit={post('acceptance')}
        >
          <Form.Item name="conditionsMet" label="经审查符合的受理条件">
            <Checkbox.Group aria-label="受理条件">
              <Space direction="vertical">
                {options(acceptanceConditionLabels).map((o) => (
                  <Checkbox key={o.value} value={o.value}>
                    {o.label}
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="procedure" label="审理程序">
            <Radio.Group options={options(reconsiderationProcedureLabels)} />
          </Form.Item>
          <Form.Item name="simplifiedGround" label="适用简易程序的情形（第五十三条）">
            <Select allowClear options={options(simplifiedGroundLabels)} aria-label="适用简易程序的情形" />
          </Form.Item>
          <Form.Item name="amountYuan" label="涉及款额（元）">
            <InputNumber min={0} style={{ width: 180 }} aria-label="涉及款额" />
          </Form.Item>
          {handlerFields(c, '')}
          <Form.Item name="acceptedOn" label="受理日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a['name-handlers'] && (
        <FormCard<Values>
          title={`${c.handlers.length ? '变更' : '指定'}承办人（第三十六条第一款）`}
          fields={['major', 'handlerIds', 'namedOn']}
          submitLabel={c.handlers.length ? '变更承办人' : '指定承办人'}
          initialValues={{ handlerIds: c.handlers.map((h) => h.id), major: c.major }}
          onSubmit={post('handlers')}
        >
          {handlerFields(c, '指定')}
          <Form.Item name="namedOn" label="指定日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.refuse && (
        <FormCard<Values>
          title="不予受理（第三十条第二款）"
          fields={['refusalReason', 'competentBody', 'refusedOn']}
          submitLabel="决定不予受理"
          onSubmit={post('refusal')}
        >
          <Form.Item name="refusalReason" label="不予受理的理由" rules={required('请写明理由')}>
            <Input.TextArea rows={3} aria-label="不予受理的理由" />
          </Form.Item>
          <Form.Item name="competentBody" label="有管辖权的行政复议机关（如有）">
            <Input aria-label="有管辖权的行政复议机关" />
          </Form.Item>
          <Form.Item name="refusedOn" label="决定日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a['deem-withdrawn'] && (
        <FormCard<Values>
          title="逾期不补正（第三十一条第二款）"
          fields={[]}
          submitLabel="记录视为放弃申请"
          onSubmit={post('withdrawal')}
        >
          <p>申请人无正当理由逾期不补正的，视为放弃行政复议申请，并记录在案。</p>
        </FormCard>
      )}
      {a['send-copy'] &&
        !c.copySentOn &&
        dayAct('发送申请书副本（第四十八条、第五十四条）', '记录已发送', 'copy', '发送日期')}
      {a['record-answer'] &&
        c.copySentOn &&
        !c.answeredOn &&
        dayAct('收到被申请人书面答复', '记录答复', 'answer', '收到日期')}
      {a.suspend && (
        <FormCard<Values>
          title="中止（第三十九条）"
          fields={['ground', 'reason', 'suspendedOn']}
          submitLabel="中止审理"
          onSubmit={post('suspension')}
        >
          <Form.Item name="ground" label="中止的情形" rules={required('请选择情形')}>
            <Select options={options(suspensionGroundLabels)} aria-label="中止的情形" />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={required('请写明理由')}>
            <Input.TextArea rows={2} aria-label="中止理由" />
          </Form.Item>
          <Form.Item name="suspendedOn" label="中止日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.resume && (
        <FormCard<Values> title="恢复审理" fields={['resumedOn']} submitLabel="恢复审理" onSubmit={post('resumption')}>
          <Form.Item name="resumedOn" label="恢复日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.extend &&
        c.procedure === 'ordinary' &&
        approvalAct('延长审理期限（第六十二条第一款）', '记录批准延长', 'extension', {
          approver: '批准人',
          reason: '延长理由',
        })}
      {a['record-views'] && (
        <FormCard<Values>
          title="听取当事人意见（第四十九条）"
          fields={['party', 'way', 'heardOn', 'summary']}
          submitLabel="记录意见"
          initialValues={{ way: 'in_person' }}
          onSubmit={post('views')}
        >
          <Form.Item name="party" label="当事人" rules={required('请填写当事人')}>
            <Input aria-label="听取意见的当事人" />
          </Form.Item>
          <Form.Item name="way" label="方式">
            <Radio.Group options={options(viewWayLabels)} />
          </Form.Item>
          <Form.Item name="summary" label="意见摘要" rules={required('请记录意见')}>
            <Input.TextArea rows={3} aria-label="意见摘要" />
          </Form.Item>
          <Form.Item name="heardOn" label="听取日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a['convert-procedure'] &&
        c.procedure === 'simplified' &&
        approvalAct('转为普通程序（第五十五条）', '记录批准转换', 'conversion', {
          approver: '转换批准人',
          reason: '转换理由',
        })}
      {a.decide && (
        <FormCard<Values>
          title="作出行政复议决定"
          fields={['decisionType', 'decisionText', 'decidedOn', 'writtenReviewReason']}
          submitLabel="记录决定"
          onSubmit={post('decision')}
        >
          <Form.Item name="decisionType" label="决定类型" rules={required('请选择决定类型')}>
            <Select options={options(reconsiderationDecisionLabels)} aria-label="决定类型" />
          </Form.Item>
          <Form.Item name="decisionText" label="决定书正文" rules={required('请填写决定书正文')}>
            <Input.TextArea rows={6} aria-label="决定书正文" />
          </Form.Item>
          {c.procedure === 'ordinary' && c.views.length === 0 && (
            <Form.Item name="writtenReviewReason" label="书面审理的理由（因当事人原因不能听取意见的，第四十九条）">
              <Input.TextArea rows={2} aria-label="书面审理的理由" />
            </Form.Item>
          )}
          <Form.Item name="decidedOn" label="决定日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.terminate && (
        <FormCard<Values>
          title="终止（第四十一条）"
          fields={['ground', 'reason', 'terminatedOn']}
          submitLabel="终止行政复议"
          onSubmit={post('termination')}
        >
          <Form.Item name="ground" label="终止的情形" rules={required('请选择情形')}>
            <Select options={options(terminationGroundLabels)} aria-label="终止的情形" />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={required('请写明理由')}>
            <Input.TextArea rows={2} aria-label="终止理由" />
          </Form.Item>
          <Form.Item name="terminatedOn" label="终止日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {a.publish && !c.publishedOn && (
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => void post('publication')({})}>
          在门户网站公开决定书（隐去个人信息）
        </Button>
      )}
    </>
  );
}
