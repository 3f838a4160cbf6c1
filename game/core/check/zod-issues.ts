/**
 * The first check: the format version, then the zod schema. zod's issues become problems in the authors' terms
 * (a missing field, an unknown field), each at the JSON path of the problem. The schema names its own rules
 * (an id's pattern, a list that needs a citation) by keys (FORMAT_RULES, LIST_RULES), read back here.
 */
import type * as core from 'zod/v4/core';
import {
  diagnosticKey,
  FORMAT_RULES,
  formatPath,
  LIST_RULES,
  type Diagnostic,
  type FileFormat,
  type FormatRule,
  type Found,
  type ListRule,
  type Problem,
} from '../scenario/diagnostic';
import { FORMAT_VERSION, MIN_FORMAT_VERSION, scenarioSchema, type Scenario } from '../scenario/schema';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** What a value is, for "found …" (a long text cut at 40 characters). */
export function describe(v: unknown): Found {
  if (v === null) return { is: 'null' };
  if (Array.isArray(v)) return { is: 'list' };
  if (typeof v === 'object') return { is: 'object' };
  if (typeof v === 'string') return { is: 'text', text: v.length > 40 ? v.slice(0, 40) + '…' : v };
  if (typeof v === 'number') return { is: 'number', value: v };
  if (typeof v === 'boolean') return { is: 'boolean', value: v };
  return { is: 'nothing' };
}

/** The condition union's branches, in schema order. */
const CONDITION_KEYS = ['always', 'chose', 'flag', 'meter', 'all', 'any', 'not'];

type Issue = core.$ZodIssue;

const isFormatRule = (m: string): m is FormatRule => (FORMAT_RULES as readonly string[]).includes(m);
const isListRule = (m: string): m is ListRule => (LIST_RULES as readonly string[]).includes(m);

function issueToDiagnostics(file: string, data: unknown, issue: Issue, base: PropertyKey[], out: Diagnostic[], format: FileFormat = 'scenario'): void {
  const path = [...base, ...issue.path];
  const push = (p: PropertyKey[], problem: Problem) => out.push({ file, path: formatPath(p), problem, severity: 'error' });
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const k of issue.keys ?? []) push([...path, k], { kind: 'unknown-field', field: k, format });
      return;
    case 'invalid_type': {
      if (value === undefined) push(path, { kind: 'missing-field', field: String(path[path.length - 1]) });
      else push(path, { kind: 'wrong-type', expected: issue.expected ?? '', found: describe(value) });
      return;
    }
    case 'invalid_union': {
      // Conditions are the only union: report the errors of the branch named by the key the writer used.
      const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => CONDITION_KEYS.includes(k)) : [];
      const branch = keys.length === 1 ? issue.errors?.[CONDITION_KEYS.indexOf(keys[0]!)] : undefined;
      if (branch && branch.length > 0) {
        for (const i of branch) issueToDiagnostics(file, data, i, path, out, format);
        return;
      }
      push(path, { kind: 'bad-condition', keys: CONDITION_KEYS });
      return;
    }
    case 'invalid_value':
      push(path, { kind: 'not-one-of', values: (issue.values ?? []).map((v) => JSON.stringify(v)), found: describe(value) });
      return;
    case 'too_small':
      if (issue.origin === 'array')
        push(path, { kind: 'too-few-items', minimum: Number(issue.minimum), rule: isListRule(issue.message) ? issue.message : null });
      else if (issue.origin === 'string') push(path, { kind: 'empty-text' });
      else push(path, { kind: 'too-small', minimum: Number(issue.minimum), found: describe(value) });
      return;
    case 'too_big':
      if (issue.origin === 'array') push(path, { kind: 'too-many-items', maximum: Number(issue.maximum) });
      else push(path, { kind: 'too-big', maximum: Number(issue.maximum), found: describe(value) });
      return;
    case 'invalid_format':
      push(path, isFormatRule(issue.message) ? { kind: 'bad-format', rule: issue.message } : { kind: 'schema-issue', code: issue.code, detail: issue.message });
      return;
    case 'invalid_key':
      for (const i of issue.issues ?? [])
        push(path, isFormatRule(i.message) ? { kind: 'bad-key', rule: i.message } : { kind: 'schema-issue', code: i.code, detail: i.message });
      return;
    default:
      push(path, { kind: 'schema-issue', code: issue.code, detail: issue.message });
  }
}

/** Each problem once, in the order found (the same problem can come out of several union branches). */
function once(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = diagnosticKey(d);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** zod's issues for another file format (the translation overlay), as the same problems, each reported once. */
export function zodIssueDiagnostics(file: string, data: unknown, issues: readonly Issue[], format: FileFormat): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) issueToDiagnostics(file, data, issue, [], out, format);
  return once(out);
}

/** Version check, then the schema. A file from a newer or older format gets its own problem and nothing else. */
export function checkSchema(file: string, data: unknown): { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', problem: { kind: 'not-an-object', format: 'scenario', found: describe(data) } }] };
  }
  const v = (data as Record<string, unknown>).formatVersion;
  const versions = { min: MIN_FORMAT_VERSION, max: FORMAT_VERSION };
  const versionProblem: Problem | null =
    typeof v !== 'number'
      ? null
      : v > FORMAT_VERSION
        ? { kind: 'format-too-new', version: v, ...versions }
        : v < MIN_FORMAT_VERSION
          ? { kind: 'format-too-old', version: v, ...versions }
          : null;
  if (versionProblem) return { ok: false, diagnostics: [{ file, path: 'formatVersion', severity: 'error', problem: versionProblem }] };
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) issueToDiagnostics(file, data, issue, [], diagnostics);
  return { ok: false, diagnostics: once(diagnostics) };
}
