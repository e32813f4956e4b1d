// `fazhi precheck <file | -> [--title <标题>] [--issuer <制定机关>] [--publication-date YYYY-MM-DD]
// [--validity-years N]`: reads UTF-8 text from the file (or standard input for "-") and prints the automatic legality
// pre-check's findings as one JSON object, the same analysis the review desk gets through the API. Exit 0 with or
// without findings (the pre-check assists, it never decides), 1 when the text cannot be read, 2 for bad arguments.
// No database: the command works on a machine where the platform is not running.
import { readFileSync } from 'node:fs';
import { formatFindings, parsePrecheckArgs, precheck, type CommandResult } from '@fazhi/core/normative-documents';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(source: string): string | { error: string } {
  const where = source === '-' ? '（标准输入）' : source;
  let bytes: Buffer;
  try {
    bytes = readFileSync(source === '-' ? 0 : source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : '无法读取';
    return { error: `无法读取待审查的文本 ${where}：${why}` };
  }
  try {
    // a byte-order mark (as Windows Notepad writes) is not part of the text
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { error: `待审查的文本不是 UTF-8 编码，请另存为 UTF-8 后重试：${where}` };
  }
}

/** The command's exit status and output; main.ts prints them and exits. */
export function precheckCli(args: string[]): CommandResult {
  // the arguments are checked before any input is read, so a mistake never waits on standard input
  const parsed = parsePrecheckArgs(args);
  if ('code' in parsed) return parsed;
  const text = readText(parsed.source);
  if (typeof text !== 'string') return { code: 1, stdout: '', stderr: text.error + '\n' };
  return { code: 0, stdout: formatFindings(precheck({ ...parsed.input, text }).findings), stderr: '' };
}
