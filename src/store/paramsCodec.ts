import type { ParamSpec, ParamValue, ParamValues, StepSpec } from '../scenes/types';

/** Query keys the shell owns; every other key must be a scene parameter. */
export const RESERVED_KEYS = ['step', 'lang', 'controls'] as const;

/** Something in a URL that was changed to make it valid (shown to the user as a notice). */
export interface CodecIssue {
  kind: 'clamped' | 'invalid' | 'unknownParam' | 'unknownStep';
  key: string;
  raw: string;
  value?: string;
}

/** Defaults of a params schema. */
export function defaultParams(specs: readonly ParamSpec[]): ParamValues {
  const out: ParamValues = {};
  for (const s of specs) out[s.key] = s.default;
  return out;
}

function decimals(step: number): number {
  const s = String(step);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Round a number onto the spec's grid (int, or the step's decimals) without clamping. */
function snap(spec: Extract<ParamSpec, { type: 'int' | 'float' }>, v: number): number {
  if (spec.type === 'int') return Math.round(v);
  return Number(v.toFixed(Math.min(10, decimals(spec.step) + 2)));
}

/**
 * Make one value valid for its spec. Returns the value and whether it had to be clamped (in range
 * but off-type counts as invalid → default).
 */
export function coerceParam(spec: ParamSpec, raw: unknown): { value: ParamValue; status: 'ok' | 'clamped' | 'invalid' } {
  switch (spec.type) {
    case 'int':
    case 'float': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return { value: spec.default, status: 'invalid' };
      const snapped = snap(spec, n);
      const clamped = Math.min(spec.max, Math.max(spec.min, snapped));
      return { value: clamped, status: clamped !== snapped ? 'clamped' : 'ok' };
    }
    case 'enum': {
      const s = String(raw);
      return spec.options.includes(s) ? { value: s, status: 'ok' } : { value: spec.default, status: 'invalid' };
    }
    case 'bool': {
      if (raw === true || raw === 'true' || raw === '1') return { value: true, status: 'ok' };
      if (raw === false || raw === 'false' || raw === '0') return { value: false, status: 'ok' };
      return { value: spec.default, status: 'invalid' };
    }
    case 'set': {
      if (typeof raw !== 'string' && !Array.isArray(raw)) return { value: spec.default, status: 'invalid' };
      const items = (Array.isArray(raw) ? raw.map(String) : raw.split(',')).map((x) => x.trim()).filter((x) => x !== '');
      const chosen = spec.options.filter((o) => items.includes(o));
      if (chosen.length < (spec.min ?? 0)) return { value: spec.default, status: 'invalid' };
      const value = chosen.join(',');
      // unknown entries dropped, or duplicates/order normalised: still a valid choice, reported as clamped
      const dropped = items.some((x) => !spec.options.includes(x));
      return { value, status: dropped ? 'clamped' : 'ok' };
    }
    case 'text': {
      if (typeof raw !== 'string') return { value: spec.default, status: 'invalid' };
      const chars = Array.from(raw);
      if (chars.length > spec.maxLength) return { value: chars.slice(0, spec.maxLength).join(''), status: 'clamped' };
      return { value: raw, status: 'ok' };
    }
  }
}

/** The chosen options of a `set` param value (`"q,v"` → `['q', 'v']`). */
export function setMembers(value: ParamValue): string[] {
  return String(value)
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Format a value for the URL. */
export function formatParam(spec: ParamSpec, v: ParamValue): string {
  if (spec.type === 'bool') return v ? '1' : '0';
  return String(v);
}

/**
 * The params a step starts from: the schema defaults with the step's preset on top. A URL stores only
 * the params that differ from this baseline, so `?step=<id>` alone shows what stepping there shows.
 */
export function baselineParams(specs: readonly ParamSpec[], steps: readonly StepSpec[], stepId: string): ParamValues {
  const base = defaultParams(specs);
  const preset = steps.find((s) => s.id === stepId)?.preset;
  if (preset) for (const [k, v] of Object.entries(preset)) if (k in base) base[k] = v;
  return base;
}

/**
 * Read a scene's params and step from URL query values. Out-of-range numbers are clamped,
 * invalid values reset to the default, unknown keys and steps reported; nothing valid is dropped.
 */
export function decodeSceneQuery(
  specs: readonly ParamSpec[],
  steps: readonly StepSpec[],
  query: URLSearchParams,
): { params: ParamValues; stepId: string; issues: CodecIssue[] } {
  const issues: CodecIssue[] = [];
  const rawStep = query.get('step');
  let stepId = steps[0]?.id ?? '';
  if (rawStep !== null) {
    if (steps.some((s) => s.id === rawStep)) stepId = rawStep;
    else issues.push({ kind: 'unknownStep', key: 'step', raw: rawStep });
  }
  const params = baselineParams(specs, steps, stepId);
  const byKey = new Map(specs.map((s) => [s.key, s] as const));
  for (const [key, raw] of query) {
    if ((RESERVED_KEYS as readonly string[]).includes(key)) continue;
    const spec = byKey.get(key);
    if (!spec) {
      issues.push({ kind: 'unknownParam', key, raw });
      continue;
    }
    const { value, status } = coerceParam(spec, raw);
    params[key] = value;
    if (status !== 'ok') issues.push({ kind: status, key, raw, value: formatParam(spec, value) });
  }
  return { params, stepId, issues };
}

/** Validate a patch of params (from the UI or an embed host); unknown keys are dropped. */
export function applyParamPatch(
  specs: readonly ParamSpec[],
  current: ParamValues,
  patch: Record<string, unknown>,
): { params: ParamValues; issues: CodecIssue[] } {
  const params = { ...current };
  const issues: CodecIssue[] = [];
  const byKey = new Map(specs.map((s) => [s.key, s] as const));
  for (const [key, raw] of Object.entries(patch)) {
    const spec = byKey.get(key);
    if (!spec) {
      issues.push({ kind: 'unknownParam', key, raw: String(raw) });
      continue;
    }
    const { value, status } = coerceParam(spec, raw);
    params[key] = value;
    if (status !== 'ok') issues.push({ kind: status, key, raw: String(raw), value: formatParam(spec, value) });
  }
  return { params, issues };
}

/**
 * The query string for a scene state: step first, then only the params that differ from the step's
 * baseline (defaults + preset), so decode(encode(state)) gives the state back.
 */
export function encodeSceneQuery(
  specs: readonly ParamSpec[],
  steps: readonly StepSpec[],
  params: ParamValues,
  stepId: string,
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams();
  q.set('step', stepId);
  const base = baselineParams(specs, steps, stepId);
  for (const s of specs) {
    const v = params[s.key];
    if (v !== undefined && v !== base[s.key]) q.set(s.key, formatParam(s, v));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
