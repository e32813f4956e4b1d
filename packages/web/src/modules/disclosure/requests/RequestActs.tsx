// The body's acts on a request, each a form shown only when the server's abilities offer it: confirming an online
// request's receipt, the 补正 (told once), the consultation and its end, the extension, the answer of its type, the
// request deemed withdrawn. Each posts to POST /disclosure-requests/:id/<act> and shows the request as answered.
import { consultationKindLabels } from '@fazhi/core/modules';
import { givenReplyOutcomes, replyGroupLabels, replyOutcomes } from '@fazhi/core/disclosure';
import type { DisclosureRequest } from '@fazhi/core/contracts';
import { Form, Input, Select } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';

type Values = Record<string, unknown>;
const required = (message: string) => [{ required: true, whitespace: true, message }];
// the answers grouped as table 三 groups them, each with its article
const outcomeOptions = Object.entries(replyGroupLabels)
  .map(([group, label]) => ({
    label,
    options: givenReplyOutcomes
      .filter((k) => replyOutcomes[k].group === group)
      .map((k) => ({
        value: k,
        label: `${replyOutcomes[k].label}（${replyOutcomes[k].basis.replace('《中华人民共和国政府信息公开条例》', '条例')}）`,
      })),
  }))
  .filter((g) => g.options.length > 0);

export default function RequestActs({ r, onDone }: { r: DisclosureRequest; onDone: (r: DisclosureRequest) => void }) {
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<DisclosureRequest>(`/disclosure-requests/${r.id}/${path}`, body));
  const a = r.abilities;
  return (
    <>
      {a['confirm-receipt'] && (
        <FormCard<Values>
          title="确认收到申请（第三十一条：以双方确认之日为收到申请之日）"
          fields={['confirmedOn']}
          submitLabel="确认收到"
          onSubmit={post('receipt')}
        >
          <Form.Item name="confirmedOn" label="双方确认日期" extra="不填写的，为今天">
            <DateField style={{ width: 180 }} aria-label="双方确认日期" />
          </Form.Item>
        </FormCard>
      )}
      {a['request-correction'] && (
        <FormCard<{ correctionItems: string; requestedOn?: string; correctionDueOn?: string }>
          title="告知补正（第三十条：收到申请之日起7个工作日内一次性告知）"
          fields={['correctionItems', 'requestedOn', 'correctionDueOn']}
          submitLabel="告知补正"
          onSubmit={(v) =>
            post('correction-request')({
              correctionItems: v.correctionItems
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
              requestedOn: v.requestedOn,
              correctionDueOn: v.correctionDueOn,
            })
          }
        >
          <Form.Item
            name="correctionItems"
            label="补正事项（每行一项，一次性列明）"
            rules={required('请列明需要补正的事项')}
          >
            <Input.TextArea rows={3} aria-label="补正事项" />
          </Form.Item>
          <Form.Item name="requestedOn" label="通知补正日期">
            <DateField style={{ width: 180 }} aria-label="通知补正日期" />
          </Form.Item>
          <Form.Item name="correctionDueOn" label="补正期限" extra="不填写的，按本地区默认的补正期限计算">
            <DateField style={{ width: 180 }} aria-label="补正期限" />
          </Form.Item>
        </FormCard>
      )}
      {a['submit-correction'] && (
        <FormCard<Values>
          title="记录申请人以信函或者当面提交的补正"
          fields={['correctionText']}
          submitLabel="记录补正"
          onSubmit={post('correction')}
        >
          <Form.Item name="correctionText" label="补正材料说明" rules={required('请说明补正的内容')}>
            <Input.TextArea rows={3} aria-label="补正材料说明" />
          </Form.Item>
        </FormCard>
      )}
      {a['deem-withdrawn'] && (
        <FormCard<Values>
          title="逾期不补正（第三十条：视为放弃申请）"
          fields={[]}
          submitLabel="视为放弃申请"
          onSubmit={post('withdrawal')}
        >
          <p>补正期限届满后，申请人无正当理由逾期不补正的，视为放弃申请，不再处理。</p>
        </FormCard>
      )}
      {a['start-consultation'] && (
        <FormCard<Values>
          title="征求意见（第三十二条、第三十四条：征求意见期间不计入答复期限）"
          fields={['consultationKind', 'consultee', 'consultationStartedOn']}
          submitLabel="发出征求意见书"
          initialValues={{ consultationKind: 'third_party' }}
          onSubmit={post('consultation')}
        >
          <Form.Item name="consultationKind" label="征求意见的对象">
            <Select
              options={Object.entries(consultationKindLabels).map(([value, label]) => ({ value, label }))}
              aria-label="征求意见的对象"
            />
          </Form.Item>
          <Form.Item
            name="consultee"
            label="被征求意见的第三方或者机关"
            rules={required('请填写被征求意见的第三方或者机关')}
          >
            <Input maxLength={100} aria-label="被征求意见的第三方或者机关" />
          </Form.Item>
          <Form.Item name="consultationStartedOn" label="发出征求意见书日期">
            <DateField style={{ width: 180 }} aria-label="发出征求意见书日期" />
          </Form.Item>
        </FormCard>
      )}
      {a['end-consultation'] && (
        <FormCard<Values>
          title="收到意见或者征求意见期满"
          fields={['opinion', 'consultationEndedOn']}
          submitLabel="记录意见"
          onSubmit={post('consultation-end')}
        >
          <Form.Item name="opinion" label="意见（逾期未提出的，写明逾期）" rules={required('请填写意见')}>
            <Input.TextArea rows={3} aria-label="第三方或者机关的意见" />
          </Form.Item>
          <Form.Item name="consultationEndedOn" label="收到意见或者期满日期">
            <DateField style={{ width: 180 }} aria-label="收到意见或者期满日期" />
          </Form.Item>
        </FormCard>
      )}
      {a.extend && (
        <FormCard<Values>
          title="延长答复期限（第三十三条第二款：经负责人同意，最长不超过20个工作日）"
          fields={['approver', 'reason', 'approvedOn']}
          submitLabel="延长答复期限"
          onSubmit={post('extension')}
        >
          <Form.Item name="approver" label="同意人（政府信息公开工作机构负责人）" rules={required('请填写同意人')}>
            <Input maxLength={50} aria-label="同意延期的负责人" />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" rules={required('请写明理由')}>
            <Input.TextArea rows={2} aria-label="延期理由" />
          </Form.Item>
          <Form.Item name="approvedOn" label="同意日期">
            <DateField style={{ width: 180 }} aria-label="同意延期日期" />
          </Form.Item>
        </FormCard>
      )}
      {a.reply && (
        <FormCard<Values>
          title="作出答复（第三十六条）"
          fields={['outcome', 'replyText', 'holderName', 'repliedOn']}
          submitLabel="作出答复"
          onSubmit={post('reply')}
        >
          <Form.Item name="outcome" label="答复类型" rules={[{ required: true, message: '请选择答复类型' }]}>
            <Select options={outcomeOptions} aria-label="答复类型" />
          </Form.Item>
          <Form.Item name="replyText" label="答复内容和理由" rules={required('请填写答复内容')}>
            <Input.TextArea rows={4} aria-label="答复内容和理由" />
          </Form.Item>
          <Form.Item name="holderName" label="负责公开该信息的机关（不属于本机关公开的）">
            <Input maxLength={100} aria-label="负责公开该信息的机关" />
          </Form.Item>
          <Form.Item name="repliedOn" label="答复日期">
            <DateField style={{ width: 180 }} aria-label="答复日期" />
          </Form.Item>
        </FormCard>
      )}
    </>
  );
}
