// 意见采纳情况说明 of a normative document (国办发〔2018〕37号: 公开征求意见 and the handling of the comments received;
// the review package carries the same facts). The report itself is the shared mechanism's (core participation
// `adoptionReportBlocks`), built from the document's consultation periods and moderated, answered comments.
import {
  adoptionReportBlocks,
  adoptionReportRefusal,
  adoptionReportTitle,
  reportedComments as reported,
} from '@fazhi/core/participation';
import { invalid } from '../../../../platform/errors';
import type { getDocument } from '../../queries/get-document';
import { chineseDate, type GongwenDocument, type Section } from '../../../../platform/papers/gongwen';

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/** The comments a report covers: those that passed moderation (rejected ones are counted, not printed). */
export function reportedComments(d: DocumentView) {
  return reported(d.comments);
}

/** Refuses the report while there is nothing to report on: no consultation, or no comment answered yet. */
export function assertAdoptionReportPossible(d: DocumentView): void {
  const refusal = adoptionReportRefusal(facts(d), d.consultationExemptReason);
  if (refusal) throw invalid(refusal.code, refusal.message);
}

const facts = (d: DocumentView) => ({ ...d, orgName: d.draftingOrgName });

/** The report's blocks (without the 附件 label unless given). `date` is the date the report is signed. */
export function adoptionReportSection(d: DocumentView, date: string, attachmentLabel?: string): Section {
  return { blocks: adoptionReportBlocks(facts(d), chineseDate, chineseDate(date), attachmentLabel) };
}

export function adoptionReportDocument(d: DocumentView, date: string): GongwenDocument {
  return { title: adoptionReportTitle(d.title), author: d.draftingOrgName, sections: [adoptionReportSection(d, date)] };
}
