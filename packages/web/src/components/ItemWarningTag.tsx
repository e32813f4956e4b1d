// An entry that names a list item by its code (a 告知承诺 item, a 事前公示 list's row, a discretion benchmark) whose
// item has since left the list in force at its body: the server derives the reason from today (power-lists
// `itemLinkWarnings`), the tag shows it on hover. Nothing when the item is still there.
import { Tag, Tooltip } from 'antd';

export function ItemWarningTag({ warning }: { warning: string | null | undefined }) {
  if (!warning) return null;
  return (
    <Tooltip title={`${warning}，请核对清单或调整本条目`}>
      <Tag color="orange" style={{ marginLeft: 6 }}>
        已不在现行清单
      </Tag>
    </Tooltip>
  );
}
