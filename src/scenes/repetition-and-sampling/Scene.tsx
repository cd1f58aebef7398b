import { useEffect, useMemo, useRef, useState } from 'react';
import { fmt } from '../../i18n';
import type { TinyModel } from '../../model/types';
import { Readout } from '../../ui/Readout';
import { LinePlot } from '../../viz/LinePlot';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { generate, reinforcementCurve, repeatedSequence, sampleMany, shuffled, type GenToken, type LogitsCache, type StopReason } from './model/generator';
import { getModel } from './model/loadModel';
import { distinctN, longestRepeat, repeatedMask, seqRepN } from './model/metrics';
import { entropy, runPipeline, softmax, STAGES } from './model/pipeline';
import { checkPrompt, PROMPT_PRESETS, PROMPT_TEXT, REINFORCE_SENTENCE, type PromptKey } from './model/prompts';
import { entropyVsTemperature, stageRows, topCounts } from './model/view';
import { settingsOf, type SamplingParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { TokenBars } from './viz/TokenBars';
import './scene.css';

export type SamplingSceneProps = SceneProps<SamplingParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  pipeline: ['chosen', 'p-chosen', 'entropy', 'kept'],
  'greedy-loop': ['loop', 'rep-4', 'distinct-2'],
  'self-reinforcement': ['reinforce', 'loop'],
  temperature: ['entropy', 'p-chosen', 'sample-top'],
  'vague-prompt': ['entropy-raw', 'entropy', 'distinct-2'],
  truncation: ['kept', 'p-chosen', 'sample-top'],
  penalties: ['rep-4', 'distinct-2', 'loop'],
};

/** The stage each step opens on (index into STAGES; STAGES.length = the final "sample" distribution). */
const STEP_STAGE: Record<StepId, number> = {
  pipeline: STAGES.length,
  'greedy-loop': 0,
  'self-reinforcement': 0,
  temperature: STAGES.indexOf('temperature'),
  'vague-prompt': 0,
  truncation: STAGES.indexOf('top-p'),
  penalties: STAGES.indexOf('repetition'),
};

const TEMPS = Array.from({ length: 41 }, (_, i) => i * 0.05);
const N_SAMPLES = 200;
/** A change this soon after the previous one counts as part of a drag (or typing)… */
const DRAG_GAP_MS = 250;
/** …and starts the model only once the input has paused this long. */
const SETTLE_MS = 120;
/** Next animation frame (a 16 ms timer where there is none). */
const nextFrame = (f: () => void): number => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(f) : (setTimeout(f, 16) as unknown as number));
const cancelFrame = (h: number): void => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(h) : clearTimeout(h));

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(v >= 0.995 || v === 0 ? 0 : 1)}%` : '—');
const nats = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');

interface GenState {
  key: string;
  tokens: GenToken[];
  stop: StopReason | null;
}

interface Curves {
  key: string;
  natural: number[];
  shuffled: number[];
}

/** Visible text of one token in the running text (newline shown as ↵). */
function chipText(model: TinyModel, id: number): string {
  const s = model.tokenizer.decode([id]);
  return s.replace(/\n/g, '↵');
}

/** Question 6: live generation with the tiny transformer and the sampling pipeline of every token. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: SamplingSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width] = useWidth<HTMLDivElement>(900);
  const [loaded, setLoaded] = useState<{ model: TinyModel; cache: LogitsCache } | null>(null);
  const [gen, setGen] = useState<GenState | null>(null);
  const [focusSel, setFocusSel] = useState<number | null>(null);
  const [stageSel, setStageSel] = useState<number | null>(null);
  const [curves, setCurves] = useState<Curves | null>(null);
  const readyRef = useRef(false);

  useEffect(() => setFocusSel(null), [p.prompt]);
  useEffect(() => setStageSel(null), [stepId]);

  useEffect(() => {
    let live = true;
    onPending(true);
    getModel().then(
      (m) => live && setLoaded(m),
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
    };
  }, [onError, onPending]);

  const model = loaded?.model ?? null;
  const ctx = model?.config.contextLength ?? 0;
  const promptText = p.prompt;
  const check = useMemo(() => (model ? checkPrompt(promptText, model.tokenizer, ctx) : null), [model, promptText, ctx]);
  const promptIds = useMemo(() => (check && check.ok ? check.ids : null), [check]);
  const settings = useMemo(
    () => settingsOf(p),
    [p.temperature, p.topK, p.topP, p.minP, p.repetitionPenalty, p.presencePenalty, p.frequencyPenalty, p.noRepeatNgram], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const genKey = promptIds ? `${promptIds.join(',')}|${JSON.stringify(settings)}|${p.maxNew}|${p.seed}` : '';

  // Live generation: token by token; logits come from the per-prefix cache, so a setting that only
  // changes the sampling re-runs the model only where the text starts to differ.
  // Two things keep a slider drag within a frame: tokens reach React at most once per animation frame
  // (not once per model call), and a change that follows the previous one within DRAG_GAP_MS (a drag,
  // typing) waits until the input pauses for SETTLE_MS before it starts the model. Meanwhile the chart of
  // the inspected token re-runs the pipeline on its cached logits at every change, and the old text is
  // marked as out of date.
  const lastChange = useRef(-Infinity);
  useEffect(() => {
    if (!loaded) return;
    if (!promptIds) {
      setGen(null);
      onPending(false);
      if (!readyRef.current) {
        readyRef.current = true;
        onReady();
      }
      return;
    }
    let live = true;
    onPending(true);
    const key = genKey;
    const now = performance.now();
    const burst = now - lastChange.current < DRAG_GAP_MS;
    lastChange.current = now;
    let frame: number | null = null;
    let latest: GenToken[] | null = null;
    const flush = () => {
      frame = null;
      if (!live || !latest) return;
      setGen({ key, tokens: latest, stop: null });
      // the figure has drawn once the first token is shown; the rest of the run stays pending
      if (!readyRef.current) {
        readyRef.current = true;
        onReady();
      }
    };
    const start = () =>
      generate(
        loaded.cache,
        loaded.model.config.contextLength,
        promptIds,
        settings,
        p.maxNew,
        p.seed,
        (g) => {
          if (!live) return;
          latest = g.tokens;
          if (frame === null) frame = nextFrame(flush);
        },
        () => !live,
      ).then(
        (g) => {
          if (!live) return;
          if (frame !== null) cancelFrame(frame);
          frame = null;
          setGen({ key, tokens: g.tokens, stop: g.stop });
          onPending(false);
          if (!readyRef.current) {
            readyRef.current = true;
            onReady();
          }
        },
        (e: unknown) => live && onError(e),
      );
    const timer = burst ? setTimeout(start, SETTLE_MS) : null;
    if (!burst) void start();
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelFrame(frame);
    };
  }, [loaded, genKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // Self-reinforcement curve: one sentence from the training text's style (in the prompt's language)
  // repeated, and the same tokens shuffled as a control.
  const reinforceText = /[\u3400-\u9fff]/.test(p.prompt) || !/[A-Za-z]/.test(p.prompt) ? REINFORCE_SENTENCE.zh : REINFORCE_SENTENCE.en;
  const sentence = useMemo(() => (model ? model.tokenizer.encode(reinforceText) : null), [model, reinforceText]);
  const curveKey = sentence ? sentence.join(',') : '';
  // Only on its step, and after the text is generated: its forward pass compiles new WebGL shaders
  // (tens of seconds on SwiftShader the first time), which must not hold up the first generation.
  const genDone = gen !== null && gen.stop !== null;
  const wantCurve = stepId === 'self-reinforcement' && genDone && (curves === null || curves.key !== curveKey);
  useEffect(() => {
    if (!wantCurve || !loaded || !sentence || sentence.length < 2) return;
    let live = true;
    const { ids, copies } = repeatedSequence(sentence, loaded.model.config.contextLength);
    const shuf = shuffled(sentence, 7);
    const { ids: ids2 } = repeatedSequence(shuf, loaded.model.config.contextLength);
    (async () => {
      const a = await loaded.model.forward(ids);
      if (!live) return;
      const b = await loaded.model.forward(ids2);
      if (!live) return;
      setCurves({ key: curveKey, natural: reinforcementCurve(a.logits, sentence, copies), shuffled: reinforcementCurve(b.logits, shuf, copies) });
    })().catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [wantCurve, curveKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // Raw entropy of the first next-token distribution for every preset (the vague-prompt step compares them).
  const [presetH, setPresetH] = useState<{ key: PromptKey; h: number }[] | null>(null);
  const wantPresets = stepId === 'vague-prompt' && loaded !== null && presetH === null && gen !== null && gen.stop !== null;
  useEffect(() => {
    if (!wantPresets || !loaded) return;
    let live = true;
    (async () => {
      const out: { key: PromptKey; h: number }[] = [];
      for (const k of PROMPT_PRESETS) {
        const l = await loaded.cache.get(loaded.model.tokenizer.encode(PROMPT_TEXT[k]));
        out.push({ key: k, h: entropy(softmax(l)) });
      }
      if (live) setPresetH(out);
    })().catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [wantPresets]); // eslint-disable-line react-hooks/exhaustive-deps

  // the text on screen belongs to earlier settings (a drag is in progress, or the new run has not drawn yet)
  const stale = gen !== null && gen.key !== genKey;
  const tokens = gen && promptIds && gen.key.startsWith(`${promptIds.join(',')}|`) ? gen.tokens : [];
  const genIds = useMemo(() => tokens.map((t) => t.id), [tokens]);
  const focus = tokens.length ? Math.min(focusSel ?? tokens.length - 1, tokens.length - 1) : -1;
  const focusContext = useMemo(() => (promptIds && focus >= 0 ? [...promptIds, ...genIds.slice(0, focus)] : null), [promptIds, genIds, focus]);
  const focusLogits = loaded && focusContext ? loaded.cache.peek(focusContext) : undefined;
  const result = useMemo(
    () => (focusLogits && focusContext && promptIds ? runPipeline(focusLogits, focusContext, promptIds.length, settings) : null),
    [focusLogits, focusContext, promptIds, settings],
  );
  const chosen = focus >= 0 ? genIds[focus] : -1;
  const stage = stageSel ?? STEP_STAGE[stepId];
  const samples = useMemo(() => (result ? sampleMany(result.probs, N_SAMPLES, p.seed * 1000 + focus, result.greedy ? chosen : -1) : null), [result, p.seed, focus, chosen]);
  const tempCurve = useMemo(
    () => (stepId === 'temperature' && focusLogits && focusContext && promptIds ? entropyVsTemperature(focusLogits, focusContext, promptIds.length, settings, TEMPS) : null),
    [stepId, focusLogits, focusContext, promptIds, settings],
  );
  const repMask = useMemo(() => (promptIds ? repeatedMask(promptIds, genIds, 4) : []), [promptIds, genIds]);
  const loop = useMemo(() => longestRepeat(genIds), [genIds]);

  if (!loaded || !model) {
    return (
      <div ref={wrapRef} className="rs">
        <p className="loading">{L.loading}</p>
      </div>
    );
  }

  const narrow = width < 760;
  const sideW = embed ? Math.max(200, Math.floor(width * 0.4)) : narrow ? width : Math.min(360, Math.floor(width * 0.36));
  const mainW = embed ? width - sideW - 12 : narrow ? width : width - sideW - 20;
  const label = (id: number) => model.tokenizer.tokenLabel(id);
  const nRows = embed ? 6 : narrow ? 8 : 10;

  const rows = result ? stageRows(result, stage, chosen, nRows) : [];
  const stageName = stage === STAGES.length ? L.stage_sample : L[`stage_${STAGES[stage]}`];
  const finalKept = result ? Array.from(result.probs).filter((v) => v > 0).length : 0;
  const topSample = samples ? topCounts(samples, 1)[0] : undefined;
  const curveNow = curves && curves.key === curveKey ? curves : null;
  const readoutValues: Record<ReadoutKey, string> = {
    chosen: chosen >= 0 ? label(chosen) : '—',
    'p-chosen': result && chosen >= 0 ? pct(result.probs[chosen]) : '—',
    entropy: result ? nats(result.entropy) : '—',
    'entropy-raw': result ? nats(entropy(result.stages[0].probs)) : '—',
    'kept-top-k': result ? String(result.stages[STAGES.indexOf('top-k')].kept) : '—',
    'kept-top-p': result ? String(result.stages[STAGES.indexOf('top-p')].kept) : '—',
    'kept-min-p': result ? String(result.stages[STAGES.indexOf('min-p')].kept) : '—',
    kept: result ? String(finalKept) : '—',
    generated: String(tokens.length),
    'distinct-2': pct(distinctN(genIds, 2)),
    'rep-4': pct(seqRepN(genIds, 4)),
    loop: loop ? fmt(L.loopFmt, { n: loop.length }) : L.none,
    'sample-top': topSample ? `${label(topSample.id)} ${pct(topSample.count / N_SAMPLES)}` : '—',
    reinforce: curveNow && curveNow.natural.length ? `${pct(curveNow.natural[0])} → ${pct(curveNow.natural[curveNow.natural.length - 1])}` : '…',
  };
  const keyReadouts = STEP_READOUTS[stepId] ?? [];

  const message = (() => {
    if (!check) return null;
    if (!check.ok) return check.reason === 'empty' ? L.errEmpty : fmt(L.errTooLong, { tokens: check.tokens, context: check.context });
    return null;
  })();
  const warning = check && check.ok && check.unknown.length ? fmt(L.warnUnknown, { chars: check.unknown.join(' ') }) : null;
  const stopNote = gen?.stop === 'context' ? fmt(L.stopContext, { context: ctx }) : gen?.stop === 'all-filtered' ? L.stopFiltered : null;

  const perPos = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));
  const sideH = embed ? 170 : 230;
  const side = () => {
    if (stepId === 'self-reinforcement') {
      if (!curveNow) return <p className="loading">{L.computing}</p>;
      return (
        <LinePlot
          width={sideW}
          height={sideH}
          title={fmt(L.reinforceTitle, { s: reinforceText })}
          xLabel={L.reinforceX}
          yLabel={L.reinforceY}
          reducedMotion={reducedMotion}
          series={[
            { label: L.natural, color: 'var(--c1)', points: curveNow.natural.map((y, i) => ({ x: i, y })) },
            { label: L.shuffledSeries, color: 'var(--c2)', dashed: true, points: curveNow.shuffled.map((y, i) => ({ x: i, y })) },
          ]}
        />
      );
    }
    if ((stepId === 'greedy-loop' || stepId === 'penalties') && tokens.length > 1) {
      return (
        <LinePlot
          width={sideW}
          height={sideH}
          title={L.perPosTitle}
          xLabel={L.perPosX}
          yLabel={L.perPosY}
          reducedMotion={reducedMotion}
          series={[{ label: L.perPosY, color: 'var(--c5)', points: perPos(tokens.map((t) => t.pRaw)) }]}
          marker={focus >= 0 ? { x: focus + 1, y: tokens[focus].pRaw, label: label(chosen) } : undefined}
        />
      );
    }
    if (stepId === 'vague-prompt' && tokens.length > 1) {
      const lnV = Math.log(model.config.vocabSize);
      return (
        <div className="side-stack">
          {presetH ? (
            <TokenBars
              width={sideW}
              rowHeight={embed ? 18 : 22}
              title={fmt(L.presetTitle, { max: lnV.toFixed(2) })}
              legend={{ after: L.rawEntY }}
              rows={presetH.map((x, i) => ({ id: i, label: L[`preset_${x.key}`], after: x.h, chosen: PROMPT_TEXT[x.key] === p.prompt }))}
              format={nats}
              max={lnV}
              color="var(--c3)"
              labelWidth={embed ? 80 : 110}
              reducedMotion={reducedMotion}
            />
          ) : (
            <p className="loading">{L.computing}</p>
          )}
          {embed ? null : (
        <LinePlot
          width={sideW}
          height={sideH}
          title={L.rawEntTitle}
          xLabel={L.perPosX}
          yLabel={L.rawEntY}
          reducedMotion={reducedMotion}
          series={[{ label: L.rawEntY, color: 'var(--c3)', points: perPos(tokens.map((t) => t.rawEntropy)) }]}
          marker={focus >= 0 ? { x: focus + 1, y: tokens[focus].rawEntropy, label: label(chosen) } : undefined}
        />
          )}
        </div>
      );
    }
    const hist = samples ? (
      <TokenBars
        width={sideW}
        rowHeight={embed ? 18 : 22}
        title={L.samplesTitle}
        legend={{ after: L.draws }}
        rows={topCounts(samples, embed ? 5 : 8).map((c) => ({ id: c.id, label: label(c.id), after: c.count, chosen: c.id === chosen }))}
        format={(v) => `${v}×`}
        max={N_SAMPLES}
        color="var(--c2)"
        reducedMotion={reducedMotion}
      />
    ) : null;
    if (stepId === 'temperature' && tempCurve) {
      return (
        <div className="side-stack">
          <LinePlot
            width={sideW}
            height={embed ? 150 : 200}
            title={L.tempTitle}
            xLabel={L.tempX}
            yLabel={L.tempY}
            reducedMotion={reducedMotion}
            series={[{ label: L.tempY, color: 'var(--c1)', points: tempCurve }]}
            marker={{ x: p.temperature, y: result ? (result.greedy ? 0 : result.entropy) : 0, label: `${L.current} T=${p.temperature}` }}
          />
          {embed ? null : hist}
        </div>
      );
    }
    return hist;
  };

  return (
    <div ref={wrapRef} className={embed ? 'rs embed-mode' : 'rs'}>
      {embed ? null : (
        <div className="rs-prompt">
          <div className="rs-presets" role="group" aria-label={L.examples}>
            <span className="rs-presets-label">{L.examples}</span>
            {PROMPT_PRESETS.map((k) => (
              <button
                type="button"
                key={k}
                className="btn small"
                data-preset={k}
                aria-pressed={p.prompt === PROMPT_TEXT[k]}
                onClick={() => setParams({ prompt: PROMPT_TEXT[k] })}
              >
                {L[`preset_${k}`]}
              </button>
            ))}
          </div>
        </div>
      )}
      {message ? (
        <p className="rs-msg" role="alert">
          {message}
        </p>
      ) : null}
      {warning ? (
        <p className="rs-warn" role="status">
          {warning}
        </p>
      ) : null}

      <div className={narrow && !embed ? 'rs-grid narrow' : 'rs-grid'}>
        <figure className="rs-main" style={{ width: mainW }} aria-label={L.figureAlt}>
          <div className="rs-text" role="group" aria-label={L.textTitle}>
            {embed ? null : <div className="rs-text-title">{L.textTitle}</div>}
            <div className={stale ? 'rs-tokens stale' : 'rs-tokens'} aria-busy={stale || undefined}>
              <span className="rs-prompt-text" title={L.promptPart}>
                {promptText.replace(/\n/g, '↵ ')}
              </span>
              {tokens.map((t, i) => (
                <button
                  type="button"
                  key={i}
                  className={`rs-chip${repMask[i] ? ' rep' : ''}${i === focus ? ' focus' : ''}`}
                  aria-pressed={i === focus}
                  aria-label={`${i + 1}: ${label(t.id)} (${pct(t.p)})`}
                  onClick={() => setFocusSel(i === tokens.length - 1 ? null : i)}
                >
                  {chipText(model, t.id)}
                </button>
              ))}
              {stale || (gen && gen.stop === null) ? <span className="rs-pending">{L.generating}</span> : null}
            </div>
            {embed ? null : (
              <div className="rs-legend">
                <span className="rs-chip rep sample" aria-hidden="true">
                  ab
                </span>{' '}
                {L.repeatedLegend} <span className="rs-chip focus sample" aria-hidden="true">
                  ab
                </span>{' '}
                {L.focusLegend}
              </div>
            )}
            {stopNote ? <p className="rs-note">{stopNote}</p> : null}
          </div>

          <div className="rs-stages" role="group" aria-label={L.stagesTitle}>
            {[...STAGES, 'sample' as const].map((id, i) => {
              const st = result && i < STAGES.length ? result.stages[i] : null;
              const active = i === STAGES.length || i === 0 || (st?.active ?? false);
              const kept = st ? st.kept : finalKept;
              const ro = id === 'top-k' ? 'kept-top-k' : id === 'top-p' ? 'kept-top-p' : id === 'min-p' ? 'kept-min-p' : undefined;
              return (
                <button
                  type="button"
                  key={id}
                  className={`rs-stage${i === stage ? ' on' : ''}${active ? '' : ' idle'}`}
                  aria-pressed={i === stage}
                  onClick={() => setStageSel(i)}
                >
                  <span className="rs-stage-name">{L[`stage_${id}`]}</span>
                  <span className="rs-stage-kept">
                    {active ? (
                      <>
                        <span data-readout={ro}>{result ? kept : '—'}</span> {L.kept}
                      </>
                    ) : (
                      <>
                        {L.off}
                        {ro ? (
                          <span className="rs-hidden-readout" data-readout={ro}>
                            {result ? kept : '—'}
                          </span>
                        ) : null}
                      </>
                    )}
                  </span>
                </button>
              );
            })}
          </div>
          {result?.greedy ? <p className="rs-note">{L.greedyNote}</p> : null}
          {result ? (
            <TokenBars
              width={mainW}
              rowHeight={embed ? 18 : 24}
              title={fmt(L.barsTitle, { stage: stageName })}
              legend={{ before: stage === 0 ? undefined : L.before, after: stage === 0 ? L.stage_logits : L.after, filtered: L.filtered, chosen: L.chosen }}
              rows={rows.map((r) => ({ ...r, label: label(r.id), before: stage === 0 ? undefined : r.before }))}
              format={pct}
              reducedMotion={reducedMotion}
            />
          ) : null}
        </figure>
        <div className="rs-side" style={{ width: sideW }}>
          {side()}
        </div>
      </div>

      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((k) => !k.startsWith('kept-') && (!embed || keyReadouts.includes(k))).map((k) => (
          <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={readoutValues[k]} emphasis={!embed && keyReadouts.includes(k)} />
        ))}
      </div>
      {embed ? null : (
        <p className="rs-card">
          {fmt(L.modelCard, {
            layers: model.config.nLayers,
            heads: model.config.nHeads,
            d: model.config.dModel,
            ctx: model.config.contextLength,
            vocab: model.config.vocabSize,
            params: model.parameterCount.toLocaleString('en-US'),
          })}
        </p>
      )}
    </div>
  );
}
