// 听证 (第五十条、第五十一条): the case's hearings — the panel, the written notice and its latest day, what happened
// and the 听证笔录 — and, where the server offers them, the forms to organise one and to record it.
import { hearingGroundLabels, hearingStatusLabels, respondentAttendanceLabels } from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { Card, Descriptions, Form, Input, Radio, Select, Switch, Tag } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { displayDate } from '../../../shell/datetime';
import { options, required } from './form-options';

type Values = Record<string, unknown>;

export default function Hearings({ c, onDone }: { c: ReconsiderationCase; onDone: (c: ReconsiderationCase) => void }) {
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/${path}`, body));
  const open = c.hearings.find((h) => h.status === 'scheduled');
  const mayOrganise = c.abilities['schedule-hearing'] && c.procedure === 'ordinary' && !open;
  if (c.hearings.length === 0 && !mayOrganise) return null;
  const staff = c.handlerChoices.map((h) => ({ value: h.id, label: h.name }));
  return (
    <Card size="small" title="听证（第五十条、第五十一条）">
      {c.hearings.map((h) => (
        <Descriptions key={h.id} size="small" column={2} bordered style={{ marginBottom: 8 }}>
          <Descriptions.Item label="听证情况" span={2}>
            <Tag color={h.status === 'held' ? 'green' : h.status === 'waived' ? 'orange' : 'blue'}>
              {hearingStatusLabels[h.status]}
            </Tag>
            {hearingGroundLabels[h.ground]}
          </Descriptions.Item>
          <Descriptions.Item label="听证时间、地点">
            {displayDate(h.hearingOn)} {h.place}
          </Descriptions.Item>
          <Descriptions.Item label="书面通知当事人">
            {displayDate(h.noticeOn)}（最迟{displayDate(h.noticeDue)}）
          </Descriptions.Item>
          <Descriptions.Item label="拟听证事项" span={2}>
            {h.issues}
          </Descriptions.Item>
          <Descriptions.Item label="主持人、听证员">
            {h.presiding}；{h.officers.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="记录员">{h.recorderName}</Descriptions.Item>
          {h.respondentAttendance && (
            <Descriptions.Item label="被申请人参加听证" span={2}>
              {respondentAttendanceLabels[h.respondentAttendance]}：{h.respondentAttendee}
              {h.hearingHeadAbsenceReason && `（负责人不能参加的理由：${h.hearingHeadAbsenceReason}）`}
            </Descriptions.Item>
          )}
          {h.record && (
            <Descriptions.Item label="听证笔录" span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{h.record}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      ))}
      {mayOrganise && (
        <FormCard<Values>
          title="组织听证并书面通知当事人（应于举行听证的五个工作日前通知）"
          fields={[
            'hearingGround',
            'hearingOn',
            'hearingPlace',
            'hearingIssues',
            'presidingId',
            'panelOfficerIds',
            'recorderName',
            'hearingNoticeOn',
          ]}
          submitLabel="组织听证"
          initialValues={{ hearingGround: c.major ? 'major' : 'office-necessary' }}
          onSubmit={post('hearings')}
        >
          <Form.Item name="hearingGround" label="组织听证的情形">
            <Radio.Group options={options(hearingGroundLabels)} />
          </Form.Item>
          <Form.Item name="hearingOn" label="听证日期" rules={required('请选择听证日期')}>
            <DateField style={{ width: 180 }} aria-label="听证日期" />
          </Form.Item>
          <Form.Item name="hearingPlace" label="听证地点" rules={required('请填写听证地点')}>
            <Input maxLength={200} aria-label="听证地点" />
          </Form.Item>
          <Form.Item name="hearingIssues" label="拟听证事项" rules={required('请填写拟听证事项')}>
            <Input.TextArea rows={2} aria-label="拟听证事项" />
          </Form.Item>
          <Form.Item name="presidingId" label="主持人（行政复议人员）" rules={required('请选择主持人')}>
            <Select options={staff} aria-label="听证主持人" />
          </Form.Item>
          <Form.Item name="panelOfficerIds" label="听证员（两名以上行政复议人员）" rules={required('请选择听证员')}>
            <Select mode="multiple" options={staff} aria-label="听证员" />
          </Form.Item>
          <Form.Item name="recorderName" label="记录员" rules={required('请填写记录员')}>
            <Input maxLength={50} aria-label="记录员" />
          </Form.Item>
          <Form.Item name="hearingNoticeOn" label="书面通知当事人日期">
            <DateField style={{ width: 180 }} aria-label="书面通知当事人日期" />
          </Form.Item>
        </FormCard>
      )}
      {open && c.abilities['record-hearing'] && (
        <FormCard<Values>
          title="记录听证情况（听证笔录）"
          fields={[
            'applicantAttended',
            'respondentAttendance',
            'respondentAttendee',
            'hearingHeadAbsenceReason',
            'hearingRecord',
            'recordSigned',
            'hearingHeldOn',
          ]}
          submitLabel="记录听证"
          initialValues={{ applicantAttended: true, respondentAttendance: 'head', recordSigned: false }}
          onSubmit={(v) => post('hearing-record')({ ...v, hearingId: open.id })}
        >
          <Form.Item name="applicantAttended" label="申请人参加听证" valuePropName="checked">
            <Switch aria-label="申请人参加听证" />
          </Form.Item>
          <Form.Item name="respondentAttendance" label="被申请人参加听证的情况（第五十一条第二款）">
            <Radio.Group options={options(respondentAttendanceLabels)} />
          </Form.Item>
          <Form.Item name="respondentAttendee" label="被申请人参加听证人员（姓名、职务）">
            <Input maxLength={100} aria-label="被申请人参加听证人员" />
          </Form.Item>
          <Form.Item name="hearingHeadAbsenceReason" label="负责人不能参加听证的理由（委托工作人员参加的）">
            <Input.TextArea rows={2} aria-label="负责人不能参加听证的理由" />
          </Form.Item>
          <Form.Item name="hearingRecord" label="听证笔录">
            <Input.TextArea rows={4} aria-label="听证笔录" />
          </Form.Item>
          <Form.Item name="recordSigned" label="听证笔录已经听证参加人核对签字" valuePropName="checked">
            <Switch aria-label="听证笔录已签字" />
          </Form.Item>
          <Form.Item name="hearingHeldOn" label="举行听证日期">
            <DateField style={{ width: 180 }} aria-label="举行听证日期" />
          </Form.Item>
        </FormCard>
      )}
    </Card>
  );
}
