-- Normative documents lend their draft to the shared public consultation and legality review
-- (platform/participation, subject_type 'normative_document'): their consultations, comments and legality reviews
-- move into the shared tables keeping ids, dates, authors, moderation, answers and opinions. The stored deadlines
-- already name the document (deadlines, subject_type 'normative_document') and stay as they are. What remains the
-- module's own stays with it: the pre-check findings and the reviewed text stored at submission become the review's
-- package; the drafting unit's revision after 修改后通过 is kept by the review it answers
-- (normative_review_revisions); the 公平竞争审查, the drafting unit's own review, keeps its rows in
-- normative_fair_competition_reviews.

INSERT INTO consultations (region_code, id, subject_type, subject_id, org_id, opens_on, closes_on, shortened_reason,
    status, closed_on, opened_by, created_at)
  SELECT c.region_code, c.id, 'normative_document', c.document_id, d.drafting_org_id, c.opens_on, c.closes_on,
      c.shortened_reason, c.status, c.closed_on, c.opened_by, c.created_at
    FROM normative_consultations c
    JOIN normative_documents d ON d.region_code = c.region_code AND d.id = c.document_id;

INSERT INTO consultation_comments (region_code, id, consultation_id, article_id, body, commenter_name, contact_enc,
    ip_hash, moderation_status, moderation_note, moderated_by, moderated_at, answer, answer_reason, answered_by,
    answered_at, is_demo, submitted_at)
  SELECT region_code, id, consultation_id, article_id, body, commenter_name, contact_enc, ip_hash, moderation_status,
      moderation_note, moderated_by, moderated_at, answer, answer_reason, answered_by, answered_at, is_demo,
      submitted_at
    FROM normative_comments;

-- late: whether a round ended after its longest review time was not stored before; unknown (null) for these rounds
INSERT INTO legality_reviews (region_code, id, subject_type, subject_id, org_id, round, submitted_on, submitted_by,
    reviewer_org_id, package, checklist, counsel, opinion, result, early_reason, late, concluded_on, reviewed_by,
    created_at)
  SELECT r.region_code, r.id, 'normative_document', r.document_id, d.drafting_org_id, r.round, r.submitted_on,
      r.submitted_by, r.reviewer_org_id,
      jsonb_strip_nulls(jsonb_build_object('precheck', r.precheck, 'reviewedText', r.reviewed_text)),
      r.checklist, '[]', r.opinion, r.result, r.early_reason, NULL, r.concluded_on, r.reviewed_by, r.created_at
    FROM normative_reviews r
    JOIN normative_documents d ON d.region_code = r.region_code AND d.id = r.document_id
    WHERE r.kind = 'legality';

-- 修改后通过: the drafting unit's 修改情况说明 and the day it recorded the revision, by the review round it answers
CREATE TABLE normative_review_revisions (
  region_code  varchar(12) NOT NULL,
  review_id    uuid NOT NULL,
  document_id  uuid NOT NULL,
  statement    text NOT NULL,
  revised_on   date NOT NULL,
  revised_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, review_id),
  FOREIGN KEY (region_code, review_id) REFERENCES legality_reviews (region_code, id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);
INSERT INTO normative_review_revisions (region_code, review_id, document_id, statement, revised_on, revised_by)
  SELECT region_code, id, document_id, revision_statement, revised_on, revised_by
    FROM normative_reviews
    WHERE kind = 'legality' AND revision_statement IS NOT NULL AND revised_on IS NOT NULL;

-- the legality-review figures read the shared table now: a review of a document marks it for the statistics' fold
SELECT statistic_mark_dirty_on('legality_reviews', 'normative_document',
  'SELECT region_code, subject_id::text FROM changed WHERE subject_type = ''normative_document''',
  'statistic_dirty_normative');

DELETE FROM normative_reviews WHERE kind = 'legality';
ALTER TABLE normative_reviews RENAME TO normative_fair_competition_reviews;
ALTER TABLE normative_fair_competition_reviews
  DROP COLUMN kind,
  DROP COLUMN precheck,
  DROP COLUMN reviewed_text,
  DROP COLUMN revision_statement,
  DROP COLUMN revised_on,
  DROP COLUMN revised_by,
  ADD UNIQUE (region_code, document_id, round);

DROP TABLE normative_comments;
DROP TABLE normative_consultations;
