// Excel import of units and users: the whole workbook is checked first; problems come back row by row
// (field paths like 「用户!3.身份证号」) and nothing is imported until the workbook is clean.
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, request } from '../../api/client';
import type { ImportResult } from '../../api/types';
import { errorText } from '../../shell/errors';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RowProblem {
  key: string;
  sheet: string;
  row: string;
  field: string;
  message: string;
}

function parseProblems(e: ApiError): RowProblem[] {
  return e.fields.map((f, i) => {
    const m = /^(.+)!(\d+)\.(.+)$/.exec(f.path);
    return { key: String(i), sheet: m?.[1] ?? '', row: m?.[2] ?? '', field: m?.[3] ?? f.path, message: f.message };
  });
}

export default function ImportDirectory({ onImported }: { onImported: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ message: string; rows: RowProblem[] } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const { message } = App.useApp();

  const upload = async (file: File) => {
    setBusy(true);
    setProblems(null);
    setResult(null);
    try {
      const r = await request<ImportResult>('POST', '/directory/import', undefined, { raw: file, contentType: XLSX });
      setResult(r);
      onImported();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setProblems({ message: e.message, rows: parseProblems(e) });
      else message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        从 Excel 导入
      </Button>
      <Modal title="从 Excel 导入单位和用户" open={open} onCancel={() => setOpen(false)} footer={null} width={760}>
        <Typography.Paragraph>
          请按模板填写「单位」「用户」两张工作表后上传。系统先校验全部行，有任何问题都不会导入，并逐行列出问题。
        </Typography.Paragraph>
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<DownloadOutlined />} href="/api/directory/import-template">
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
                { title: '工作表', dataIndex: 'sheet', width: 80 },
                { title: '行号', dataIndex: 'row', width: 60 },
                { title: '字段', dataIndex: 'field', width: 140 },
                { title: '问题', dataIndex: 'message' },
              ]}
            />
          </>
        )}
        {result && (
          <>
            <Alert
              type="success"
              showIcon
              message={`导入完成：${result.orgsImported} 个单位，${result.usersImported} 个用户`}
              description="新用户的初始密码只显示这一次，请逐一告知本人；首次登录须修改密码。"
              style={{ marginBottom: 8 }}
            />
            <Table
              size="small"
              rowKey="username"
              dataSource={result.initialPasswords}
              pagination={false}
              columns={[
                { title: '用户名', dataIndex: 'username' },
                {
                  title: '初始密码',
                  dataIndex: 'initialPassword',
                  render: (v: string) => <Typography.Text copyable>{v}</Typography.Text>,
                },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}
