/**
 * Walking a scenario along its schema rather than guessing from the data: at every value the walker knows the
 * zod schema that read it, so a check can ask "is this a citation?" or "is this field prose?" of the schema
 * itself (schema identity or a registry mark) instead of field names or the shape of the value.
 */
import type * as core from 'zod/v4/core';
import type { Key } from './diagnostic';

/** The schemas directly inside `schema` (object fields, list items, record values, wrapped and union branches). */
function children(schema: core.$ZodType): core.$ZodType[] {
  const def = (schema as core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object':
      return Object.values(def.shape);
    case 'array':
      return [def.element];
    case 'record':
      return [def.valueType];
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      return [def.innerType];
    case 'union':
      return [...def.options];
    case 'lazy':
      return [def.getter()];
    case 'pipe':
      return [def.in];
    default:
      return [];
  }
}

/** Whether `schema` or any schema inside it satisfies `test` (recursive schemas included), remembered per schema. */
export function reaches(test: (schema: core.$ZodType) => boolean): (schema: core.$ZodType) => boolean {
  const known = new Map<core.$ZodType, boolean>();
  const visit = (schema: core.$ZodType): boolean => {
    const seen = known.get(schema);
    if (seen !== undefined) return seen;
    known.set(schema, false); // a recursive schema reaches nothing new through itself
    const result = test(schema) || children(schema).some(visit);
    known.set(schema, result);
    return result;
  };
  return visit;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Visit `value` and everything inside it, each with the schema that reads it and its JSON path. `visit`
 * returns false to skip what is inside a value. A union goes down each branch whose fields the value fits
 * (a condition's one key names its branch). Values the schema does not describe are not visited.
 */
export function walkWithSchema(
  schema: core.$ZodType,
  value: unknown,
  visit: (schema: core.$ZodType, value: unknown, path: readonly Key[]) => boolean | void,
  path: Key[] = [],
): void {
  if (visit(schema, value, path) === false) return;
  const def = (schema as core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object':
      if (isPlainObject(value)) for (const [k, field] of Object.entries(def.shape)) if (k in value) walkWithSchema(field, value[k], visit, [...path, k]);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walkWithSchema(def.element, item, visit, [...path, i]));
      return;
    case 'record':
      if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) walkWithSchema(def.valueType, v, visit, [...path, k]);
      return;
    case 'union':
      for (const option of def.options) {
        const o = (option as core.$ZodTypes)._zod.def;
        const fits = o.type !== 'object' || (isPlainObject(value) && Object.keys(value).every((k) => k in o.shape));
        if (fits) walkWithSchema(option, value, visit, path);
      }
      return;
    default: {
      const inner = children(schema);
      if (inner.length === 1) walkWithSchema(inner[0]!, value, visit, path);
    }
  }
}

/**
 * Every text field the schema can hold, as a pattern (`decisions[].options[].label`, `sources{}.file`), with
 * its string schema. Recursive schemas (conditions) are followed once.
 */
export function textFields(schema: core.$ZodType): { pattern: string; schema: core.$ZodType }[] {
  const out: { pattern: string; schema: core.$ZodType }[] = [];
  const onPath = new Set<core.$ZodType>();
  const visit = (s: core.$ZodType, pattern: string) => {
    if (onPath.has(s)) return;
    onPath.add(s);
    const def = (s as core.$ZodTypes)._zod.def;
    if (def.type === 'string') out.push({ pattern, schema: s });
    else if (def.type === 'object') for (const [k, field] of Object.entries(def.shape)) visit(field, pattern ? `${pattern}.${k}` : k);
    else if (def.type === 'array') visit(def.element, `${pattern}[]`);
    else if (def.type === 'record') visit(def.valueType, `${pattern}{}`);
    else for (const c of children(s)) visit(c, pattern);
    onPath.delete(s);
  };
  visit(schema, '');
  return out;
}
