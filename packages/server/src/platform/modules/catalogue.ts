// A module's catalogue of what it writes down for others: the events it emits (type → zod schema of the payload)
// and, in its manifest, the audit actions and notification kinds with their Chinese labels. `w.emit` takes the
// catalogue, so the type and the payload are checked by the compiler and parsed at run time; a handler is written
// against the catalogue of the module that emits the event, and receives the parsed, typed payload. The registry
// declares every manifest's catalogue here, and the write layer refuses an audit action, an event or a notification
// kind that no registered manifest declares: a typo or a forgotten entry fails the first test that writes it.
import type { z } from 'zod';
import type { Services } from '../services';

export interface OutboxEvent {
  regionCode: string;
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

export type EventSchemas = Record<string, z.ZodType<Record<string, unknown>>>;

/** What a handler receives: the stored event with its payload parsed by the emitter's schema. */
export interface TypedEvent<P> extends Omit<OutboxEvent, 'payload'> {
  payload: P;
}

export type EventHandler = (services: Services, event: OutboxEvent) => Promise<void>;

export interface EventCatalogue<S extends EventSchemas = EventSchemas> {
  /** the emitting module's id */
  moduleId: string;
  schemas: S;
  /** the payload checked against its schema (throws on an undeclared type or a payload that does not fit) */
  parse<K extends keyof S & string>(type: K, payload: unknown): z.output<S[K]>;
  /** handlers of this catalogue's events, each getting its payload parsed and typed */
  handlers(h: {
    [K in keyof S & string]?: (services: Services, event: TypedEvent<z.output<S[K]>>) => Promise<void>;
  }): Record<string, EventHandler>;
}

export function defineEvents<S extends EventSchemas>(moduleId: string, schemas: S): EventCatalogue<S> {
  const parse = <K extends keyof S & string>(type: K, payload: unknown): z.output<S[K]> => {
    const schema = Object.hasOwn(schemas, type) ? schemas[type] : undefined;
    if (!schema) throw new Error(`事件未在模块 ${moduleId} 的事件目录中声明：${type}`);
    return schema.parse(payload) as z.output<S[K]>;
  };
  return {
    moduleId,
    schemas,
    parse,
    handlers: (h) => {
      const out: Record<string, EventHandler> = {};
      for (const [type, fn] of Object.entries(h) as [
        keyof S & string,
        (s: Services, e: TypedEvent<never>) => Promise<void>,
      ][])
        out[type] = (services, event) => fn(services, { ...event, payload: parse(type, event.payload) as never });
      return out;
    },
  };
}

// What the registered manifests declare (a union over every registry built in this process: tests add probes).
const declared = { auditActions: new Set<string>(), events: new Set<string>(), notificationKinds: new Set<string>() };

export function declare(what: {
  auditActions: Iterable<string>;
  events: Iterable<string>;
  notificationKinds: Iterable<string>;
}) {
  for (const a of what.auditActions) declared.auditActions.add(a);
  for (const e of what.events) declared.events.add(e);
  for (const k of what.notificationKinds) declared.notificationKinds.add(k);
}

export function assertDeclared(kind: 'auditActions' | 'events' | 'notificationKinds', value: string): void {
  if (declared[kind].has(value)) return;
  const what = { auditActions: '审计动作', events: '事件', notificationKinds: '站内消息类型' }[kind];
  throw new Error(`${what}未在任何模块清单中声明：${value}`);
}
