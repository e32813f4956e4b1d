// Catalogue transfer on the documents list: export the catalogue as Excel with the list's current filters, and
// import 存量文件 (documents published before the platform) from Excel. The server checks every row first and
// imports nothing while any row has a problem; the problems come back as 行号/字段/问题 (field paths 「3.文号」).
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, request, withQuery } from '../../api/client';
import { errorText } from '../../shell/errors';
import { useSession } from '../../shell/session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** the upload limit of the server (larger files are refused with 413) */
const MAX_BYTES = 10 * 1024 * 1024;

interface RowProblem {
  key: string;
  row: string;
  field: string;
  message: string;
}

interface ImportResponse {
  imported: number;
  errors: { row: number; field: string; message: string }[];
}

function parseProblems(e: ApiError): RowProblem[] {
  return e.fields.map((f, i) => {
    const m = /^(\d+)\.(.+)$/.exec(f.path);
    return { key: String(i), row: m?.[1] ?? '', field: m?.[2] ?? f.path, message: f.message };
  });
}

export default function CatalogueTransfer({
  filters,
  onImported,
}: {
  filters: Record<string, string | number | undefined>;
  onImported: () => void;
}) {
  const { holds } = useSession();
  // the server decides per row; the button is offered to those who may register documents or keep the register
  const mayImport = holds('normative.publish') || holds('normative.filing-review');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ message: string; rows: RowProblem[] } | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const { message } = App.useApp();

  const exportFilters = Object.fromEntries(
    Object.entries(filters).filter(([k, v]) => k !== 'page' && k !== 'pageSize' && v !== undefined && v !== ''),
  );

  const upload = async (file: File) => {
    setProblems(null);
    setImported(null);
    if (file.size > MAX_BYTES) {
      message.error('文件超过 10 MB，请分批导入');
      return;
    }
    setBusy(true);
    try {
      const r = await request<ImportResponse>('POST', '/normative-documents/import', undefined, {
        raw: file,
        contentType: XLSX,
      });
      setImported(r.imported);
      onImported();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setProblems({ message: e.message, rows: parseProblems(e) });
      else message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      <Button icon={<FileExcelOutlined />} href={withQuery('/api/normative-documents/export.xlsx', exportFilters)}>
        导出目录（Excel）
      </Button>
      {mayImport && (
        <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
          导入存量文件
        </Button>
      )}
      <Modal
        title="从 Excel 导入存量规范性文件"
        open={open}
        onCancel={() => setOpen(false)}
        footer={null}
        width={760}
        destroyOnHidden
      >
        <Typography.Paragraph>
          用于录入平台启用前已经发布、仍在有效期内的规范性文件。请按模板填写「规范性文件」工作表后上传（.xlsx，不超过 10
          MB）。系统先校验全部行，有任何问题都不会导入，并逐行列出问题；导入的文件状态为“现行有效”。
        </Typography.Paragraph>
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<DownloadOutlined />} href="/api/normative-documents/import-template.xlsx">
            下载导入模板
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy}>
              选择文件并导入
            </Button>
          </Upload>
        </Space>
        {problems && (
          <>
            <Alert type="error" showIcon message={problems.message} style={{ marginBottom: 8 }} />
            <Table
              size="small"
              rowKey="key"
              dataSource={problems.rows}
              pagination={{ pageSize: 8 }}
              columns={[
                { title: '行号', dataIndex: 'row', width: 70 },
                { title: '字段', dataIndex: 'field', width: 120 },
                { title: '问题', dataIndex: 'message' },
              ]}
            />
          </>
        )}
        {imported !== null && (
          <Alert
            type="success"
            showIcon
            message={`导入完成：共 ${imported} 件文件`}
            description="导入的文件已列入目录，可在列表中查询。"
          />
        )}
      </Modal>
    </Space>
  );
}
