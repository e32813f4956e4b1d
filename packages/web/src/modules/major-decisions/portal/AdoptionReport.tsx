// The 意见采纳情况说明 the shared participation service generates (公文 blocks: title, headings, paragraphs, the table
// of comments with their adoption, the signature), shown on the decision's public page.
import { Table, Typography } from 'antd';
import type { AdoptionReportBlock } from '@fazhi/core/contracts';

export default function AdoptionReport({ blocks }: { blocks: AdoptionReportBlock[] }) {
  return (
    <div aria-label="意见采纳情况说明">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'title':
            return (
              <Typography.Title key={i} level={5} style={{ textAlign: 'center' }}>
                {b.text}
              </Typography.Title>
            );
          case 'heading':
            return (
              <Typography.Paragraph key={i} strong>
                {b.text}
              </Typography.Paragraph>
            );
          case 'table':
            return (
              <Table
                key={i}
                size="small"
                pagination={false}
                style={{ marginBottom: 12 }}
                columns={b.columns.map((c, col) => ({ title: c.label, dataIndex: col, key: col }))}
                dataSource={b.rows.map((r, row) => ({ key: row, ...r }))}
              />
            );
          case 'signature':
            return (
              <div key={i} style={{ textAlign: 'right' }}>
                <div>{b.org}</div>
                <div>{b.date}</div>
              </div>
            );
          default:
            return (
              <Typography.Paragraph key={i} style={{ textIndent: b.kind === 'paragraph' ? '2em' : undefined }}>
                {b.text}
              </Typography.Paragraph>
            );
        }
      })}
    </div>
  );
}
