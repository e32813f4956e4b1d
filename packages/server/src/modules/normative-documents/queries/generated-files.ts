// The generated files of a document, each read in the actor's scope (normative.read — whoever may read the document
// may take its papers): the 意见采纳情况说明, the 备案报告 package, and the public official text. Each answers
// { body, fileName, contentType } for the route to send.
import type { Actor } from '../../../platform/access/actor';
import { notFound } from '../../../platform/errors';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import type { Services } from '../../../platform/services';
import { adoptionReportDocument, assertAdoptionReportPossible } from '../drafting/documents/adoption-report';
import { assertFilingPackagePossible, filingPackageDocument } from '../filing/documents/filing-package';
import { fileNameOf, officialTextDocument } from '../catalogue/documents/official-text';
import { justiceBureauFor } from '../support';
import { getDocument } from './get-document';
import { getPublicText } from '../catalogue/queries/public-text';

const render = renderPaper;

async function readable(services: Services, actor: Actor, id: string) {
  const d = await getDocument(services, actor, id);
  if (!d) throw notFound('规范性文件');
  return d;
}

export async function adoptionReportFile(services: Services, actor: Actor, id: string): Promise<GeneratedFile> {
  const d = await readable(services, actor, id);
  assertAdoptionReportPossible(d);
  return {
    body: await render(adoptionReportDocument(d, services.clock.today()), 'docx'),
    fileName: fileNameOf({ title: d.title, docNumber: null }, '意见采纳情况说明', 'docx'),
    contentType: contentTypes.docx,
  };
}

export async function filingPackageFile(
  services: Services,
  actor: Actor,
  id: string,
  format: FileFormat,
): Promise<GeneratedFile> {
  const d = await readable(services, actor, id);
  assertFilingPackagePossible(d);
  const bureau = await justiceBureauFor(services.db, d.regionCode);
  const reviewerIds = [...new Set(d.reviews.map((r) => r.reviewerOrgId))];
  const orgs = reviewerIds.length
    ? await services.db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', reviewerIds).execute()
    : [];
  const lastFiling = d.filings[d.filings.length - 1];
  const model = filingPackageDocument(d, {
    bureauName: bureau.name,
    orgNames: new Map(orgs.map((o) => [o.id, o.name])),
    date: lastFiling?.submittedOn ?? services.clock.today(),
  });
  return {
    body: await render(model, format),
    fileName: fileNameOf(d, '备案报告', format),
    contentType: contentTypes[format],
  };
}

export async function publicTextFile(services: Services, id: string, format: FileFormat): Promise<GeneratedFile> {
  const d = await getPublicText(services, id);
  if (!d) throw notFound('已发布的规范性文件');
  return {
    body: await render(officialTextDocument(d), format),
    fileName: fileNameOf(d, '', format),
    contentType: contentTypes[format],
  };
}
