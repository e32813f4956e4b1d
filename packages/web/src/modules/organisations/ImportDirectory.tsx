// Excel import of units and users: the whole workbook is checked first; problems come back row by row
// (field paths like 「用户!3.身份证号」) and nothing is imported until the workbook is clean.
import { useState } from 'react';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ImportResult } from '@fazhi/core/contracts';
import { ExcelImportPanel, useExcelImport } from '../../components/ExcelImport';

export default function ImportDirectory({ onImported }: { onImported: () => void }) {
  const [open, setOpen] = useState(false);
  const state = useExcelImport<ImportResult>('/directory/import', { onImported: () => onImported() });
  const { result } = state;

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        从 Excel 导入
      </Button>
      <Modal title="从 Excel 导入单位和用户" open={open} onCancel={() => setOpen(false)} footer={null} width={760}>
        <ExcelImportPanel
          intro="请按模板填写「单位」「用户」两张工作表后上传。系统先校验全部行，有任何问题都不会导入，并逐行列出问题。"
          templateHref="/api/directory/import-template"
          state={state}
          withSheet
        />
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
