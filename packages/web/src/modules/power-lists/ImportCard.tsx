// 整体导入: the justice bureau replaces a whole list from a workbook as its next version (streamed on the server, all
// or nothing, the problems row by row); the adjustment's reason, approval and dates go with the file.
import { Form, Input } from 'antd';
import type { PowerListImportResult, PowerListSummary } from '@fazhi/core/contracts';
import { withQuery } from '../../api/client';
import DateField from '../../components/DateField';
import { ExcelImportPanel, useExcelImport } from '../../components/ExcelImport';
import { useToday } from '../../shell/session';

interface Values {
  reason: string;
  approvedBy: string;
  approvedOn: string;
  effectiveOn: string;
}

export function ImportCard({ list, onDone }: { list: PowerListSummary; onDone: () => void }) {
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) ?? { reason: '', approvedBy: '', approvedOn: today, effectiveOn: today };
  const state = useExcelImport<PowerListImportResult>(
    withQuery(`/power-lists/${list.listKind}/import`, { ...values }),
    {
      maxBytes: 64 * 1024 * 1024,
      onImported: onDone,
    },
  );
  return (
    <>
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{ approvedOn: today, effectiveOn: today }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="reason" label="调整理由">
          <Input aria-label="导入的调整理由" style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="approvedBy" label="批准机关及文件">
          <Input aria-label="导入的批准机关及文件" style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="approvedOn" label="批准日期">
          <DateField aria-label="导入的批准日期" />
        </Form.Item>
        <Form.Item name="effectiveOn" label="施行日期">
          <DateField aria-label="导入的施行日期" />
        </Form.Item>
      </Form>
      <ExcelImportPanel
        intro={`工作簿即完整的${list.label}，导入后形成新的版本（原版本保留，可比较）。任何一行有问题时整个工作簿不导入，并逐行列出问题。`}
        templateHref={`/api/power-lists/${list.listKind}/import-template.xlsx`}
        state={state}
      />
      {state.result && `已导入${state.result.imported}项，形成第${state.result.versionNo}版。`}
    </>
  );
}
