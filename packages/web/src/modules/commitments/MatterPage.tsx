// One matter handled by commitment: the item with its list and basis, the applicant (identifiers masked), the
// commitment, and the check — recorded here once: kept, or false with what followed (国办发〔2020〕42号).
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Tag } from 'antd';
import type { CommitmentMatter } from '@fazhi/core/contracts';
import { falseCommitmentConsequenceLabels } from '@fazhi/core/modules';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { resultColour } from './format';

const consequenceOptions = Object.entries(falseCommitmentConsequenceLabels).map(([value, label]) => ({ value, label }));

function CheckForm({ id, onDone }: { id: string; onDone: (m: CommitmentMatter) => void }) {
  const today = useToday();
  const [form] = Form.useForm();
  const result = Form.useWatch('checkResult', form) as string | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="记录核查结果" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ checkResult: 'kept', checkedOn: today, consequences: [] }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            // a commitment found true has no consequences, whatever was ticked before the result changed
            const body = v.checkResult === 'false' ? v : { ...v, consequences: [], consequenceNote: undefined };
            onDone(await api.post<CommitmentMatter>(`/commitment-matters/${id}/check`, body));
          } catch (e) {
            setError(
              applyFieldErrors(form, e, ['checkedOn', 'checkResult', 'checkNote', 'consequences', 'consequenceNote']),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="checkedOn" label="核查日期">
          <DateField aria-label="核查日期" />
        </Form.Item>
        <Form.Item name="checkResult" label="核查结果">
          <Radio.Group
            options={[
              { value: 'kept', label: '承诺属实' },
              { value: 'false', label: '承诺不实' },
            ]}
          />
        </Form.Item>
        <Form.Item name="checkNote" label="核查情况" rules={[{ required: true, message: '请填写核查情况' }]}>
          <Input.TextArea rows={2} maxLength={2000} aria-label="核查情况" />
        </Form.Item>
        {/* kept mounted and only hidden while the commitment is found true: a field mounted when 承诺不实 is chosen
            took its initial value again on the render after, dropping a box ticked in between */}
        <Form.Item name="consequences" label="处理结果" hidden={result !== 'false'}>
          <Checkbox.Group options={consequenceOptions} />
        </Form.Item>
        <Form.Item name="consequenceNote" label="处理情况说明" hidden={result !== 'false'}>
          <Input.TextArea rows={2} maxLength={2000} aria-label="处理情况说明" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          记录核查结果
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function MatterPage() {
  const { id = '' } = useParams();
  const loaded = useApi<CommitmentMatter>(`/commitment-matters/${id}`);
  const [updated, setUpdated] = useState<CommitmentMatter | null>(null);
  const m = updated ?? loaded.data;
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  return (
    <>
      <Card
        size="small"
        loading={loaded.loading && !m}
        title={m ? `告知承诺办理：${m.itemName}` : '告知承诺办理事项'}
        extra={m && <Tag color={resultColour(m.checkResult)}>{m.checkResultLabel}</Tag>}
      >
        {m && (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="办理机关">{m.bodyName}</Descriptions.Item>
            <Descriptions.Item label="办理日期">{displayDate(m.handledOn)}</Descriptions.Item>
            <Descriptions.Item label="事项">{`${m.itemName}（${m.listLabel}，${m.itemCode}）`}</Descriptions.Item>
            <Descriptions.Item label="法律依据">{m.basis}</Descriptions.Item>
            <Descriptions.Item label="申请人">{m.applicantName}</Descriptions.Item>
            <Descriptions.Item label={m.applicantKind === 'person' ? '身份证号码' : '统一社会信用代码'}>
              {m.applicantIdentifier ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="手机号码">{m.applicantMobile ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="申请人的承诺">{m.commitment}</Descriptions.Item>
            {m.checkedOn && (
              <>
                <Descriptions.Item label="核查日期">{displayDate(m.checkedOn)}</Descriptions.Item>
                <Descriptions.Item label="核查情况">{m.checkNote}</Descriptions.Item>
              </>
            )}
            {m.consequenceLabels.length > 0 && (
              <Descriptions.Item label="处理结果" span={2}>
                {m.consequenceLabels.join('、')}
                {m.consequenceNote ? `（${m.consequenceNote}）` : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      {m?.abilities.check && <CheckForm id={m.id} onDone={setUpdated} />}
    </>
  );
}
