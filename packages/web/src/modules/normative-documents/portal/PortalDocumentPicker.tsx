// The document a review request is about, typed or picked: as the citizen types a title or a 文号, the catalogue's
// documents that match are suggested (the public catalogue search, so 电动车 and 示市监规2026年3号 find theirs too);
// picking one names it exactly and links the request to it. Free text stays allowed: the document may be one the
// catalogue does not hold.
import { useEffect, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { api } from '../../../api/client';
import type { CataloguePage } from '@fazhi/core/contracts';

const WAIT_MS = 250;

/** `value`/`onChange` as a Form.Item child; `onPick` gets the document id picked, or null once the text changes. */
export default function PortalDocumentPicker(props: {
  value?: string;
  onChange?: (v: string) => void;
  onPick: (id: string | null) => void;
}) {
  const { value, onChange, onPick } = props;
  const [typed, setTyped] = useState('');
  const [options, setOptions] = useState<{ value: string; id: string; label: React.ReactNode }[]>([]);
  useEffect(() => {
    const q = typed.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api
        .get<CataloguePage>('/public/normative-documents', { pageSize: 8, q })
        .then((page) => {
          if (cancelled) return;
          setOptions(
            page.items.map((d) => {
              const named = d.docNumber ? `${d.title}（${d.docNumber}）` : d.title;
              return {
                value: named,
                id: d.id,
                label: (
                  <div className="fz-pp-suggestion">
                    <div>{d.title}</div>
                    <small>{[d.docNumber, d.issuerName].filter(Boolean).join(' · ')}</small>
                  </div>
                ),
              };
            }),
          );
        })
        // a failed suggestion leaves the field as typed; the form still sends
        .catch(() => !cancelled && setOptions([]));
    }, WAIT_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [typed]);

  return (
    <AutoComplete
      value={value}
      options={options}
      onSearch={(v) => {
        setTyped(v);
        onPick(null);
      }}
      onChange={(v: string) => onChange?.(v)}
      onSelect={(_v: string, option: { id: string }) => onPick(option.id)}
    >
      <Input maxLength={200} placeholder="输入文件名称或文号，从目录中选择" aria-label="文件名称或文号" />
    </AutoComplete>
  );
}
