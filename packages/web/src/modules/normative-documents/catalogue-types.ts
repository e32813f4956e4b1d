// What the public catalogue endpoints answer (server: queries/public-catalogue.ts).
import type { ShownStatus } from '@fazhi/core/normative-documents';

export interface CatalogueItem {
  id: string;
  title: string;
  docNumber: string | null;
  issuerName: string;
  kind: 'ordinary' | 'interim' | 'trial';
  kindLabel: string;
  publishedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  /** 现行有效, or 已公布、尚未施行 before the 施行日期 */
  statusLabel: string;
  snippet: string;
}

export interface CataloguePage {
  items: CatalogueItem[];
  total: number;
  /** more matches than a search ranks (the newest 500 are shown) */
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

export interface CatalogueFacets {
  issuers: { id: string; name: string }[];
  years: number[];
}

export interface PublicDocument {
  id: string;
  title: string;
  docNumber: string | null;
  issuerName: string;
  kind: string;
  kindLabel: string;
  status: 'published' | 'amendment_pending' | 'repealed' | 'lapsed';
  shownStatus: ShownStatus;
  statusLabel: string;
  isValid: boolean;
  publishedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  articles: { no: string; text: string }[];
  history: { at: string; label: string; note: string }[];
  downloads: { label: string; url: string }[];
  /** 政策解读, published with the document */
  interpretation: { title: string; body: string; publishedAt: string } | null;
}
