/**
 * The first check: the format version, then the zod schema. zod's issues become diagnostics in the authors'
 * words ("missing required field", "unknown field"), each at the JSON path of the problem.
 */
import type * as core from 'zod/v4/core';
import { formatPath, type Diagnostic } from '../scenario/diagnostic';
import { FORMAT_VERSION, MIN_FORMAT_VERSION, scenarioSchema, type Scenario } from '../scenario/schema';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** The condition union's branches, in schema order. */
const CONDITION_KEYS = ['always', 'chose', 'flag', 'meter', 'all', 'any', 'not'];

type Issue = core.$ZodIssue;

/** zod's own wording (full zod's "Too small…", zod/mini's "Invalid input"), as opposed to a message the schema gives. */
function isDefaultMessage(message: string): boolean {
  return message.startsWith('Too small') || message === 'Invalid input';
}

function issueToDiagnostics(file: string, data: unknown, issue: Issue, base: PropertyKey[], out: Diagnostic[], format = 'the scenario format'): void {
  const path = [...base, ...issue.path];
  const push = (p: PropertyKey[], message: string) => out.push({ file, path: formatPath(p), message, severity: 'error' });
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const k of issue.keys ?? []) push([...path, k], `unknown field "${k}" (not part of ${format}; check the spelling)`);
      return;
    case 'invalid_type': {
      if (value === undefined) {
        const last = path[path.length - 1];
        push(path, `missing required field "${String(last)}"`);
      } else push(path, `expected ${EXPECTED[issue.expected ?? ''] ?? issue.expected}, found ${describe(value)}`);
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
      push(path, `not a valid condition: use exactly one of ${CONDITION_KEYS.join(', ')}`);
      return;
    }
    case 'invalid_value':
      push(path, `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${describe(value)}`);
      return;
    case 'too_small':
      if (issue.origin === 'array')
        push(path, `needs at least ${String(issue.minimum)} item(s)${isDefaultMessage(issue.message) ? '' : ` (${issue.message})`}`);
      else if (issue.origin === 'string') push(path, isDefaultMessage(issue.message) ? 'must not be empty' : issue.message);
      else push(path, `must be at least ${String(issue.minimum)}, found ${describe(value)}`);
      return;
    case 'too_big':
      if (issue.origin === 'array') push(path, `has too many items (at most ${String(issue.maximum)})`);
      else push(path, `must be at most ${String(issue.maximum)}, found ${describe(value)}`);
      return;
    case 'invalid_key':
      for (const i of issue.issues ?? []) push(path, `bad key: ${i.message}`);
      return;
    default:
      push(path, issue.message);
  }
}

/** zod's issues for another file format (the translation overlay), as diagnostics in the same words, each reported once. */
export function zodIssueDiagnostics(file: string, data: unknown, issues: readonly Issue[], format: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) issueToDiagnostics(file, data, issue, [], out, format);
  const seen = new Set<string>();
  return out.filter((d) => (seen.has(d.path + d.message) ? false : (seen.add(d.path + d.message), true)));
}

/** Version check, then the schema. A file from a newer or older format gets its own message and nothing else. */
export function checkSchema(file: string, data: unknown): { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', message: `a scenario is a JSON object, found ${describe(data)}` }] };
  }
  const v = (data as Record<string, unknown>).formatVersion;
  const reads = `it reads versions ${MIN_FORMAT_VERSION} to ${FORMAT_VERSION}`;
  const versionProblem =
    typeof v !== 'number'
      ? null
      : v > FORMAT_VERSION
        ? `format version ${v} is newer than this game can read (${reads}); update the game`
        : v < MIN_FORMAT_VERSION
          ? `format version ${v} is too old for this game (${reads}); convert the file to format ${FORMAT_VERSION}`
          : null;
  if (versionProblem) return { ok: false, diagnostics: [{ file, path: 'formatVersion', severity: 'error', message: versionProblem }] };
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) issueToDiagnostics(file, data, issue, [], diagnostics);
  // The same problem can come out of several union branches: report it once.
  const seen = new Set<string>();
  return { ok: false, diagnostics: diagnostics.filter((d) => (seen.has(d.path + d.message) ? false : (seen.add(d.path + d.message), true))) };
}
