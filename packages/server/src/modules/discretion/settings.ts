// The region settings of the discretion benchmarks: the order in which circumstances win when several apply (core
// suggest.ts: no statute fixes it, so a region may state its own; the default and its basis are core's).
import {
  circumstanceKinds,
  circumstanceOrderBasis,
  defaultCircumstanceOrder,
  type CircumstanceKind,
} from '@fazhi/core/discretion';
import { defineSettings, type SettingDef } from '../../platform/settings';

/** A stored order must name each circumstance once. */
const isOrder = (v: unknown): v is CircumstanceKind[] =>
  Array.isArray(v) && v.length === circumstanceKinds.length && circumstanceKinds.every((k) => v.includes(k));

const circumstanceOrder: SettingDef<readonly CircumstanceKind[]> = {
  label: '多种裁量情形同时适用时的适用顺序',
  default: defaultCircumstanceOrder,
  basis: circumstanceOrderBasis,
  regionMayChange: true,
  accepts: isOrder,
};

export const discretionSettings = defineSettings({ 'discretion.circumstance-order': circumstanceOrder } as const);
