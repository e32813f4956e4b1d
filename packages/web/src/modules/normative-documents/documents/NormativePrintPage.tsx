// 公文版式打印: a document laid out as GB/T 9704-2012《党政机关公文格式》 lays out a 公文 — 发文机关标志 (red), 发文字号,
// red separator, 标题 in 小标宋, 正文 article by article in 仿宋 三号 with the 条 number bold, 发文机关署名 and 成文日期 —
// on A4 with the standard's margins when printed (the console's header and menu are not printed). The blocks come
// from the server's 公文 model (the same one the Word and PDF files are written from).
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Skeleton, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/hooks';
import './print.css';

import type { GongwenBlock as Block, PrintView } from '@fazhi/core/contracts';

function BlockView({ b }: { b: Block }) {
  switch (b.kind) {
    case 'issuer':
      return <div className="fz-gw-issuer">{b.text}</div>;
    case 'docNumber':
      return (
        <>
          <div className="fz-gw-number">{b.text}</div>
          <hr className="fz-gw-rule" />
        </>
      );
    case 'title':
      return <h1 className="fz-gw-title">{b.text}</h1>;
    case 'paragraph':
      return (
        <p className="fz-gw-p">
          {b.lead && (
            <strong className="fz-gw-lead">
              {b.lead}
              {'\u3000'}
            </strong>
          )}
          {b.text}
        </p>
      );
    case 'signature':
      return (
        <div className="fz-gw-signature">
          <div>{b.org}</div>
          <div>{b.date}</div>
        </div>
      );
    case 'attachments':
      return <p className="fz-gw-plain">附件：{b.items.join('；')}</p>;
    case 'table':
      return null; // the official text has no tables; other papers are downloaded as files
    default:
      return <p className="fz-gw-plain">{b.text}</p>;
  }
}

export default function NormativePrintPage() {
  const { id = '' } = useParams();
  const view = useApi<PrintView>(`/normative-documents/${id}/print-view`);
  return (
    <div className="fz-gw-screen">
      <Space className="fz-gw-toolbar" wrap>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        <Link to={consoleLink(normativeMenu, 'normative-documents', id)}>返回文件详情</Link>
        <span>按 GB/T 9704-2012《党政机关公文格式》排版，A4纸打印。</span>
      </Space>
      {view.error && <Alert type="error" showIcon message={view.error.message} />}
      {view.loading && <Skeleton active />}
      {view.data?.sections.map((s, i) => (
        <article key={i} className="fz-gw-page" aria-label="公文版式">
          {s.blocks.map((b, j) => (
            <BlockView key={j} b={b} />
          ))}
        </article>
      ))}
    </div>
  );
}
