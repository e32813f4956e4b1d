// The kind filter of the shared desks (公众意见处理, 合法性审查): shown where the user works on more than one kind of
// draft, 全部 first.
import { Segmented } from 'antd';

export const ALL_KINDS = '';

export default function KindFilter(props: {
  kinds: readonly { value: string; label: string }[];
  value: string;
  onChange: (kind: string) => void;
}) {
  if (props.kinds.length <= 1) return null;
  return (
    <Segmented
      aria-label="草案类型"
      style={{ marginBottom: 12 }}
      value={props.value}
      onChange={(v) => props.onChange(String(v))}
      options={[{ value: ALL_KINDS, label: '全部' }, ...props.kinds]}
    />
  );
}
