/** The home page: the 19 questions from the registry, language and theme switches, axe. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtScenes, questions } from '../../src/app/registry';
import {
  PHONE,
  baseURL,
  connectBrowser,
  ensureTheme,
  formatAxe,
  openPage,
  poll,
  screenshot,
  seriousAxe,
  settle,
  waitReady,
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

const homeURL = () => `${baseURL()}#/`;
const lang = async (page: Page) => (await page.locator('html').getAttribute('lang')) ?? '';
const theme = async (page: Page) => (await page.locator('html').getAttribute('data-theme')) ?? '';

async function openHome(opts: Parameters<typeof openPage>[1] = {}): Promise<OpenedPage> {
  const o = await openPage(browser, opts);
  await o.page.goto(homeURL());
  await o.page.locator('a[data-question]').first().waitFor({ timeout: 30_000 });
  return o;
}

describe('home', () => {
  it('the registry has 19 questions numbered 1–19', () => {
    expect(questions).toHaveLength(19);
    expect([...questions.map((q) => q.number)].sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(new Set(questions.map((q) => q.id)).size).toBe(19);
    for (const m of builtScenes) expect(questions.find((q) => q.id === m.id)?.manifest, `${m.id} is a question`).toBe(m);
  });

  it('lists all 19 in registry order with their numbers; built ones link to their scene, unbuilt say so', async () => {
    const o = await openHome();
    try {
      const { page } = o;
      const items = await page.locator('a[data-question]').evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-question') ?? '',
          built: e.getAttribute('data-built'),
          href: e.getAttribute('href'),
          text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
      expect(items.map((i) => i.id), 'question ids in display order').toEqual(questions.map((q) => q.id));
      const l = (await lang(page)).startsWith('en') ? 'en' : 'zh';
      for (const q of questions) {
        const item = items.find((x) => x.id === q.id)!;
        expect(item.text, `${q.id} shows its number`).toMatch(new RegExp(`(^|\\D)${q.number}(\\D|$)`));
        expect(item.text, `${q.id} shows its ${l} title`).toContain(q.title[l]);
        if (q.manifest) {
          expect(item.built, `${q.id} data-built`).toBe('true');
          expect(item.href ?? '', `${q.id} href`).toMatch(new RegExp(`#/q/${q.id}(\\?|$)`));
        } else {
          expect(item.built, `${q.id} data-built`).toBe('false');
        }
      }
      // an unbuilt one, if it is a link, opens a page that says so without errors (no scene root)
      const unbuilt = questions.find((q) => !q.manifest);
      const unbuiltHref = unbuilt ? items.find((x) => x.id === unbuilt.id)?.href : null;
      if (unbuilt && unbuiltHref) {
        await page.locator(`a[data-question="${unbuilt.id}"]`).click();
        await settle(page, 500);
        expect(await page.locator('[data-scene]').count(), `${unbuilt.id} (unbuilt) shows no scene`).toBe(0);
        expect((await page.locator('body').innerText()).trim().length, `${unbuilt.id} page has text`).toBeGreaterThan(0);
        await page.goBack();
        await page.locator('a[data-question]').first().waitFor();
      }
      // a built one opens its scene
      const first = builtScenes[0];
      if (first) {
        await page.locator(`a[data-question="${first.id}"]`).click();
        await waitReady(page, first.id);
        expect(await page.evaluate(() => location.hash)).toMatch(new RegExp(`^#/q/${first.id}`));
      }
      await settle(page, 300);
      expect(o.log.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('defaults to Chinese for a zh browser and English for an en browser', async () => {
    for (const [locale, want] of [
      ['zh-CN', 'zh'],
      ['en-US', 'en'],
    ] as const) {
      const o = await openHome({ locale });
      try {
        expect(await lang(o.page), `html[lang] for locale ${locale}`).toMatch(new RegExp(`^${want}`));
      } finally {
        await o.close();
      }
    }
  });

  it('the language switch changes html[lang] and the titles, and persists across reload', async () => {
    const o = await openHome({ locale: 'zh-CN' });
    try {
      const { page } = o;
      const before = await lang(page);
      expect(before).toMatch(/^zh/);
      await page.locator('button[data-action="lang"]').first().click();
      expect(await poll(async () => (await lang(page)).startsWith('en'), 3000), 'html[lang] → en').toBe(true);
      const q = questions[0];
      expect(await page.locator(`a[data-question="${q.id}"]`).textContent()).toContain(q.title.en);
      await page.reload();
      await page.locator('a[data-question]').first().waitFor();
      expect(await lang(page), 'language after reload').toMatch(/^en/);
      expect(await page.locator(`a[data-question="${q.id}"]`).textContent()).toContain(q.title.en);
      await page.locator('button[data-action="lang"]').first().click();
      expect(await poll(async () => (await lang(page)).startsWith('zh'), 3000), 'html[lang] → zh').toBe(true);
      expect(o.log.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('the theme switch changes html[data-theme] and persists across reload', async () => {
    const o = await openHome();
    try {
      const { page } = o;
      const before = await theme(page);
      expect(['light', 'dark']).toContain(before);
      await page.locator('button[data-action="theme"]').first().click();
      const want = before === 'light' ? 'dark' : 'light';
      expect(await poll(async () => (await theme(page)) === want, 3000), `data-theme → ${want}`).toBe(true);
      await page.reload();
      await page.locator('a[data-question]').first().waitFor();
      expect(await theme(page), 'theme after reload').toBe(want);
      // the motion button is there and harmless
      const motion = page.locator('button[data-action="motion"]');
      expect(await motion.count(), 'button[data-action="motion"]').toBeGreaterThan(0);
      await motion.first().click();
      await settle(page, 200);
      expect(o.log.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  for (const t of ['light', 'dark'] as Theme[]) {
    for (const l of ['zh', 'en'] as Lang[]) {
      it(`axe: no serious or critical violations (${l}, ${t}) + screenshot`, async () => {
        const o = await openHome({ theme: t, locale: l === 'zh' ? 'zh-CN' : 'en-US', viewport: l === 'en' ? PHONE : undefined });
        try {
          const { page } = o;
          await ensureTheme(page, t);
          if (!(await lang(page)).startsWith(l)) await page.locator('button[data-action="lang"]').first().click();
          expect(await poll(async () => (await lang(page)).startsWith(l), 3000)).toBe(true);
          await settle(page, 800);
          const vp = page.viewportSize()!;
          await screenshot(page, `home/${l}-${t}-${vp.width}.png`);
          const found = await seriousAxe(page, `home ${l} ${t}`);
          expect(found, `axe on home (${l}, ${t}):\n${formatAxe(found)}`).toEqual([]);
          expect(o.log.errors).toEqual([]);
        } finally {
          await o.close();
        }
      });
    }
  }
});
