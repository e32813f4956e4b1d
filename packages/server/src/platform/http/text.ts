// The one validator for free text people type (titles, names, comments, opinions, imported rows): trimmed, required,
// bounded, and free of invisible characters — controls, bidirectional controls, zero-width characters (core
// `text`). Every module's schemas build their text fields from here, so a new field cannot forget the check.
import { invisibleCharacterProblem } from '@fazhi/core/text';
import { z } from 'zod';

/** The stable code of a refusal for invisible characters (400, the message names the field). */
export const INVISIBLE_CHARACTERS = 'INVISIBLE_CHARACTERS';

/** Adds the invisible-character check to a string schema (for fields with their own length rules). */
export const visibleOnly = <T extends z.ZodType<string>>(schema: T, label: string, multiline = false) =>
  schema.superRefine((v, ctx) => {
    const problem = invisibleCharacterProblem(label, v, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: INVISIBLE_CHARACTERS } });
  });

/** A required free-text field of at most `max` characters; `multiline` allows line breaks and tabs. */
export const text = (label: string, max: number, multiline = false) =>
  visibleOnly(
    z
      .string({ error: `请填写${label}` })
      .trim()
      .min(1, `请填写${label}`)
      .max(max, `${label}不能超过${max}个字符`),
    label,
    multiline,
  );
