-- 政策解读: 国办发〔2018〕37号 has the 解读 drafted, approved and published together with the document
-- (政策解读与文件同步起草、同步审签、同步发布). One current 解读 per document; a replacement overwrites it and the
-- audit log keeps what it replaced.
CREATE TABLE normative_interpretations (
  region_code  varchar(12) NOT NULL,
  document_id  uuid NOT NULL,
  title        text NOT NULL,
  body         text NOT NULL,
  published_by uuid REFERENCES users (id),
  published_at timestamptz NOT NULL,
  is_demo      boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_code, document_id),
  FOREIGN KEY (region_code, document_id) REFERENCES normative_documents (region_code, id)
);
