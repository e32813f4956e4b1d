// The papers of a decision (公文 layout, DOCX and PDF), each offered once the record has what it needs: the comment
// announcement once the consultation is open, the hearing announcement once the hearing is announced, the review opinion once the review concluded, the meeting summary once
// the meeting is recorded, the filing report once the decision is published (the server refuses them before).
import { Card, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { decisionPaperLabels } from '@fazhi/core/modules';

type Paper = keyof typeof decisionPaperLabels;

function available(d: DecisionRecord): Paper[] {
  const ready: Record<Paper, boolean> = {
    announcement: d.consultation !== null,
    'hearing-announcement': d.stepRecords.hearing !== null,
    'review-opinion': d.reviews.some((r) => r.concludedOn !== null),
    'meeting-summary': d.meeting !== null,
    'filing-report': d.publication !== null,
  };
  return (Object.keys(decisionPaperLabels) as Paper[]).filter((p) => ready[p]);
}

export default function DecisionPapers({ d }: { d: DecisionRecord }) {
  const papers = available(d);
  if (papers.length === 0) return null;
  const href = (p: Paper, format: 'docx' | 'pdf') => `/api/decisions/${d.id}/papers/${p}?format=${format}`;
  return (
    <Card size="small" title="文书" style={{ marginTop: 12 }}>
      <Space direction="vertical">
        {papers.map((p) => (
          <Space key={p} aria-label={decisionPaperLabels[p]}>
            <span style={{ display: 'inline-block', width: 150 }}>{decisionPaperLabels[p]}</span>
            <a href={href(p, 'docx')} download>
              <FileWordOutlined /> Word
            </a>
            <a href={href(p, 'pdf')} download>
              <FilePdfOutlined /> PDF
            </a>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
