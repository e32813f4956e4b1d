// Files the API sends for download: the Content-Disposition every module uses, so a Chinese file name survives
// every browser.

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.'));
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="document${ext}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
