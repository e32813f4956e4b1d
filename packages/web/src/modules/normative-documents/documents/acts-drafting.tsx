// Acts of the drafting stage: revising the draft, opening and closing the public consultation or recording why it
// is exempt, the fair-competition review, and submitting the draft for the legality review.
import { Form, Input, Radio } from 'antd';
import { ActButton, compact, DateField, TextField, type ActProps } from './acts-common';
import {
  ArticlesField,
  articlesBody,
  LegalBasesField,
  legalBasesBody,
  type ArticleValue,
  type LegalBasisValue,
} from './draft-fields';
import { fairCompetitionBasis } from '../normative-labels';

interface ReviseValues {
  title: string;
  legalBases: LegalBasisValue[];
  affectsMarket: boolean;
  articles: ArticleValue[];
  draftingExplanation: string;
}

const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

export function ReviseAct(p: ActProps) {
  return (
    <ActButton<ReviseValues>
      {...p}
      ability="revise"
      label="修改草案"
      path="revise"
      width={900}
      initialValues={{
        title: p.doc.title,
        legalBases: p.doc.legalBases.map((b) => ({ title: b.title, article: b.article ?? '' })),
        affectsMarket: p.doc.affectsMarket,
        articles: p.doc.articles.map((a) => ({ body: a.body })),
        draftingExplanation: p.doc.draftingExplanation,
      }}
      toBody={(v) => ({
        title: v.title.trim(),
        legalBases: legalBasesBody(v.legalBases),
        affectsMarket: v.affectsMarket,
        articles: articlesBody(v.articles),
        draftingExplanation: v.draftingExplanation.trim(),
      })}
    >
      <Form.Item
        name="title"
        label="文件标题"
        rules={[{ required: true, whitespace: true, message: '请填写文件标题' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label="制定依据" required>
        <LegalBasesField />
      </Form.Item>
      <Form.Item name="affectsMarket" label="是否涉及市场主体经济活动">
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item label="正文（按条）" required>
        <ArticlesField />
      </Form.Item>
      <TextField name="draftingExplanation" label="起草说明" required rows={5} />
    </ActButton>
  );
}

/** 修改后通过: the revised text by article and how each change answers the review opinion (修改情况说明). */
export function ReviseAfterReviewAct(p: ActProps) {
  const opinion = p.doc.reviews.filter((r) => r.kind === 'legality').at(-1)?.opinion;
  return (
    <ActButton<{ articles: ArticleValue[]; statement: string; revisedOn?: string }>
      {...p}
      ability="reviseAfterReview"
      label="按审核意见修改草案"
      path="legality-review/revision"
      primary
      width={900}
      initialValues={{ articles: p.doc.articles.map((a) => ({ body: a.body })) }}
      toBody={(v) => ({
        articles: articlesBody(v.articles),
        ...compact({ statement: v.statement, revisedOn: v.revisedOn }),
      })}
      intro={
        <>
          合法性审核结论为“修改后通过”：请按审核意见修改草案，并逐项说明修改情况，记录后方可提请集体审议（国办发〔2018〕115号）。
          {opinion && <div style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>审核意见：{opinion}</div>}
        </>
      }
    >
      <Form.Item label="修改后的正文（按条）" required>
        <ArticlesField />
      </Form.Item>
      <TextField
        name="statement"
        label="修改情况说明"
        required
        rows={4}
        extra="逐项说明如何按审核意见修改；未采纳的，说明理由和依据"
      />
      <DateField name="revisedOn" label="修改日期" />
    </ActButton>
  );
}

export function OpenConsultationAct(p: ActProps) {
  return (
    <ActButton<{ opensOn?: string; closesOn: string; shortenedReason?: string }>
      {...p}
      ability="openConsultation"
      label="公开征求意见"
      path="consultation"
      intro="征求意见期限一般不少于30日；期限更短的，须说明理由。征求意见期间，公众可在门户网站逐条提出意见。"
    >
      <DateField name="opensOn" label="开始日期" />
      <DateField name="closesOn" label="截止日期" required />
      <TextField name="shortenedReason" label="缩短征求意见期限的理由" rows={2} extra="期限不少于30日的不必填写" />
    </ActButton>
  );
}

export function CloseConsultationAct(p: ActProps) {
  return (
    <ActButton<{ closedOn?: string }>
      {...p}
      ability="closeConsultation"
      label="结束征求意见"
      path="consultation/close"
      intro="征求意见截止日之后方可结束。结束后请逐条答复公众意见（采纳情况），作为合法性审核材料。"
    >
      <DateField name="closedOn" label="结束日期" />
    </ActButton>
  );
}

export function ExemptConsultationAct(p: ActProps) {
  return (
    <ActButton<{ reason: string }>
      {...p}
      ability="exemptConsultation"
      label="免于公开征求意见"
      path="consultation/exemption"
      intro="依法不公开征求意见的（如涉及国家秘密，或为应对突发事件须立即制发），记录理由后视同已完成该步骤。"
    >
      <TextField name="reason" label="免于公开征求意见的理由" required rows={3} />
    </ActButton>
  );
}

export function FairCompetitionAct(p: ActProps) {
  return (
    <ActButton<{ result: 'passed' | 'failed'; opinion: string; reviewedOn?: string }>
      {...p}
      ability="recordFairCompetitionReview"
      label="记录公平竞争审查"
      path="fair-competition-review"
      initialValues={{ result: 'passed' }}
      intro={`涉及经营者经济活动的，起草阶段应当进行公平竞争审查（${fairCompetitionBasis}）；审查后修改草案的，应当对修改后的文本重新审查。`}
    >
      <Form.Item name="result" label="审查结论" rules={[{ required: true, message: '请选择审查结论' }]}>
        <Radio.Group
          options={[
            { value: 'passed', label: '通过' },
            { value: 'failed', label: '不通过' },
          ]}
        />
      </Form.Item>
      <TextField name="opinion" label="审查意见" required />
      <DateField name="reviewedOn" label="审查日期" />
    </ActButton>
  );
}

export function SubmitForReviewAct(p: ActProps) {
  return (
    <ActButton<{ submittedOn?: string }>
      {...p}
      ability="submitForLegalityReview"
      label="报送合法性审核"
      path="legality-review/submission"
      primary
      toBody={(v) => compact(v)}
      intro="报送司法局（政府法制机构）进行合法性审核。须已完成公开征求意见（或记录免于征求意见的理由）和公平竞争审查（涉及市场主体经济活动的）。"
    >
      <DateField name="submittedOn" label="报送日期" />
    </ActButton>
  );
}
