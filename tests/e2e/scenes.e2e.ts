/**
 * Real-browser checks generated from the registry: one `describe` per built scene, so every scene
 * added to `builtScenes` is covered without touching this file. See STYLE.md § Tests and
 * SCENE-CHECKLIST.md for what each check stands for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { builtScenes } from '../../src/app/registry';
import type { EnumParamSpec, ParamSpec, SceneManifest } from '../../src/scenes/types';
import {
  DESKTOP,
  EMBED,
  PHONE,
  READY_TIMEOUT,
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
  openPage,
  poll,
  readouts,
  sceneURL,
  screenshot,
  seriousAxe,
  settle,
  waitBackend,
  waitReadoutChange,
  waitReady,
  wayOverMax,
  type Lang,
  type OpenedPage,
  type Theme,
} from './support/app';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

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
  expect(o.log.errors, `${what}: console/page errors`).toEqual([]);
}

/** Changes one parameter through its control; returns a description of what was done. */
async function operate(page: Page | Frame, p: ParamSpec): Promise<string> {
  const box = page.locator(`[data-param="${p.key}"]`).first();
  if (p.type === 'enum') {
    const pressed = await box.locator('button[aria-pressed="true"]').first().getAttribute('data-value');
    const next = p.options.find((o) => o !== pressed) ?? p.options[0];
    await box.locator(`button[data-value="${next}"]`).click();
    const now = await poll(async () => (await box.locator(`button[data-value="${next}"]`).getAttribute('aria-pressed')) === 'true', 3000);
    expect(now, `${p.key}: option ${next} should become aria-pressed`).toBe(true);
    return `${pressed} → ${next}`;
  }
  if (p.type === 'bool') {
    const input = box.locator('input[type="checkbox"]');
    const was = await input.isChecked();
    await input.click();
    const now = await poll(async () => (await input.isChecked()) !== was, 3000);
    expect(now, `${p.key}: checkbox should toggle`).toBe(true);
    return `${was} → ${!was}`;
  }
  const input = box.locator('input[type="range"]');
  const [value, max] = await input.evaluate((el: HTMLInputElement) => [el.value, el.max]);
  await input.focus();
  const key = value === max ? 'Home' : 'End';
  await page.locator(`[data-param="${p.key}"] input[type="range"]`).press(key);
  const moved = await poll(async () => (await input.inputValue()) !== value, 3000);
  expect(moved, `${p.key}: range input should move on ${key}`).toBe(true);
  return `${value} → ${await input.inputValue()} (${key})`;
}

for (const m of builtScenes) {
  const steps = m.steps.map((s) => s.id);
  const nums = numberParams(m);

  describe(`scene ${m.id}`, () => {
    it('loads with no console errors, on WebGL, with every manifest readout and control', async () => {
      const o = await openScene(m);
      try {
        const { page } = o;
        expect(await waitBackend(page)).toBe('webgl');
        expect(await currentStep(page, m.id)).toBe(steps[0]);
        const shown = await readouts(page);
        const missing = m.readouts.filter((k) => !(k in shown));
        expect(missing, 'readouts listed in the manifest but not on the page').toEqual([]);
        const empty = m.readouts.filter((k) => k in shown && shown[k] === '');
        expect(empty, 'readouts with no text').toEqual([]);
        for (const p of m.params) {
          const box = page.locator(`[data-param="${p.key}"]`);
          expect(await box.count(), `[data-param="${p.key}"]`).toBeGreaterThan(0);
          if (p.type === 'enum') {
            for (const opt of p.options) {
              expect(await box.locator(`button[data-value="${opt}"]`).count(), `${p.key} option ${opt}`).toBe(1);
            }
            expect(await box.locator('button[aria-pressed="true"]').count(), `${p.key}: one option pressed`).toBe(1);
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
        await settle(page, 500);
        expectNoErrors(o, 'load');
      } finally {
        await o.close();
      }
    });

    describe('every parameter control changes at least one readout', () => {
      let o: OpenedPage;
      beforeAll(async () => {
        o = await openScene(m);
        await waitBackend(o.page);
      });
      afterAll(async () => {
        await o?.close();
      });

      for (const p of m.params) {
        it(describeParam(p), async () => {
          const { page } = o;
          const before = await readouts(page);
          const did = await operate(page, p);
          const changed = await waitReadoutChange(page, before);
          expect(changed, `${p.key} ${did}: no [data-readout] changed`).not.toEqual([]);
          // the URL carries the new value
          const q = await poll(async () => {
            const qq = await hashQuery(page);
            return p.key in qq ? qq : null;
          }, 3000);
          expect(q?.[p.key], `URL should carry ${p.key} after ${did}`).toBeDefined();
          expectNoErrors(o, p.key);
        });
      }

      it('the URL reproduces the same readouts on reload', async () => {
        const url = o.page.url();
        const shown = await readouts(o.page);
        const again = await openPage(browser);
        try {
          await again.page.goto(url);
          await waitReady(again.page, m.id);
          await settle(again.page, 300);
          const diff = changedKeys(shown, await poll(async () => {
            const r = await readouts(again.page);
            return changedKeys(shown, r).length === 0 ? r : null;
          }, 5000) ?? (await readouts(again.page)));
          expect(diff, `readouts differ after reloading ${url}`).toEqual([]);
          expect(await again.page.locator('[data-notice]').count(), 'no notice for a URL the app wrote').toBe(0);
          expectNoErrors(again, 'reload');
        } finally {
          await again.close();
        }
      });
    });

    it('every step is reachable by keyboard (→ to the last, ← back) and the URL follows', async () => {
      const o = await openScene(m);
      try {
        const { page } = o;
        await blurToBody(page);
        for (let i = 1; i < steps.length; i++) {
          await page.keyboard.press('ArrowRight');
          const at = await poll(async () => ((await currentStep(page, m.id)) === steps[i] ? steps[i] : null), 5000);
          expect(at, `→ from ${steps[i - 1]} should reach ${steps[i]}`).toBe(steps[i]);
          const q = await poll(async () => ((await hashQuery(page)).step === steps[i] ? true : null), 3000);
          expect(q, `URL step= should be ${steps[i]} (hash ${await page.evaluate(() => location.hash)})`).toBe(true);
        }
        for (let i = steps.length - 2; i >= 0; i--) {
          await page.keyboard.press('ArrowLeft');
          const at = await poll(async () => ((await currentStep(page, m.id)) === steps[i] ? steps[i] : null), 5000);
          expect(at, `← should reach ${steps[i]}`).toBe(steps[i]);
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
      } finally {
        await o.close();
      }
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
          const before = await readouts(page);
          await operate(page, first);
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

    describe('embed', () => {
      interface Msg {
        type: string;
        scene: string;
        step: string;
        stepIndex: number;
        stepCount: number;
        params: Record<string, unknown>;
      }
      const messages = (page: Page) =>
        page.evaluate(() => (window as unknown as { __messages: { data: unknown }[] }).__messages.map((x) => x.data)) as Promise<Msg[]>;
      const send = (page: Page, msg: unknown) =>
        page.evaluate((mm) => (window as unknown as { __send: (x: unknown) => void }).__send(mm), msg as never);
      /** Waits for a new message (after index `from`) matching `pred`. */
      async function waitMsg(page: Page, from: number, pred: (m: Msg) => boolean, what: string): Promise<Msg> {
        const got = await poll(async () => (await messages(page)).slice(from).find((x) => x && typeof x === 'object' && pred(x)) ?? null, 10_000);
        if (!got) throw new Error(`no ${what} message; got ${JSON.stringify((await messages(page)).slice(from))}`);
        return got;
      }
      async function openHost(query: Record<string, string | number> = {}) {
        const o = await openPage(browser, { viewport: { width: 800, height: 600 } });
        await o.page.goto(hostURL(embedURL(m.id, query)));
        const frame = await (await o.page.locator('#embed').elementHandle())!.contentFrame();
        if (!frame) throw new Error('no iframe frame');
        await waitReady(frame, m.id);
        return { o, frame };
      }

      it('follows the postMessage protocol and does not take focus', async () => {
        const { o, frame } = await openHost();
        const { page } = o;
        try {
          const ready = await waitMsg(page, 0, (x) => x.type === 'ready', 'ready');
          expect(ready.scene).toBe(m.id);
          expect(ready.stepCount).toBe(steps.length);
          expect(ready.step).toBe(steps[0]);
          expect(ready.stepIndex).toBe(0);
          for (const p of m.params) expect(ready.params, `ready.params.${p.key}`).toHaveProperty(p.key);

          expect(await frame.locator(`[data-embed="${m.id}"]`).count(), `[data-embed="${m.id}"]`).toBeGreaterThan(0);
          expect(await waitBackend(frame), 'backend in the embed').toBe('webgl');
          const openFull = frame.locator('a[data-action="open-full"]').first();
          expect(await openFull.getAttribute('href'), 'open-full link').toContain(`#/q/${m.id}`);
          expect(await frame.locator('button[data-action="next"]').first().isVisible(), 'step controls visible by default').toBe(true);

          // focus stays with the host page
          await settle(frame, 300);
          expect(await page.evaluate(() => document.activeElement?.tagName), 'host activeElement').toBe('BODY');
          expect(await frame.evaluate(() => document.activeElement?.tagName ?? 'BODY'), 'embed activeElement').toBe('BODY');
          expect(await page.evaluate(() => document.hasFocus() && document.activeElement?.tagName), 'host keeps focus').toBe('BODY');

          let n = (await messages(page)).length;
          await send(page, { type: 'next' });
          let st = await waitMsg(page, n, (x) => x.type === 'state' && x.stepIndex === 1, 'state after next');
          expect(st.step).toBe(steps[1]);
          expect(await currentStep(frame, m.id)).toBe(steps[1]);

          n = (await messages(page)).length;
          await send(page, { type: 'goto', step: steps[steps.length - 1] });
          st = await waitMsg(page, n, (x) => x.type === 'state' && x.step === steps[steps.length - 1], 'state after goto');
          expect(st.stepIndex).toBe(steps.length - 1);

          n = (await messages(page)).length;
          await send(page, { type: 'prev' });
          st = await waitMsg(page, n, (x) => x.type === 'state' && x.stepIndex === steps.length - 2, 'state after prev');
          expect(st.step).toBe(steps[steps.length - 2]);

          const p = nums[0];
          if (p) {
            const target = p.default === p.max ? p.min : p.max;
            n = (await messages(page)).length;
            await send(page, { type: 'set', params: { [p.key]: target } });
            st = await waitMsg(page, n, (x) => x.type === 'state' && Number(x.params[p.key]) === target, `state after set ${p.key}=${target}`);
            expect(st.step, 'set keeps the step').toBe(steps[steps.length - 2]);
          }

          // malformed / unknown messages are ignored
          const stepBefore = await currentStep(frame, m.id);
          const paramsBefore = (await messages(page)).at(-1)?.params;
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
            await send(page, bad);
          }
          await settle(frame, 600);
          expect(await currentStep(frame, m.id), 'malformed messages leave the step').toBe(stepBefore);
          const last = (await messages(page)).at(-1);
          expect(last?.step, 'last state step after malformed messages').toBe(stepBefore);
          expect(last?.params, 'params after malformed messages').toEqual(paramsBefore);
          await waitReady(frame, m.id, 5000);

          // a change made inside the embed is reported too
          n = (await messages(page)).length;
          await frame.locator('button[data-action="prev"]').first().click();
          st = await waitMsg(page, n, (x) => x.type === 'state' && x.stepIndex === steps.length - 3, 'state after clicking prev inside the embed');
          expect(st.step).toBe(steps[steps.length - 3]);
          expectNoErrors(o, 'embed');
        } finally {
          await o.close();
        }
      });

      it('controls=0 hides the step controls', async () => {
        const { o, frame } = await openHost({ controls: 0 });
        try {
          for (const a of ['prev', 'next', 'play']) {
            const loc = frame.locator(`button[data-action="${a}"]`);
            const visible = (await loc.count()) > 0 && (await loc.first().isVisible());
            expect(visible, `button[data-action="${a}"] with controls=0`).toBe(false);
          }
          expect(await frame.locator('a[data-action="open-full"]').count(), 'open-full link stays').toBeGreaterThan(0);
          // still driven by messages
          await o.page.evaluate(() => (window as unknown as { __send: (x: unknown) => void }).__send({ type: 'next' }));
          expect(await poll(async () => (await currentStep(frame, m.id)) === steps[1], 5000), 'next message with controls=0').toBe(true);
          expectNoErrors(o, 'controls=0');
        } finally {
          await o.close();
        }
      });
    });

    describe('axe: no serious or critical violations', () => {
      const pages: { name: string; url: () => string; lang: Lang }[] = [
        { name: 'scene zh', url: () => sceneURL(m.id, { lang: 'zh' }), lang: 'zh' },
        { name: 'scene en', url: () => sceneURL(m.id, { lang: 'en' }), lang: 'en' },
        { name: 'embed', url: () => embedURL(m.id), lang: 'zh' },
      ];
      for (const theme of ['light', 'dark'] as Theme[]) {
        describe(theme, () => {
          let o: OpenedPage;
          beforeAll(async () => {
            o = await openPage(browser, { theme });
            // set the theme once through the UI; the app persists it for the other pages
            await o.page.goto(sceneURL(m.id));
            await waitReady(o.page, m.id);
            await ensureTheme(o.page, theme);
          });
          afterAll(async () => {
            await o?.close();
          });
          for (const pg of pages) {
            it(`${pg.name}, ${theme}`, async () => {
              const { page } = o;
              await page.goto('about:blank');
              await page.goto(pg.url());
              await waitReady(page, m.id);
              expect(await page.locator('html').getAttribute('data-theme'), 'theme persisted').toBe(theme);
              if (pg.name !== 'embed') expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${pg.lang}`));
              await settle(page, 1200); // let enter transitions finish before contrast is measured
              const found = await seriousAxe(page, `${m.id} ${pg.name} ${theme}`);
              expect(found, `axe on ${pg.name} (${theme}):\n${formatAxe(found)}`).toEqual([]);
              expectNoErrors(o, `axe ${pg.name} ${theme}`);
            });
          }
        });
      }
    });

    describe('screenshots (tests/e2e/screenshots)', () => {
      const pad = (i: number) => String(i + 1).padStart(2, '0');
      const configs: { lang: Lang; theme: Theme; size: { width: number; height: number } }[] = [
        { lang: 'zh', theme: 'light', size: DESKTOP },
        { lang: 'en', theme: 'dark', size: PHONE },
        { lang: 'zh', theme: 'light', size: PHONE },
      ];
      for (const c of configs) {
        it(`every step, ${c.lang} ${c.theme} ${c.size.width}×${c.size.height}`, async () => {
          const o = await openPage(browser, { viewport: c.size, theme: c.theme, reducedMotion: 'reduce' });
          try {
            const { page } = o;
            await page.goto(sceneURL(m.id, { lang: c.lang }));
            await waitReady(page, m.id);
            await ensureTheme(page, c.theme);
            await blurToBody(page);
            for (let i = 0; i < steps.length; i++) {
              if (i > 0) await page.keyboard.press('ArrowRight');
              expect(await poll(async () => (await currentStep(page, m.id)) === steps[i], 5000)).toBe(true);
              await waitReady(page, m.id, READY_TIMEOUT);
              await settle(page, 400);
              await screenshot(page, `${m.id}/${c.lang}-${c.theme}-${c.size.width}-${pad(i)}-${steps[i]}.png`);
            }
            expectNoErrors(o, 'screenshots');
          } finally {
            await o.close();
          }
        });
      }

      it(`every step, embed zh light ${EMBED.width}×${EMBED.height}`, async () => {
        const o = await openPage(browser, { viewport: EMBED, theme: 'light', reducedMotion: 'reduce' });
        try {
          const { page } = o;
          await page.goto(embedURL(m.id, { lang: 'zh' }));
          await waitReady(page, m.id);
          for (let i = 0; i < steps.length; i++) {
            if (i > 0) await page.locator('button[data-action="next"]').first().click();
            expect(await poll(async () => (await currentStep(page, m.id)) === steps[i], 5000)).toBe(true);
            await waitReady(page, m.id);
            await blurToBody(page);
            await settle(page, 400);
            await screenshot(page, `${m.id}/zh-light-${EMBED.width}-${pad(i)}-${steps[i]}.png`, false);
          }
          expectNoErrors(o, 'embed screenshots');
        } finally {
          await o.close();
        }
      });
    });
  });
}
