// The one error contract on screen: every ApiError is shown by its Chinese message; a form puts each field error
// next to its field and shows the rest as a message.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作未完成，请稍后重试';
}

/** Puts field errors next to the fields the form has; returns the message to show for the rest (or null). */
export function applyFieldErrors(form: FormInstance, e: unknown, fieldNames: readonly string[]): string | null {
  if (!(e instanceof ApiError)) return errorText(e);
  const placed: string[] = [];
  const fields = e.fields.flatMap((f) => {
    const path = f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (!fieldNames.includes(String(path[0]))) return [];
    placed.push(f.path);
    return [{ name: path, errors: [f.message] }];
  });
  if (fields.length) form.setFields(fields);
  const unplaced = e.fields.filter((f) => !placed.includes(f.path));
  if (!fields.length || unplaced.length) return e.message;
  return null;
}
