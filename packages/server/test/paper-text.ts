// Reading generated papers (platform/papers) in tests: a DOCX's text from word/document.xml, a PDF's through
// poppler's pdftotext where the machine has it, and a PDF's page count.
import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** The text of word/document.xml, with the runs joined (Word splits text into runs). */
export async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The PDF's text through poppler's pdftotext where the machine has it (not required: null otherwise). */
export function pdfText(body: Buffer): string | null {
  const res = spawnSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.replace(/\s+/g, '') : null;
}

export const pdfPages = (body: Buffer) => (body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/**
 * Each page's text of a PDF the platform renders (pdfkit: Type0 fonts whose glyphs are mapped back to Unicode by
 * their ToUnicode CMap), in reading order and without spaces — read here, so that a test of a PDF's text runs
 * on every machine, poppler or not.
 */
export function pdfPageTexts(body: Buffer): string[] {
  const src = body.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const text = m[2]!;
    const at = text.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(m[1]!, { dict: text, stream: null });
      continue;
    }
    const dict = text.slice(0, at);
    const start = at + text.slice(at).indexOf('\n') + 1;
    const raw = Buffer.from(text.slice(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1])), 'latin1');
    objects.set(m[1]!, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  const cmaps = new Map<string, Map<number, string>>();
  const cmapOf = (fontId: string) => {
    if (!cmaps.has(fontId)) {
      const map = new Map<number, string>();
      const cmap = objects.get(ref(objects.get(fontId)!.dict, 'ToUnicode') ?? '')?.stream?.toString('latin1') ?? '';
      for (const r of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g))
        [...r[3]!.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((u, k) => map.set(parseInt(r[1]!, 16) + k, utf16(u[1]!)));
      for (const r of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>(?!\s*[<[])/g))
        map.set(parseInt(r[1]!, 16), utf16(r[2]!));
      cmaps.set(fontId, map);
    }
    return cmaps.get(fontId)!;
  };
  const pages = [...src.matchAll(/\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/g)].flatMap((k) =>
    [...k[1]!.matchAll(/(\d+) 0 R/g)].map((r) => r[1]!),
  );
  return pages.map((pageId) => {
    const page = objects.get(pageId)!.dict;
    const resources = objects.get(ref(page, 'Resources') ?? '')?.dict ?? page;
    const content = objects.get(ref(page, 'Contents') ?? '')?.stream?.toString('latin1') ?? '';
    let font: Map<number, string> = new Map();
    let out = '';
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) {
        const id = ref(resources, op[1]);
        if (id) font = cmapOf(id);
        continue;
      }
      const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[3]!];
      for (const h of hexes)
        for (let i = 0; i + 4 <= h.length; i += 4) out += font.get(parseInt(h.slice(i, i + 4), 16)) ?? '';
    }
    return out.replace(/\s+/g, '');
  });
}
