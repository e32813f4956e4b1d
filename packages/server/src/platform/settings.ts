// Region settings declared by the modules: each key with its Chinese label, its default (a value, or a function of
// the region code where the default itself differs by province, e.g. the validity limits from core's table), the
// statute and article it follows (or that it is a platform safeguard no statute fixes), and whether a region may set
// its own. One reader serves them all: the nearest region along the region tree that sets the key wins
// (region_settings, `regionSetting`), a stored value of the wrong shape is ignored, and a key a region may not change
// always answers its default.
import type { Db } from './db/connection';
import type { Tx } from './audit/write';
import { regionSetting } from './deadlines/calendar-source';

export interface SettingDef<V> {
  /** what the setting is, in Chinese */
  label: string;
  default: V | ((regionCode: string) => V);
  /** the statute and article it follows, or the note that no statute fixes it (a platform safeguard) */
  basis: string;
  /** whether a region may store its own value (otherwise the default applies everywhere) */
  regionMayChange: boolean;
  /** whether a stored value has the setting's shape */
  accepts(value: unknown): value is V;
}

type ValueOf<D> = D extends SettingDef<infer V> ? V : never;

/** A whole number within [min, max]. */
export function wholeNumber(
  def: Omit<SettingDef<number>, 'accepts'> & { min: number; max: number },
): SettingDef<number> {
  const { min, max, ...rest } = def;
  return { ...rest, accepts: (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max };
}

/** A yes/no setting. */
export function flag(def: Omit<SettingDef<boolean>, 'accepts'>): SettingDef<boolean> {
  return { ...def, accepts: (v): v is boolean => typeof v === 'boolean' };
}

export interface SettingsCatalogue<
  S extends Record<string, SettingDef<unknown>> = Record<string, SettingDef<unknown>>,
> {
  defs: S;
  /** the region's value: its own or its nearest ancestor's when the key may be changed, else the default */
  read<K extends keyof S & string>(db: Db | Tx, regionCode: string, key: K): Promise<ValueOf<S[K]>>;
  /** the default that applies in the region (before any stored value) */
  defaultFor<K extends keyof S & string>(regionCode: string, key: K): ValueOf<S[K]>;
}

export function defineSettings<S extends Record<string, SettingDef<unknown>>>(defs: S): SettingsCatalogue<S> {
  const defaultFor = <K extends keyof S & string>(regionCode: string, key: K): ValueOf<S[K]> => {
    const d = (defs[key] as S[K]).default;
    return (typeof d === 'function' ? (d as (code: string) => unknown)(regionCode) : d) as ValueOf<S[K]>;
  };
  return {
    defs,
    defaultFor,
    read: async (db, regionCode, key) => {
      const def = defs[key] as S[typeof key];
      if (!def.regionMayChange) return defaultFor(regionCode, key);
      const stored = await regionSetting(db, regionCode, key);
      return (def.accepts(stored) ? stored : defaultFor(regionCode, key)) as ValueOf<(typeof defs)[typeof key]>;
    },
  };
}
