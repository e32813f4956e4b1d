// Generated documents: the 意见采纳情况说明 (DOCX) from the answers to the public's comments, the 备案报告 package
// (DOCX and PDF with the Chinese font embedded) once published, the public official text, their refusals and scope.
// DOCX files are opened (word/document.xml) and read; PDFs are checked for their structure and embedded font.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import JSZip from 'jszip';
import { docxText, pdfPages, pdfText } from '../../../test/paper-text';
import { buildDocument, sys, XSS } from './test/factory';
import { submitComment } from './drafting/commands/submit-comment';
import { moderateComment } from './drafting/commands/moderate-comment';
import { answerComment } from './drafting/commands/answer-comment';
import { openConsultation } from './drafting/commands/open-consultation';
import { addDays } from '@fazhi/core/normative-documents';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let food: string; // demo: published, consulted with answered comments, filed

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  food = (
    await env.services.db
      .selectFrom('normative_documents')
      .select('id')
      .where('title', '=', '示范区市场监督管理局小餐饮店登记管理办法')
      .executeTakeFirstOrThrow()
  ).id;
});
after(() => env.close());

function assertDownload(res: { headers: Record<string, unknown> }, type: string, name: string) {
  assert.equal(res.headers['content-type'], type);
  const cd = String(res.headers['content-disposition']);
  assert.match(cd, /^attachment; /);
  assert.ok(cd.includes(`filename*=UTF-8''${encodeURIComponent(name)}`), cd);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('意见采纳情况说明', () => {
  test('lists every moderated comment with its answer and reason, and leaves out rejected ones', async () => {
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${food}/adoption-report.docx`);
    assert.equal(res.statusCode, 200);
    assertDownload(res, DOCX, '示范区市场监督管理局小餐饮店登记管理办法意见采纳情况说明.docx');
    const text = await docxText(res.rawPayload);
    assert.ok(text.includes('关于《示范区市场监督管理局小餐饮店登记管理办法》公开征求意见采纳情况的说明'));
    const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${food}`)).json();
    const approved = doc.comments.filter((c: { moderationStatus: string }) => c.moderationStatus === 'approved');
    assert.ok(approved.length >= 3);
    for (const c of approved) {
      assert.ok(text.includes(c.body), `comment ${c.body}`);
      assert.ok(text.includes(c.answerLabel), `answer ${c.answerLabel}`);
      if (c.answerReason) assert.ok(text.includes(c.answerReason), `reason ${c.answerReason}`);
    }
    assert.ok(!text.includes('低价代办各类证件'), 'a rejected comment is not printed');
    assert.ok(!text.includes('示范·市民甲'), "commenters' names are not printed");
    assert.match(text, /采纳1条，部分采纳1条，不予采纳1条/);
    assert.match(text, /\d{4}年\d{1,2}月\d{1,2}日/);
  });

  test('refuses a report for a document never put to public consultation, naming the missing step', async () => {
    const drafting = await buildDocument(env, { state: 'drafting' });
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${drafting}/adoption-report.docx`);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'NO_CONSULTATION');
    assert.match(res.json().message, /尚未公开征求意见/);
  });

  test('refuses a report while no comment has been answered', async () => {
    const consulted = await buildDocument(env, { state: 'consulted' });
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${consulted}/adoption-report.docx`);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'NO_ANSWERED_COMMENTS');
  });

  test("another unit's user gets 404, as for an absent document", async () => {
    const other = (
      await env.services.db
        .selectFrom('normative_documents')
        .select('id')
        .where('title', '=', '示范区教育局校外培训机构监督管理办法（试行）')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${other}/adoption-report.docx`);
    assert.equal(res.statusCode, 404);
    const absent = await call(
      env.app,
      legal,
      'GET',
      `/api/normative-documents/${crypto.randomUUID()}/filing-package.pdf`,
    );
    assert.equal(absent.statusCode, 404);
    assert.equal(
      (await call(env.app, legal, 'GET', '/api/normative-documents/abc/filing-package.pdf')).statusCode,
      400,
    );
    assert.equal(
      (await call(env.app, null, 'GET', `/api/normative-documents/${food}/filing-package.pdf`)).statusCode,
      401,
    );
  });
});

describe('a paper generated once', () => {
  test('a repeated download is the same file, byte for byte (the PDF is not generated again)', async () => {
    for (const url of [
      `/api/normative-documents/${food}/filing-package.pdf`,
      `/api/public/normative-documents/${food}/text.pdf`,
    ]) {
      const first = await call(env.app, legal, 'GET', url);
      const again = await call(env.app, reviewer, 'GET', url);
      assert.equal(first.statusCode, 200);
      // a PDF generated anew carries its own creation time and file identifier
      assert.ok(first.rawPayload.equals(again.rawPayload), `${url}: the same paper`);
    }
  });

  test('a change to the record gives a new paper', async () => {
    // a consultation open today, so that the public's comments are taken
    const id = await buildDocument(env, { state: 'drafting' });
    const sv = env.services;
    const today = sv.clock.today();
    await openConsultation(sv, sys, id, { opensOn: addDays(today, -5), closesOn: addDays(today, 40) });
    const bodies = ['建议明确小餐饮店的面积标准。', '建议延长登记证的有效期。'];
    const comments = [];
    for (const body of bodies) {
      const c = await submitComment(sv, sys, id, { body });
      await moderateComment(sv, sys, id, c.id, { decision: 'approved' });
      comments.push(c.id);
    }
    const report = async () => {
      const res = await call(env.app, legal, 'GET', `/api/normative-documents/${id}/adoption-report.docx`);
      assert.equal(res.statusCode, 200);
      return docxText(res.rawPayload);
    };
    await answerComment(sv, sys, id, comments[0] ?? '', { answer: 'adopted' });
    const before = await report();
    const reason = '登记证有效期由上位法规定，本办法不作调整。';
    assert.ok(before.includes(bodies[0] ?? '') && !before.includes(reason));
    assert.equal(await report(), before, 'the same record gives the same paper');
    await answerComment(sv, sys, id, comments[1] ?? '', { answer: 'not_adopted', reason });
    const after = await report();
    assert.ok(after.includes(reason), 'the answer given since is in the new paper');
    assert.match(after, /采纳1条，部分采纳0条，不予采纳1条/);
  });
});

describe('备案报告 package', () => {
  test('the DOCX is a cover letter to the justice bureau with its attachments, from the records', async () => {
    const res = await call(env.app, reviewer, 'GET', `/api/normative-documents/${food}/filing-package.docx`);
    assert.equal(res.statusCode, 200);
    const doc = (await call(env.app, reviewer, 'GET', `/api/normative-documents/${food}`)).json();
    assertDownload(res, DOCX, `${doc.docNumber} ${doc.title}备案报告.docx`);
    const text = await docxText(res.rawPayload);
    assert.ok(text.includes(`关于报送《${doc.title}》备案的报告`));
    assert.ok(text.includes('示范区司法局：'), 'addressed to the justice bureau');
    assert.ok(text.includes(doc.docNumber));
    assert.ok(text.includes('示范区市场监督管理局文件'), 'the issuer line of the official text');
    for (const a of ['附件1', '附件2', '附件3', '附件4', '起草说明', '合法性审核意见', '公开征求意见采纳情况的说明'])
      assert.ok(text.includes(a), a);
    for (const a of doc.articles) assert.ok(text.includes(a.body.split('\n')[0]), a.heading);
    const legality = doc.reviews.filter(
      (r: { kind: string; opinion: string | null }) => r.kind === 'legality' && r.opinion,
    );
    for (const r of legality) assert.ok(text.includes(r.opinion.split('\n')[0]));
    const [y, m, d] = doc.publishedOn.split('-');
    assert.ok(text.includes(`${y}年${Number(m)}月${Number(d)}日`), 'dates written the Chinese way');
    // each attachment is its own section, i.e. starts on a new page
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    assert.equal((xml.match(/<w:sectPr/g) ?? []).length, 5);
    assert.ok(xml.includes('<w:pgSz w:w="11906" w:h="16838"'), 'A4');
    assert.ok(xml.includes('w:top="2097"') && xml.includes('w:left="1587"'), '37 mm above, 28 mm at the left');
  });

  test('the PDF embeds the Noto Sans SC font and has one or more pages per part', async () => {
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${food}/filing-package.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const body = res.rawPayload;
    assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
    const raw = body.toString('latin1');
    assert.match(raw, /\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
    assert.match(raw, /\/FontName \/[A-Z]{6}\+NotoSansSC-Bold/);
    assert.match(raw, /\/FontFile2/, 'the font program is embedded');
    assert.ok(pdfPages(body) >= 5, `pages: ${pdfPages(body)}`);
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/, 'A4');
    // the text itself, where poppler is installed (the glyphs are subset, so the bytes do not show it)
    const text = pdfText(body);
    if (text !== null) {
      const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${food}`)).json();
      for (const expected of [doc.title, doc.docNumber, '示范区司法局：', '附件4'])
        assert.ok(text.includes(expected.replace(/\s+/g, '')), expected);
      for (const c of doc.comments.filter((x: { answerReason: string | null }) => x.answerReason))
        assert.ok(text.includes(c.answerReason.replace(/\s+/g, '')), c.answerReason);
    }
  });

  test('refuses a package for a document not yet published, naming the step', async () => {
    const approved = await buildDocument(env, { state: 'approved' });
    for (const ext of ['docx', 'pdf']) {
      const res = await call(env.app, legal, 'GET', `/api/normative-documents/${approved}/filing-package.${ext}`);
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().code, 'DOCUMENT_NOT_PUBLISHED');
      assert.match(res.json().message, /尚未统一登记、编号、发布/);
    }
  });

  test('every published demo document produces a package in both formats', async () => {
    const rows = await env.services.db
      .selectFrom('normative_documents')
      .select(['id', 'title'])
      .where('doc_number', 'is not', null)
      .where('is_demo', '=', true)
      .execute();
    assert.ok(rows.length >= 8);
    const admin = await sessionOf(env, 'demo.sysadmin');
    for (const r of rows)
      for (const ext of ['docx', 'pdf']) {
        const res = await call(env.app, admin, 'GET', `/api/normative-documents/${r.id}/filing-package.${ext}`);
        assert.equal(res.statusCode, 200, `${r.title}.${ext}: ${res.body.slice(0, 200)}`);
      }
  });

  test('text typed as markup stays text in the generated files', async () => {
    const id = await buildDocument(env, { state: 'published' });
    const res = await call(env.app, legal, 'GET', `/api/normative-documents/${id}/filing-package.docx`);
    assert.equal(res.statusCode, 200);
    assert.ok((await docxText(res.rawPayload)).includes(XSS));
  });
});

describe('public official text', () => {
  test('anyone downloads the text of a published document as DOCX or PDF', async () => {
    const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${food}`)).json();
    const docx = await call(env.app, null, 'GET', `/api/public/normative-documents/${food}/text.docx`);
    assert.equal(docx.statusCode, 200);
    assertDownload(docx, DOCX, `${doc.docNumber} ${doc.title}.docx`);
    const text = await docxText(docx.rawPayload);
    assert.ok(text.includes(doc.title) && text.includes(doc.docNumber));
    for (const a of doc.articles) assert.ok(text.includes(a.heading));
    assert.ok(!text.includes('备案'), 'only the text, not the filing papers');
    const pdf = await call(env.app, null, 'GET', `/api/public/normative-documents/${food}/text.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.rawPayload.toString('latin1'), /NotoSansSC-Regular/);
  });

  test('a document that is not published is not public (404), nor is an unknown id', async () => {
    const draft = await buildDocument(env, { state: 'approved' });
    for (const id of [draft, crypto.randomUUID()])
      for (const ext of ['docx', 'pdf']) {
        const res = await call(env.app, null, 'GET', `/api/public/normative-documents/${id}/text.${ext}`);
        assert.equal(res.statusCode, 404);
        assert.match(res.json().message, /不存在/);
      }
  });

  test('a repealed text stays downloadable as it was published', async () => {
    const id = await buildDocument(env, { state: 'published' });
    await env.services.db.updateTable('normative_documents').set({ status: 'repealed' }).where('id', '=', id).execute();
    const res = await call(env.app, null, 'GET', `/api/public/normative-documents/${id}/text.docx`);
    assert.equal(res.statusCode, 200);
  });
});
