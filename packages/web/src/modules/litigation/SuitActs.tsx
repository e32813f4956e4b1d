// The agency's acts on a suit, each a form shown only when the server's abilities offer it: the complaint's copy
// received, the defence submitted, a hearing, who appeared at a held hearing, the outcome, the appeal or the outcome
// taking effect, and the performance. Each posts to POST /litigation-suits/:id/<act> and shows the suit as answered.
import {
  absenceReasonLabels,
  appearanceLabels,
  callGroundLabels,
  headPostLabels,
  suitOutcomeLabels,
} from '@fazhi/core/modules';
import type { LitigationSuit } from '@fazhi/core/contracts';
import { Form, Input, Radio, Select, Switch } from 'antd';
import { api } from '../../api/client';
import DateField from '../../components/DateField';
import FormCard from '../../components/FormCard';
import { displayDate } from '../../shell/datetime';

type Values = Record<string, unknown>;
const options = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const required = (message: string) => [{ required: true, message }];

export default function SuitActs({ suit, onDone }: { suit: LitigationSuit; onDone: (s: LitigationSuit) => void }) {
  const post = (act: string) => async (v: Values) =>
    onDone(await api.post<LitigationSuit>(`/litigation-suits/${suit.id}/${act}`, v));
  const a = suit.abilities;
  const open = suit.hearings.filter((h) => !h.appearance);
  return (
    <>
      {a.serve && (
        <FormCard
          title="收到起诉状副本"
          fields={['complaintServedOn', 'serviceMethod']}
          submitLabel="记录送达"
          onSubmit={post('service')}
        >
          <Form.Item name="complaintServedOn" label="收到起诉状副本日期（起算十五日答辩期）">
            <DateField aria-label="收到起诉状副本日期" />
          </Form.Item>
        </FormCard>
      )}
      {a.defend && (
        <FormCard
          title="提交答辩状和证据"
          fields={['defenceSubmittedOn', 'evidenceNote']}
          submitLabel="记录答辩"
          onSubmit={post('defence')}
        >
          <Form.Item name="defenceSubmittedOn" label="提交答辩状日期">
            <DateField aria-label="提交答辩状日期" />
          </Form.Item>
          <Form.Item
            name="evidenceNote"
            label="提交的证据和规范性文件"
            rules={required('请填写提交的证据和规范性文件')}
          >
            <Input.TextArea aria-label="提交的证据和规范性文件" rows={2} maxLength={2000} />
          </Form.Item>
        </FormCard>
      )}
      {a.hearing && (
        <FormCard
          title="开庭安排"
          fields={['courtHearingOn', 'courtRoom', 'appearanceNoticeOn', 'courtCalledGrounds']}
          initialValues={{ courtCalledGrounds: [] }}
          submitLabel="记录开庭安排"
          onSubmit={post('hearings')}
        >
          <Form.Item name="courtHearingOn" label="开庭日期" rules={required('请选择开庭日期')}>
            <DateField aria-label="开庭日期" />
          </Form.Item>
          <Form.Item name="courtRoom" label="法庭" rules={required('请填写法庭')}>
            <Input aria-label="法庭" maxLength={100} />
          </Form.Item>
          <Form.Item name="courtCalledGrounds" label="人民法院通知负责人出庭的情形（法释〔2020〕3号第四条）">
            <Select mode="multiple" aria-label="通知负责人出庭的情形" options={options(callGroundLabels)} />
          </Form.Item>
          <Form.Item name="appearanceNoticeOn" label="收到出庭通知书日期">
            <DateField aria-label="收到出庭通知书日期" />
          </Form.Item>
        </FormCard>
      )}
      {a.appearance && open.length > 0 && <AppearanceForm suit={suit} post={post('appearance')} />}
      {a.decide && (
        <FormCard
          title="裁判结果"
          fields={['suitOutcome', 'judgedOn', 'judgmentServedOn', 'judgmentSummary']}
          submitLabel="记录裁判结果"
          onSubmit={post('outcome')}
        >
          <Form.Item name="suitOutcome" label="裁判结果" rules={required('请选择裁判结果')}>
            <Select aria-label="裁判结果" options={options(suitOutcomeLabels)} />
          </Form.Item>
          <Form.Item name="judgedOn" label="裁判日期" rules={required('请选择裁判日期')}>
            <DateField aria-label="裁判日期" />
          </Form.Item>
          <Form.Item name="judgmentServedOn" label="收到裁判文书日期（起算上诉期）">
            <DateField aria-label="收到裁判文书日期" />
          </Form.Item>
          <Form.Item name="judgmentSummary" label="裁判主要内容">
            <Input.TextArea aria-label="裁判主要内容" rows={2} maxLength={2000} />
          </Form.Item>
        </FormCard>
      )}
      {a.conclude && (
        <FormCard
          title="上诉或者裁判生效"
          fields={['appealFiled', 'appealedBy', 'appealOrEffectOn']}
          initialValues={{ appealFiled: false }}
          submitLabel="记录"
          onSubmit={post('conclusion')}
        >
          <Form.Item name="appealFiled" label="是否提起上诉" valuePropName="checked">
            <Switch aria-label="是否提起上诉" />
          </Form.Item>
          <Form.Item name="appealedBy" label="上诉人">
            <Input aria-label="上诉人" maxLength={100} />
          </Form.Item>
          <Form.Item name="appealOrEffectOn" label="上诉或者裁判生效日期">
            <DateField aria-label="上诉或者裁判生效日期" />
          </Form.Item>
        </FormCard>
      )}
      {a.perform && (
        <FormCard
          title="履行生效裁判"
          fields={['judgmentPerformedOn', 'performanceNote']}
          submitLabel="记录履行"
          onSubmit={post('performance')}
        >
          <Form.Item name="judgmentPerformedOn" label="履行日期">
            <DateField aria-label="履行日期" />
          </Form.Item>
          <Form.Item name="performanceNote" label="履行情况" rules={required('请填写履行情况')}>
            <Input.TextArea aria-label="履行情况" rows={2} maxLength={2000} />
          </Form.Item>
        </FormCard>
      )}
    </>
  );
}

/** Who appeared for the agency at a held hearing: the head with the certificate, or the reason, proof and stand-in. */
function AppearanceForm({ suit, post }: { suit: LitigationSuit; post: (v: Values) => Promise<void> }) {
  const open = suit.hearings.filter((h) => !h.appearance);
  return (
    <FormCard
      title="出庭应诉情况"
      fields={[
        'courtHearingId',
        'courtAppearance',
        'appearingHeadName',
        'appearingHeadPost',
        'headCertificateOn',
        'headAbsenceReason',
        'headAbsenceProof',
        'standInName',
        'standInPost',
      ]}
      initialValues={{ courtHearingId: open[0]?.id, courtAppearance: 'head' }}
      submitLabel="记录出庭情况"
      onSubmit={post}
    >
      <Form.Item name="courtHearingId" label="庭次">
        <Select
          aria-label="庭次"
          options={open.map((h) => ({ value: h.id, label: `${displayDate(h.hearingOn)} ${h.courtRoom}` }))}
        />
      </Form.Item>
      <Form.Item name="courtAppearance" label="出庭情况">
        <Radio.Group options={options(appearanceLabels)} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue('courtAppearance') === 'head' ? (
            <>
              <Form.Item name="appearingHeadName" label="出庭负责人">
                <Input aria-label="出庭负责人" maxLength={50} />
              </Form.Item>
              <Form.Item name="appearingHeadPost" label="出庭负责人的职务（法释〔2020〕3号第二条）">
                <Select aria-label="出庭负责人的职务" options={options(headPostLabels)} />
              </Form.Item>
              <Form.Item name="headCertificateOn" label="提交负责人身份证明日期（第六条）">
                <DateField aria-label="提交负责人身份证明日期" />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="headAbsenceReason" label="负责人不能出庭的理由（第八条）">
                <Select aria-label="负责人不能出庭的理由" options={options(absenceReasonLabels)} />
              </Form.Item>
              <Form.Item name="headAbsenceProof" label="证明材料（加盖印章或者正职负责人签字，第九条）">
                <Input.TextArea aria-label="证明材料" rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item name="standInName" label="出庭工作人员">
                <Input aria-label="出庭工作人员" maxLength={50} />
              </Form.Item>
              <Form.Item name="standInPost" label="出庭工作人员的职务">
                <Input aria-label="出庭工作人员的职务" maxLength={50} />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
    </FormCard>
  );
}
