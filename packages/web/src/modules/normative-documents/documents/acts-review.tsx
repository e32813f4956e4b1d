// Acts from the legality review to publication: the justice bureau's review result (checklist, opinion, result),
// the collective deliberation, and the uniform registration, numbering and publication.
import { Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { ReviewChecklistItem, ReviewResult } from '@fazhi/core/normative-documents';
import { ActButton, compact, DateField, TextField, type ActProps } from './acts-common';
import {
  deliberationDecisionLabels,
  meetingKindLabels,
  reviewChecklistLabels,
  reviewResultLabels,
} from '../normative-labels';

interface ReviewValues {
  checklist: { item: ReviewChecklistItem; finding: 'ok' | 'problem'; note?: string }[];
  opinion: string;
  result: ReviewResult;
  concludedOn?: string;
  earlyReason?: string;
}

const checklistItems = Object.keys(reviewChecklistLabels) as ReviewChecklistItem[];

export function LegalityReviewAct(p: ActProps) {
  return (
    <ActButton<ReviewValues>
      {...p}
      ability="recordLegalityReview"
      label="作出合法性审核意见"
      path="legality-review"
      primary
      width={860}
      initialValues={{
        checklist: checklistItems.map((item) => ({ item, finding: 'ok' as const })),
        result: 'passed',
      }}
      toBody={(v) => ({
        ...compact({ opinion: v.opinion, result: v.result, concludedOn: v.concludedOn, earlyReason: v.earlyReason }),
        checklist: v.checklist.map((c) => ({ item: c.item, finding: c.finding, ...compact({ note: c.note }) })),
      })}
      intro="逐项审核下列事项（国办发〔2018〕37号），写明审核意见并作出结论。审核时间一般不少于5个工作日，提前办结的须说明理由。"
    >
      <Form.List name="checklist">
        {(fields) => (
          <div data-testid="review-checklist">
            {fields.map((f, i) => {
              const item = checklistItems[i];
              return (
                <div key={f.key} style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}>
                  <Form.Item name={[f.name, 'item']} hidden>
                    <Input />
                  </Form.Item>
                  <Typography.Text>{item ? reviewChecklistLabels[item] : ''}</Typography.Text>
                  <Space style={{ display: 'flex', marginTop: 4 }} align="start">
                    <Form.Item name={[f.name, 'finding']} style={{ marginBottom: 0 }}>
                      <Radio.Group
                        options={[
                          { value: 'ok', label: '未发现问题' },
                          { value: 'problem', label: '存在问题' },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'note']} style={{ marginBottom: 0 }}>
                      <Input placeholder="说明（可不填）" style={{ width: 340 }} />
                    </Form.Item>
                  </Space>
                </div>
              );
            })}
          </div>
        )}
      </Form.List>
      <Form.Item name="result" label="审核结论" style={{ marginTop: 12 }} rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(reviewResultLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <TextField name="opinion" label="审核意见" required />
      <DateField name="concludedOn" label="审核日期" />
      <TextField
        name="earlyReason"
        label="提前办结的理由"
        rows={2}
        extra="报送后不足最短审核时间即办结的（紧急情况），须填写"
      />
    </ActButton>
  );
}

export function DeliberationAct(p: ActProps) {
  return (
    <ActButton<{
      meetingKind: keyof typeof meetingKindLabels;
      meetingName: string;
      meetingOn: string;
      decision: keyof typeof deliberationDecisionLabels;
      note?: string;
    }>
      {...p}
      ability="recordDeliberation"
      label="记录集体审议"
      path="deliberation"
      primary
      initialValues={{ decision: 'adopted' }}
      intro="以人民政府名义发布的，经政府常务会议审议；部门文件经部门领导班子会议集体审议。"
    >
      <Form.Item name="meetingKind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
        <Select
          options={Object.entries(meetingKindLabels).map(([value, label]) => ({ value, label }))}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item
        name="meetingName"
        label="会议名称"
        rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}
      >
        <Input placeholder="如 局领导班子2026年第12次会议" />
      </Form.Item>
      <DateField name="meetingOn" label="会议日期" required />
      <Form.Item name="decision" label="审议结论" rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(deliberationDecisionLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <TextField name="note" label="审议情况" rows={3} />
    </ActButton>
  );
}

export function PublishAct(p: ActProps) {
  return (
    <ActButton<{ publishedOn?: string; effectiveOn: string; expiresOn?: string; effectiveSoonReason?: string }>
      {...p}
      ability="publish"
      label="登记、编号并发布"
      path="publication"
      primary
      intro="统一登记、统一编号、统一发布：文号按发文机关代字和年度顺序自动编排。有效期自施行之日起计算，一般不超过5年，暂行、试行不超过2年；不填则取最长有效期。发布后应在规定期限内报送备案。"
    >
      <DateField name="publishedOn" label="发布日期" />
      <DateField name="effectiveOn" label="施行日期" required />
      <DateField name="expiresOn" label="有效期截止日期" extra="不填则取最长有效期" />
      <TextField
        name="effectiveSoonReason"
        label="自发布之日起施行（或提前施行）的理由"
        rows={2}
        extra="施行日期距发布日期不足本地区规定日数（一般为30日，参照《规章制定程序条例》第三十二条）的，须说明理由"
      />
    </ActButton>
  );
}
