// One normative document: its header (title, 文号, status), the acts this person may do next (each shown only when
// the server's `abilities` allow it), the generated documents to download, and the text, procedure, history,
// deadlines, consultation, filing and the 政策解读 in tabs. The calendar's change dialog and notifications link here.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Skeleton, Space, Tabs, Typography } from 'antd';
import { AuditOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../../api/hooks';
import { useSession } from '../../../shell/session';
import type { ActProps } from './acts-common';
import {
  CloseConsultationAct,
  ExemptConsultationAct,
  FairCompetitionAct,
  OpenConsultationAct,
  ReviseAct,
  ReviseAfterReviewAct,
  SubmitForReviewAct,
} from './acts-drafting';
import {
  ConcludeEvaluationAct,
  ConfirmCorrectionAct,
  FilingReviewAct,
  ForwardFilingAct,
  OrderCorrectionAct,
  ReportCorrectionAct,
  StartEvaluationAct,
  SubmitFilingAct,
} from './acts-filing';
import { DeliberationAct, LegalityReviewAct, PublishAct } from './acts-review';
import { ProcedureSection } from './detail-procedure';
import { ConsultationSection, DeadlinesSection, FilingSection, HistorySection } from './detail-records';
import { TextSection } from './detail-text';
import { InterpretationSection } from './detail-interpretation';
import { DemoTag, StatusTag } from '../normative-format';
import type { NormativeDocument } from '@fazhi/core/contracts';

/** Every act, in procedure order; each renders nothing unless the document's abilities allow it. */
const acts = [
  ReviseAct,
  OpenConsultationAct,
  CloseConsultationAct,
  ExemptConsultationAct,
  FairCompetitionAct,
  SubmitForReviewAct,
  LegalityReviewAct,
  ReviseAfterReviewAct,
  DeliberationAct,
  PublishAct,
  SubmitFilingAct,
  ForwardFilingAct,
  FilingReviewAct,
  OrderCorrectionAct,
  ReportCorrectionAct,
  ConfirmCorrectionAct,
  StartEvaluationAct,
  ConcludeEvaluationAct,
] satisfies ((p: ActProps) => unknown)[];

export default function NormativeDetailPage() {
  const { id = '' } = useParams();
  const { holds } = useSession();
  const loaded = useApi<NormativeDocument>(`/normative-documents/${id}`);
  // an act answers with the document presented again: show it at once instead of a second request
  const [fresh, setFresh] = useState<NormativeDocument | null>(null);
  useEffect(() => setFresh(null), [id, loaded.data]);
  const doc = fresh?.id === id ? fresh : loaded.data;

  if (loaded.error)
    return (
      <div className="fz-panel">
        <Alert type="error" showIcon message={loaded.error.message} />
        <Link to={consoleLink(normativeMenu, 'normative-documents')}>返回规范性文件列表</Link>
      </div>
    );
  if (!doc)
    return (
      <div className="fz-panel">
        <Skeleton active />
      </div>
    );

  const answered = doc.comments.some((c) => c.answer !== null);
  const reviewer = holds('normative.legality-review') && doc.status === 'legality_review';
  const pendingComments = doc.comments.filter((c) => c.moderationStatus === 'pending').length;
  const onDone = (d: NormativeDocument) => setFresh(d);

  return (
    <div className="fz-panel" data-testid="normative-detail">
      <div style={{ marginBottom: 12 }}>
        <Link to={consoleLink(normativeMenu, 'normative-documents')}>← 规范性文件列表</Link>
      </div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="document-title">
        {doc.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag status={doc.shownStatus} label={doc.statusLabel} />
        <DemoTag isDemo={doc.isDemo} />
        <span data-testid="doc-number">{doc.docNumber ? `文号：${doc.docNumber}` : '尚未登记编号'}</span>
        <span>起草单位：{doc.draftingOrgName}</span>
        {doc.issuerName !== doc.draftingOrgName && <span>发文机关：{doc.issuerName}</span>}
        {doc.filingStatusLabel && <span>备案：{doc.filingStatusLabel}</span>}
      </Space>
      <div className="fz-toolbar" data-testid="document-acts">
        {acts.map((Act, i) => (
          <Act key={i} doc={doc} onDone={onDone} />
        ))}
        <Link to={consoleLink(normativeMenu, 'normative-documents', `${doc.id}/print`)}>
          <Button icon={<PrinterOutlined />}>公文版式打印</Button>
        </Link>
        {reviewer && (
          <Link to={consoleLink(normativeMenu, 'normative-documents', `${doc.id}/review`)}>
            <Button icon={<AuditOutlined />}>进入合法性审核</Button>
          </Link>
        )}
      </div>
      {(answered || doc.docNumber) && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="document-downloads">
          {answered && (
            <a href={`/api/normative-documents/${doc.id}/adoption-report.docx`}>
              <DownloadOutlined /> 意见采纳情况说明（Word）
            </a>
          )}
          {doc.docNumber && (
            <>
              <a href={`/api/normative-documents/${doc.id}/filing-package.docx`}>
                <DownloadOutlined /> 备案报告（Word）
              </a>
              <a href={`/api/normative-documents/${doc.id}/filing-package.pdf`}>
                <DownloadOutlined /> 备案报告（PDF）
              </a>
            </>
          )}
        </Space>
      )}
      <Tabs
        items={[
          { key: 'text', label: '正文', children: <TextSection doc={doc} /> },
          ...(doc.interpretation || doc.abilities.publishInterpretation
            ? [
                {
                  key: 'interpretation',
                  label: '政策解读',
                  children: <InterpretationSection doc={doc} onDone={onDone} />,
                },
              ]
            : []),
          { key: 'procedure', label: '办理流程', children: <ProcedureSection doc={doc} /> },
          { key: 'history', label: '状态历史', children: <HistorySection doc={doc} /> },
          {
            key: 'deadlines',
            label: (
              <Badge count={doc.deadlines.filter((d) => d.status === 'open').length} size="small" offset={[8, 0]}>
                期限
              </Badge>
            ),
            children: <DeadlinesSection doc={doc} />,
          },
          {
            key: 'consultation',
            label: (
              <Badge count={pendingComments} size="small" offset={[8, 0]}>
                征求意见
              </Badge>
            ),
            children: <ConsultationSection doc={doc} />,
          },
          { key: 'filing', label: '备案', children: <FilingSection doc={doc} /> },
        ]}
      />
    </div>
  );
}
