// The dialog a record's form opens in (a decision catalogue item, an expert, an enforcement body or officer): 保存
// submits the form, the server's refusal is placed next to its fields and the rest shown under the form.
import { useState, type ReactNode } from 'react';
import { Alert, Modal, type FormInstance } from 'antd';
import { applyFieldErrors } from '../shell/errors';

/** Saving a form's values: busy while the request runs, the refusal placed on `fields` and the rest returned. */
export function useSave<V>(form: FormInstance<V>, fields: readonly string[], save: (v: V) => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: V) => {
    setBusy(true);
    setError(null);
    try {
      await save(v);
    } catch (e) {
      setError(applyFieldErrors(form, e, fields));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

export default function FormDialog({
  title,
  width,
  form,
  busy,
  error,
  onClose,
  children,
}: {
  title: string;
  width?: number;
  form: FormInstance;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {children}
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
