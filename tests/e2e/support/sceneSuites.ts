/**
 * Real-browser checks generated from the registry: one `describe` per built scene, so every scene
 * added to `builtScenes` is covered without touching this file. See STYLE.md § Tests and
 * SCENE-CHECKLIST.md for what each check stands for.
 *
 * A cold load costs ~10 s here (tfjs starts WebGL on SwiftShader and compiles its shaders), so
 * tests that can share a page do: the `describe` blocks below each open one page in `beforeAll`
 * and their `it`s run in order on it. Language, theme and route changes go through the UI or the
 * hash (a same-document navigation), not through reloads, except where a reload is the point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { EnumParamSpec, ParamSpec, SceneManifest } from '../../../src/scenes/types';
import {
  DESKTOP,
  EMBED,
  IDLE_TIMEOUT,
  PHONE,
  SCREENSHOT_DIR,
  blurToBody,
  changedKeys,
  connectBrowser,
  currentStep,
  describeParam,
  embedURL,
  ensureTheme,
  formatAxe,
  hashQuery,
  hashRoute,
  hostURL,
  numberParams,
  offDefault,
  otherText,
  setToggleOption,
  openPage,
  poll,
  readouts,
  sceneURL,
  screenshot,
  seriousAxe,
  settle,
  waitBackend,
  waitIdle,
  waitReadoutChange,
  waitReady,
  wayOverMax,
  type Lang,
  type OpenedPage,
  type Theme,
} from './app';

let browser: Browser;

/** Opens `#/q/<id>` (zh, desktop, light unless told) and waits for the first drawn computation. */
async function openScene(
  m: SceneManifest,
  query: Record<string, string | number | boolean> = {},
  opts: Parameters<typeof openPage>[1] = {},
): Promise<OpenedPage> {
  const opened = await openPage(browser, opts);
  await opened.page.goto(sceneURL(m.id, query));
  await waitReady(opened.page, m.id);
  return opened;
}

function expectNoErrors(o: OpenedPage, what: string) {
  const errors = o.log.errors.splice(0);
  expect(errors, `${what}: console/page errors`).toEqual([]);
}

/** Same-document navigation to another hash of the app (no reload, tfjs stays up). */
async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

/** Back to the first step with default params through the URL (no reload), settled. */
async function resetScene(page: Page, m: SceneManifest): Promise<void> {
  if ((await page.evaluate(() => location.hash)) === `#/q/${m.id}`) return;
  const before = await readouts(page);
  await gotoHash(page, `#/q/${m.id}`);
  await waitReady(page, m.id);
  await poll(async () => (await currentStep(page, m.id)) === m.steps[0].id, 5000);
  await waitReadoutChange(page, before, 500);
  await waitIdle(page, m.id, 200, IDLE_TIMEOUT);
}

/**
 * Changes one parameter through its control and waits for a readout to change. Sliders first get
 * one arrow key (the cheapest change); if no readout moves within 3 s they get End/Home too.
 */
async function operate(page: Page | Frame, p: ParamSpec): Promise<{ did: string; changed: string[] }> {
  const box = page.locator(`[data-param="${p.key}"]`).first();
  const before = await readouts(page);
  if (p.type === 'enum') {
    const pressed = await box.locator('button[aria-pressed="true"]').first().getAttribute('data-value');
    const next = p.options.find((o) => o !== pressed) ?? p.options[0];
    await box.locator(`button[data-value="${next}"]`).click();
    const now = await poll(async () => (await box.locator(`button[data-value="${next}"]`).getAttribute('aria-pressed')) === 'true', 3000);
    expect(now, `${p.key}: option ${next} should become aria-pressed`).toBe(true);
    return { did: `${pressed} → ${next}`, changed: await waitReadoutChange(page, before) };
  }
  if (p.type === 'set') {
    const o = setToggleOption(p);
    const btn = box.locator(`button[data-value="${o}"]`);
    const was = await btn.getAttribute('aria-pressed');
    await btn.click();
    const now = await poll(async () => (await btn.getAttribute('aria-pressed')) !== was, 3000);
    expect(now, `${p.key}: option ${o} should toggle aria-pressed`).toBe(true);
    return { did: `toggle ${o}`, changed: await waitReadoutChange(page, before) };
  }
  if (p.type === 'text') {
    const area = box.locator('textarea');
    const next = otherText(p);
    await area.fill(next);
    await area.blur();
    return { did: `text → ${JSON.stringify(next)}`, changed: await waitReadoutChange(page, before) };
  }
  if (p.type === 'bool') {
    const input = box.locator('input[type="checkbox"]');
    const was = await input.isChecked();
    await input.click();
    const now = await poll(async () => (await input.isChecked()) !== was, 3000);
    expect(now, `${p.key}: checkbox should toggle`).toBe(true);
    return { did: `${was} → ${!was}`, changed: await waitReadoutChange(page, before) };
  }
  const input = box.locator('input[type="range"]');
  const [value, max] = await input.evaluate((el: HTMLInputElement) => [el.value, el.max]);
  const up = value !== max;
  await input.focus();
  await input.press(up ? 'ArrowRight' : 'ArrowLeft');
  const moved = await poll(async () => (await input.inputValue()) !== value, 3000);
  expect(moved, `${p.key}: range input should move on an arrow key`).toBe(true);
  let did = `${value} → ${await input.inputValue()} (${up ? 'ArrowRight' : 'ArrowLeft'})`;
  let changed = await waitReadoutChange(page, before, 3000);
  if (!changed.length) {
    await input.press(up ? 'End' : 'Home');
    did += `, then → ${await input.inputValue()} (${up ? 'End' : 'Home'})`;
    changed = await waitReadoutChange(page, before);
  }
  return { did, changed };
}

/**
 * Registers the generated suites for `scenes` (one browser connection per test file). The scene list
 * is split between test files (`scenes-*.e2e.ts`) so that two vitest workers share the run.
 */
export function sceneSuites(scenes: readonly SceneManifest[], shard: number): void {
beforeAll(async () => {
  browser = await connectBrowser(shard);
});

// E2E_SCENES may leave a shard without a scene; a file without any test is an error to vitest
if (!scenes.length) it.skip(`no scene in shard ${shard} (E2E_SCENES=${process.env.E2E_SCENES ?? ''})`, () => {});

afterAll(async () => {
  await browser?.close();
});

for (const m of scenes) {
  const steps = m.steps.map((s) => s.id);
  const nums = numberParams(m);

  describe(`scene ${m.id}`, () => {
    describe('on one page (zh, 1280×800, light)', () => {
      let o: OpenedPage;
      beforeAll(async () => {
        o = await openScene(m);
      });
      afterAll(async () => {
        await o?.close();
      });

      it('loads with no console errors, on WebGL, with every manifest readout and control', async () => {
        const { page } = o;
        if (m.usesTf !== false) expect(await waitBackend(page)).toBe('webgl');
        expect(await currentStep(page, m.id)).toBe(steps[0]);
        const shown = await readouts(page);
        const missing = m.readouts.filter((k) => !(k in shown));
        expect(missing, 'readouts listed in the manifest but not on the page').toEqual([]);
        const empty = m.readouts.filter((k) => k in shown && shown[k] === '');
        expect(empty, 'readouts with no text').toEqual([]);
        for (const p of m.params) {
          const box = page.locator(`[data-param="${p.key}"]`);
          expect(await box.count(), `[data-param="${p.key}"]`).toBeGreaterThan(0);
          if (p.type === 'enum' || p.type === 'set') {
            for (const opt of p.options) {
              expect(await box.locator(`button[data-value="${opt}"]`).count(), `${p.key} option ${opt}`).toBe(1);
            }
            const pressed = await box.locator('button[aria-pressed="true"]').count();
            if (p.type === 'enum') expect(pressed, `${p.key}: one option pressed`).toBe(1);
            else expect(pressed, `${p.key}: the default options pressed`).toBe(p.default.split(',').filter(Boolean).length);
          } else if (p.type === 'text') {
            expect(await box.locator('textarea').count(), `${p.key} text area`).toBe(1);
          } else if (p.type === 'bool') {
            expect(await box.locator('input[type="checkbox"]').count(), `${p.key} checkbox`).toBe(1);
          } else {
            expect(await box.locator('input[type="range"]').count(), `${p.key} range`).toBe(1);
          }
        }
        for (const a of ['prev', 'next', 'play', 'copy-link', 'copy-embed']) {
          expect(await page.locator(`button[data-action="${a}"]`).count(), `button[data-action="${a}"]`).toBeGreaterThan(0);
        }
        expect(await page.locator('[data-notice]').count(), 'no notice on a clean URL').toBe(0);
        await settle(page, 300);
        expectNoErrors(o, 'load');
      });

      for (const p of m.params) {
        it(`parameter ${describeParam(p)} changes a readout and the URL (from the defaults)`, async () => {
          const { page } = o;
          // parameters interact (e.g. a train/eval switch does nothing to LayerNorm), so each one is
          // tried from the scene's defaults at its first step: reset through the URL, no reload
          await resetScene(page, m);
          const { did, changed } = await operate(page, p);
          expect(changed, `${p.key} ${did}: no [data-readout] changed`).not.toEqual([]);
          const q = await poll(async () => {
            const qq = await hashQuery(page);
            return p.key in qq ? qq : null;
          }, 3000);
          expect(q?.[p.key], `URL should carry ${p.key} after ${did}`).toBeDefined();
          expectNoErrors(o, p.key);
        });
      }

      it('the same URL gives the same readouts in a new page', async () => {
        // every parameter off its default (one step up, or the next option / the other bool)
        const query: Record<string, string | number | boolean> = { step: steps[Math.min(1, steps.length - 1)] };
        for (const p of m.params) query[p.key] = offDefault(p);
        const hash = sceneURL(m.id, query).slice(sceneURL(m.id).length - `#/q/${m.id}`.length);
        try {
          const before = await readouts(o.page);
          await gotoHash(o.page, hash);
          await waitReady(o.page, m.id);
          const moved = await waitReadoutChange(o.page, before);
          expect(moved, `changing every parameter through the URL (${hash}) changes no readout`).not.toEqual([]);
          const shown = await waitIdle(o.page, m.id, 400, IDLE_TIMEOUT);
          expect(await o.page.locator('[data-notice]').count(), `no notice for ${hash}`).toBe(0);
          const again = await openPage(browser);
          try {
            await again.page.goto(sceneURL(m.id, query));
            await waitReady(again.page, m.id);
            await waitIdle(again.page, m.id, 400, IDLE_TIMEOUT);
            await poll(async () => changedKeys(shown, await readouts(again.page)).length === 0, 5000);
            const diff = changedKeys(shown, await readouts(again.page));
            expect(diff, `readouts differ between two pages on ${hash}`).toEqual([]);
            expectNoErrors(again, 'second page');
          } finally {
            await again.close();
          }
          expectNoErrors(o, 'same URL');
        } finally {
          await resetScene(o.page, m);
        }
      });

      it('every step is reachable by keyboard (→ to the last, ← back); the URL follows; buttons and play work', async () => {
        const { page } = o;
        await resetScene(page, m);
        await blurToBody(page);
        expect(await currentStep(page, m.id)).toBe(steps[0]);
        for (let i = 1; i < steps.length; i++) {
          await page.keyboard.press('ArrowRight');
          const at = await poll(async () => (await currentStep(page, m.id)) === steps[i], 5000);
          expect(at, `→ from ${steps[i - 1]} should reach ${steps[i]}`).toBe(true);
          const q = await poll(async () => (await hashQuery(page)).step === steps[i], 3000);
          expect(q, `URL step= should be ${steps[i]} (hash ${await page.evaluate(() => location.hash)})`).toBe(true);
        }
        for (let i = steps.length - 2; i >= 0; i--) {
          await page.keyboard.press('ArrowLeft');
          const at = await poll(async () => (await currentStep(page, m.id)) === steps[i], 5000);
          expect(at, `← should reach ${steps[i]}`).toBe(true);
        }
        const q0 = await hashQuery(page);
        expect(q0.step === undefined || q0.step === steps[0], `URL step= at the first step: ${q0.step}`).toBe(true);
        expect(await hashRoute(page)).toBe(`#/q/${m.id}`);

        // on-screen buttons
        await page.locator('button[data-action="next"]').first().click();
        expect(await poll(async () => (await currentStep(page, m.id)) === steps[1], 5000), 'next button').toBe(true);
        await page.locator('button[data-action="prev"]').first().click();
        expect(await poll(async () => (await currentStep(page, m.id)) === steps[0], 5000), 'prev button').toBe(true);

        // ← / → inside a slider move the slider, not the step
        if (nums.length) {
          const input = page.locator(`[data-param="${nums[0].key}"] input[type="range"]`);
          await input.focus();
          await input.press('ArrowRight');
          await settle(page, 200);
          expect(await currentStep(page, m.id), '→ in a range input must not change the step').toBe(steps[0]);
        }

        // play advances by itself; pressing it again pauses
        await page.locator('button[data-action="play"]').first().click();
        const advanced = await poll(async () => (await currentStep(page, m.id)) !== steps[0], 20_000, 200);
        expect(advanced, 'play should advance to the next step within 20 s').toBe(true);
        await page.locator('button[data-action="play"]').first().click();
        await settle(page, 300);
        const pausedAt = await currentStep(page, m.id);
        await page.waitForTimeout(1500);
        expect(await currentStep(page, m.id), 'pause should stop stepping').toBe(pausedAt);
        expectNoErrors(o, 'steps');
      });
    });

    it('a bad URL value is clamped with a visible, dismissable notice, and the page still works', async () => {
      const first = nums[0];
      const firstEnum = m.params.find((p): p is EnumParamSpec => p.type === 'enum');
      const query: Record<string, string | number> = { step: 'nope' };
      if (first) query[first.key] = wayOverMax(first);
      if (firstEnum) query[firstEnum.key] = 'not-an-option';
      const o = await openScene(m, query);
      try {
        const { page } = o;
        const notice = page.locator('[data-notice]').first();
        await notice.waitFor({ state: 'visible', timeout: 10_000 });
        expect(await notice.getAttribute('role'), '[data-notice] role').toBe('status');
        expect((await notice.textContent())?.trim().length ?? 0, 'notice has text').toBeGreaterThan(0);
        expect(await currentStep(page, m.id), 'step=nope falls back to the first step').toBe(steps[0]);
        if (first) {
          const input = page.locator(`[data-param="${first.key}"] input[type="range"]`);
          const [v, max] = await input.evaluate((el: HTMLInputElement) => [el.value, el.max]);
          expect(v, `${first.key}=${wayOverMax(first)} should be clamped to the slider's max`).toBe(max);
          const inUrl = (await hashQuery(page))[first.key];
          if (inUrl !== undefined) expect(Number(inUrl), `URL ${first.key} after clamping`).toBeLessThanOrEqual(first.max);
        }
        if (firstEnum) {
          const pressed = await page
            .locator(`[data-param="${firstEnum.key}"] button[aria-pressed="true"]`)
            .first()
            .getAttribute('data-value');
          expect(pressed, `${firstEnum.key}=not-an-option resets to the default`).toBe(firstEnum.default);
        }
        // one notice per bad value is fine; dismiss them all
        const count0 = await page.locator('[data-notice]').count();
        for (let k = 0; k < count0 + 2 && (await page.locator('[data-notice]').count()) > 0; k++) {
          const before = await page.locator('[data-notice]').count();
          await page.locator('[data-notice] button[data-action="dismiss-notice"]').first().click();
          expect(await poll(async () => (await page.locator('[data-notice]').count()) < before, 3000), 'a dismissed notice goes away').toBe(true);
        }
        const gone = await poll(async () => (await page.locator('[data-notice]:visible').count()) === 0, 3000);
        expect(gone, 'no notice left after dismissing').toBe(true);
        // still works
        if (first) {
          const input = page.locator(`[data-param="${first.key}"] input[type="range"]`);
          const before = await readouts(page);
          await input.focus();
          await input.press('Home');
          expect(await waitReadoutChange(page, before), 'a slider still changes a readout after the notice').not.toEqual([]);
        }
        await blurToBody(page);
        await page.keyboard.press('ArrowRight');
        expect(await poll(async () => (await currentStep(page, m.id)) === steps[1], 5000), '→ still works').toBe(true);
        expectNoErrors(o, 'bad URL');
      } finally {
        await o.close();
      }
    });

    describe('embed (in an iframe of a same-origin host page, 640×360)', () => {
      interface Msg {
        type: string;
        scene: string;
        step: string;
        stepIndex: number;
        stepCount: number;
        params: Record<string, unknown>;
      }
      let o: OpenedPage;
      let frame: Frame;
      const messages = () =>
        o.page.evaluate(() => (window as unknown as { __messages: { data: unknown }[] }).__messages.map((x) => x.data)) as Promise<Msg[]>;
      const send = (msg: unknown) => o.page.evaluate((mm) => (window as unknown as { __send: (x: unknown) => void }).__send(mm), msg as never);
      /** Waits for a new message (after index `from`) matching `pred`. */
      async function waitMsg(from: number, pred: (x: Msg) => boolean, what: string): Promise<Msg> {
        const got = await poll(async () => (await messages()).slice(from).find((x) => !!x && typeof x === 'object' && pred(x)) ?? null, 10_000);
        if (!got) throw new Error(`no ${what} message; got ${JSON.stringify((await messages()).slice(from))}`);
        return got;
      }

      beforeAll(async () => {
        o = await openPage(browser, { viewport: { width: 800, height: 600 } });
        await o.page.goto(hostURL(embedURL(m.id)));
        const f = await (await o.page.locator('#embed').elementHandle())!.contentFrame();
        if (!f) throw new Error('no iframe');
        frame = f;
        await waitReady(frame, m.id);
      });
      afterAll(async () => {
        await o?.close();
      });

      it('sends ready, does not take focus, shows the backend and an open-full link', async () => {
        const { page } = o;
        const ready = await waitMsg(0, (x) => x.type === 'ready', 'ready');
        expect(ready.scene).toBe(m.id);
        expect(ready.stepCount).toBe(steps.length);
        expect(ready.step).toBe(steps[0]);
        expect(ready.stepIndex).toBe(0);
        for (const p of m.params) expect(ready.params, `ready.params.${p.key}`).toHaveProperty(p.key);

        expect(await frame.locator(`[data-embed="${m.id}"]`).count(), `[data-embed="${m.id}"]`).toBeGreaterThan(0);
        if (m.usesTf !== false) expect(await waitBackend(frame), 'backend in the embed').toBe('webgl');
        const openFull = frame.locator('a[data-action="open-full"]').first();
        expect(await openFull.getAttribute('href'), 'open-full link').toContain(`#/q/${m.id}`);
        expect(await frame.locator('button[data-action="next"]').first().isVisible(), 'step controls visible by default').toBe(true);

        await settle(frame, 300);
        expect(await page.evaluate(() => document.activeElement?.tagName), 'host activeElement').toBe('BODY');
        expect(await frame.evaluate(() => document.activeElement?.tagName ?? 'BODY'), 'embed activeElement').toBe('BODY');
        expectNoErrors(o, 'embed load');
      });

      it('follows next / goto / prev / set messages with state messages', async () => {
        let n = (await messages()).length;
        await send({ type: 'next' });
        let st = await waitMsg(n, (x) => x.type === 'state' && x.stepIndex === 1, 'state after next');
        expect(st.step).toBe(steps[1]);
        expect(st.scene).toBe(m.id);
        expect(st.stepCount).toBe(steps.length);
        expect(await currentStep(frame, m.id)).toBe(steps[1]);

        n = (await messages()).length;
        await send({ type: 'goto', step: steps[steps.length - 1] });
        st = await waitMsg(n, (x) => x.type === 'state' && x.step === steps[steps.length - 1], 'state after goto');
        expect(st.stepIndex).toBe(steps.length - 1);

        n = (await messages()).length;
        await send({ type: 'prev' });
        st = await waitMsg(n, (x) => x.type === 'state' && x.stepIndex === steps.length - 2, 'state after prev');
        expect(st.step).toBe(steps[steps.length - 2]);

        const p = nums[0];
        if (p) {
          const target = p.default === p.max ? p.min : p.max;
          n = (await messages()).length;
          await send({ type: 'set', params: { [p.key]: target } });
          st = await waitMsg(n, (x) => x.type === 'state' && Number(x.params[p.key]) === target, `state after set ${p.key}=${target}`);
          expect(st.step, 'set keeps the step').toBe(steps[steps.length - 2]);
          await waitReady(frame, m.id);
        }

        // a change made inside the embed is reported too
        n = (await messages()).length;
        await frame.locator('button[data-action="prev"]').first().click();
        st = await waitMsg(n, (x) => x.type === 'state' && x.stepIndex === steps.length - 3, 'state after clicking prev inside the embed');
        expect(st.step).toBe(steps[steps.length - 3]);
        expectNoErrors(o, 'embed messages');
      });

      it(`a screenshot per step (zh light ${EMBED.width}×${EMBED.height}), driven by goto messages`, async () => {
        await o.page.emulateMedia({ reducedMotion: 'reduce' });
        // back to the defaults (the previous test moved a parameter), then the story step by step
        const defaults = Object.fromEntries(m.params.map((p) => [p.key, p.default]));
        await send({ type: 'set', params: defaults });
        await poll(async () => JSON.stringify((await messages()).at(-1)?.params) === JSON.stringify({ ...(await messages()).at(-1)?.params, ...defaults }), 5000);
        for (let i = 0; i < steps.length; i++) {
          const n = (await messages()).length;
          await send({ type: 'goto', step: steps[i] });
          if ((await currentStep(frame, m.id)) !== steps[i]) await waitMsg(n, (x) => x.type === 'state' && x.step === steps[i], `state after goto ${steps[i]}`);
          await waitIdle(frame, m.id, 150, IDLE_TIMEOUT);
          await settle(frame, 150);
          const path = `${SCREENSHOT_DIR}/${m.id}/zh-light-${EMBED.width}-${String(i + 1).padStart(2, '0')}-${steps[i]}.png`;
          await o.page.locator('#embed').screenshot({ path, animations: 'disabled' });
        }
        await o.page.emulateMedia({ reducedMotion: 'no-preference' });
        expectNoErrors(o, 'embed screenshots');
      });

      it('ignores malformed and unknown messages without error', async () => {
        const stepBefore = await currentStep(frame, m.id);
        const paramsBefore = (await messages()).at(-1)?.params;
        for (const bad of [
          'next',
          42,
          null,
          [],
          { type: 'explode' },
          { type: 'goto' },
          { type: 'goto', step: 'no-such-step' },
          { type: 'goto', step: { evil: true } },
          { type: 'set' },
          { type: 'set', params: null },
          { type: 'set', params: 'x' },
          { type: 'set', params: { 'no-such-param': 1 } },
        ]) {
          await send(bad);
        }
        await settle(frame, 600);
        expect(await currentStep(frame, m.id), 'malformed messages leave the step').toBe(stepBefore);
        const last = (await messages()).at(-1);
        expect(last?.step, 'last state step after malformed messages').toBe(stepBefore);
        expect(last?.params, 'params after malformed messages').toEqual(paramsBefore);
        await waitReady(frame, m.id, 5000);
        expectNoErrors(o, 'malformed messages');
      });

      it('controls=0 hides the step controls (and messages still drive it)', async () => {
        await frame.evaluate((h) => {
          location.hash = h;
        }, `#/embed/${m.id}?controls=0`);
        await waitReady(frame, m.id);
        await settle(frame, 300);
        for (const a of ['prev', 'next', 'play']) {
          const loc = frame.locator(`button[data-action="${a}"]`);
          const visible = (await loc.count()) > 0 && (await loc.first().isVisible());
          expect(visible, `button[data-action="${a}"] with controls=0`).toBe(false);
        }
        expect(await frame.locator('a[data-action="open-full"]').count(), 'open-full link stays').toBeGreaterThan(0);
        const from = await currentStep(frame, m.id);
        const want = steps[Math.min(steps.indexOf(from ?? steps[0]) + 1, steps.length - 1)];
        await send({ type: 'next' });
        expect(await poll(async () => (await currentStep(frame, m.id)) === want, 5000), 'next message with controls=0').toBe(true);
        expectNoErrors(o, 'controls=0');
      });
    });

    describe('screenshots (tests/e2e/screenshots), then axe, on one page with reduced motion', () => {
      let o: OpenedPage;
      beforeAll(async () => {
        o = await openScene(m, {}, { locale: 'zh-CN', theme: 'light', reducedMotion: 'reduce', viewport: DESKTOP });
      });
      afterAll(async () => {
        await o?.close();
      });
      const configs: { lang: Lang; theme: Theme; size: { width: number; height: number } }[] = [
        { lang: 'zh', theme: 'light', size: DESKTOP },
        { lang: 'zh', theme: 'light', size: PHONE },
        { lang: 'en', theme: 'dark', size: PHONE },
      ];
      for (const c of configs) {
        it(`every step, ${c.lang} ${c.theme} ${c.size.width}×${c.size.height}`, async () => {
          const { page } = o;
          await page.setViewportSize(c.size);
          // back to the first step with default params (the URL is the state)
          await resetScene(page, m);
          expect(await currentStep(page, m.id)).toBe(steps[0]);
          await ensureTheme(page, c.theme);
          if (!((await page.locator('html').getAttribute('lang')) ?? '').startsWith(c.lang)) await page.locator('button[data-action="lang"]').first().click();
          expect(await poll(async () => ((await page.locator('html').getAttribute('lang')) ?? '').startsWith(c.lang), 3000)).toBe(true);
          await blurToBody(page);
          await waitIdle(page, m.id, 150, IDLE_TIMEOUT);
          for (let i = 0; i < steps.length; i++) {
            if (i > 0) await page.keyboard.press('ArrowRight');
            expect(await poll(async () => (await currentStep(page, m.id)) === steps[i], 5000), `step ${steps[i]}`).toBe(true);
            await waitIdle(page, m.id, 150, IDLE_TIMEOUT);
            await settle(page, 150);
            const rel = `${m.id}/${c.lang}-${c.theme}-${c.size.width}-${String(i + 1).padStart(2, '0')}-${steps[i]}.png`;
            if (c.size.width >= 1000) {
              // desktop: the first screen, where the figure, the readouts and the controls sit
              await page.evaluate(() => window.scrollTo(0, 0));
              await screenshot(page, rel, false);
            } else {
              // phone: from the top of the page to the end of the scene root (header, question,
              // figure, readouts, step controls) as one tall image; the answer text below is left out
              const bottom = await page.locator(`[data-scene="${m.id}"]`).first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
              await page.screenshot({
                path: `${SCREENSHOT_DIR}/${rel}`,
                fullPage: true,
                clip: { x: 0, y: 0, width: c.size.width, height: Math.ceil(bottom) + 8 },
                animations: 'disabled',
                caret: 'hide',
              });
            }
          }
          expectNoErrors(o, 'screenshots');
        });
      }

      // axe: no serious or critical violations. Both languages and both themes on the scene page, and
      // the embed; language, theme and route switched in place on the same page (no cold reload).
      const plan: { view: 'scene' | 'embed'; lang: Lang; theme: Theme }[] = [
        { view: 'scene', lang: 'en', theme: 'dark' },
        { view: 'scene', lang: 'zh', theme: 'light' },
        { view: 'embed', lang: 'zh', theme: 'dark' },
      ];
      for (const c of plan) {
        it(`axe: ${c.view} ${c.lang} ${c.theme}`, async () => {
          const { page } = o;
          await page.setViewportSize(DESKTOP);
          const route = await hashRoute(page);
          if (c.view === 'scene' && !route.startsWith('#/q/')) await gotoHash(page, `#/q/${m.id}`);
          await waitReady(page, m.id);
          await ensureTheme(page, c.theme);
          if (!((await page.locator('html').getAttribute('lang')) ?? '').startsWith(c.lang)) {
            await page.locator('button[data-action="lang"]').first().click();
          }
          expect(await poll(async () => ((await page.locator('html').getAttribute('lang')) ?? '').startsWith(c.lang), 3000), `html[lang] ${c.lang}`).toBe(true);
          if (c.view === 'embed') {
            await gotoHash(page, `#/embed/${m.id}`);
            await page.locator(`[data-embed="${m.id}"]`).first().waitFor({ timeout: 10_000 });
            await waitReady(page, m.id);
            expect(await page.locator('html').getAttribute('data-theme'), 'embed keeps the theme').toBe(c.theme);
          }
          await waitIdle(page, m.id, 200, IDLE_TIMEOUT);
          await settle(page, 300);
          const found = await seriousAxe(page, `${m.id} ${c.view} ${c.lang} ${c.theme}`);
          expect(found, `axe on ${c.view} ${c.lang} ${c.theme}:\n${formatAxe(found)}`).toEqual([]);
          expectNoErrors(o, `axe ${c.view} ${c.lang} ${c.theme}`);
        });
      }
    });
  });
}
}
