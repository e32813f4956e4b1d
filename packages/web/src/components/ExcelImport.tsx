// The one Excel import of the console, used by every module that imports a workbook: the template link, the upload
// (the .xlsx as the raw request body) and the server's problems row by row. The server checks the whole workbook
// first and imports nothing while any row has a problem; its field paths are 「工作表!行.字段」 or 「行.字段」.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, request } from '../api/client';
import { errorText } from '../shell/errors';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RowProblem {
  key: string;
  sheet: string;
  row: string;
  field: string;
  message: string;
}

const ROW_PATH = /^(?:(.+)!)?(\d+)\.(.+)$/;

function parseProblems(e: ApiError): RowProblem[] {
  return e.fields.map((f, i) => {
    const m = ROW_PATH.exec(f.path);
    return { key: String(i), sheet: m?.[1] ?? '', row: m?.[2] ?? '', field: m?.[3] ?? f.path, message: f.message };
  });
}

/** Upload state of one import endpoint (e.g. '/directory/import'); `onImported` runs with the server's answer. */
export function useExcelImport<T>(path: string, opts: { maxBytes?: number; onImported: (result: T) => void }) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ message: string; rows: RowProblem[] } | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const { message } = App.useApp();

  const upload = async (file: File) => {
    setProblems(null);
    setResult(null);
    if (opts.maxBytes && file.size > opts.maxBytes) {
      message.error(`文件超过 ${Math.round(opts.maxBytes / 1024 / 1024)} MB，请分批导入`);
      return;
    }
    setBusy(true);
    try {
      const r = await request<T>('POST', path, undefined, { raw: file, contentType: XLSX });
      setResult(r);
      opts.onImported(r);
    } catch (e) {
      // a refusal of the workbook's rows is listed row by row; one of the import's own fields (the list's effective
      // day, its adjustment reason) is said in the message, which names the field in Chinese
      if (e instanceof ApiError && e.fields.some((f) => ROW_PATH.test(f.path)))
        setProblems({ message: e.message, rows: parseProblems(e) });
      else message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problems, result, upload };
}

/** The dialog body: what to do, the template, the upload button and the problems table (工作表 column on request). */
export function ExcelImportPanel({
  intro,
  templateHref,
  state,
  withSheet = false,
}: {
  intro: ReactNode;
  templateHref: string;
  state: Pick<ReturnType<typeof useExcelImport>, 'busy' | 'problems' | 'upload'>;
  withSheet?: boolean;
}) {
  const { busy, problems, upload } = state;
  return (
    <>
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={templateHref}>
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
              ...(withSheet ? [{ title: '工作表', dataIndex: 'sheet', width: 80 }] : []),
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '字段', dataIndex: 'field', width: 130 },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </>
  );
}
