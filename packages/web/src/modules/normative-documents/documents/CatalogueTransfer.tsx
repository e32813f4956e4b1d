// Catalogue transfer on the documents list: export the catalogue as Excel with the list's current filters, and
// import 存量文件 (documents published before the platform) from Excel. The server checks every row first and
// imports nothing while any row has a problem; the problems come back as 行号/字段/问题 (field paths 「3.文号」).
import { useState } from 'react';
import { Alert, Button, Modal, Space } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { withQuery } from '../../../api/client';
import { ExcelImportPanel, useExcelImport } from '../../../components/ExcelImport';
import { useSession } from '../../../shell/session';

/** the upload limit of the server (larger files are refused with 413) */
const MAX_BYTES = 10 * 1024 * 1024;

interface ImportResponse {
  imported: number;
  errors: { row: number; field: string; message: string }[];
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
  const state = useExcelImport<ImportResponse>('/normative-documents/import', {
    maxBytes: MAX_BYTES,
    onImported: () => onImported(),
  });
  const imported = state.result?.imported ?? null;

  const exportFilters = Object.fromEntries(
    Object.entries(filters).filter(([k, v]) => k !== 'page' && k !== 'pageSize' && v !== undefined && v !== ''),
  );

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
        <ExcelImportPanel
          intro="用于录入平台启用前已经发布、仍在有效期内的规范性文件。请按模板填写「规范性文件」工作表后上传（.xlsx，不超过 10 MB）。系统先校验全部行，有任何问题都不会导入，并逐行列出问题；导入的文件状态为“现行有效”。"
          templateHref="/api/normative-documents/import-template.xlsx"
          state={state}
        />
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
