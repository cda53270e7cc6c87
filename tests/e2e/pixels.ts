// Where a word really is on screen, found from pixels alone: two screenshots of the same field,
// with and without the word, differ exactly where its glyphs are drawn. Used to check that an
// underline sits under the right word, independently of how the extension measured it.
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page-coordinate box of the pixels that differ between two screenshots of `clip`. */
export async function differingBox(page: Page, clip: Box, a: Buffer, b: Buffer): Promise<Box | null> {
  const box = await page.evaluate(
    async ([pngA, pngB]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = `data:image/png;base64,${src}`;
        });
      const [ia, ib] = await Promise.all([load(pngA), load(pngB)]);
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const da = pixels(ia);
      const db = pixels(ib);
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -1;
      let maxY = -1;
      for (let y = 0; y < ia.height; y++) {
        for (let x = 0; x < ia.width; x++) {
          const i = (y * ia.width + x) * 4;
          const diff = Math.abs(da[i]! - db[i]!) + Math.abs(da[i + 1]! - db[i + 1]!) + Math.abs(da[i + 2]! - db[i + 2]!);
          if (diff > 60) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
      }
      return maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
  return box && { x: clip.x + box.x, y: clip.y + box.y, width: box.width, height: box.height };
}

/**
 * The on-screen box of the last `word` in a textarea, from the browser's own text selection:
 * screenshot the focused field with the caret hidden and nothing selected, then with the word
 * selected; the images differ exactly by the selection highlight, which the browser draws over
 * the word's characters and line. Nothing about the text or layout changes, no event reaches the
 * page or the extension, and the extension's layer is hidden meanwhile.
 */
export async function wordBoxInTextarea(page: Page, selector: string, word: string): Promise<Box | null> {
  const field = page.locator(selector);
  const clip = (await field.boundingBox())!;
  const original = await field.inputValue();
  const at = original.lastIndexOf(word);
  if (at < 0) throw new Error(`the field text must contain ${JSON.stringify(word)}`);
  const prepare = (hide: boolean) =>
    page.evaluate(
      ([sel, h]) => {
        const host = document.querySelector<HTMLElement>('clearsend-overlay');
        if (host) host.style.visibility = h ? 'hidden' : '';
        const el = document.querySelector<HTMLTextAreaElement>(sel)!;
        el.style.caretColor = h ? 'transparent' : '';
      },
      [selector, hide] as const,
    );
  const select = (from: number, to: number) =>
    field.evaluate(
      (el: HTMLTextAreaElement, [a, b]) => {
        const top = el.scrollTop;
        el.setSelectionRange(a, b);
        el.scrollTop = top;
      },
      [from, to] as const,
    );
  await prepare(true);
  await select(at, at);
  const plain = await page.screenshot({ clip });
  await select(at, at + word.length);
  const selected = await page.screenshot({ clip });
  await select(original.length, original.length);
  await prepare(false);
  return differingBox(page, clip, plain, selected);
}
