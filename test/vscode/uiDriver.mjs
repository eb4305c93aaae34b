// The workbench as the user sees it, for the vscode-tier suite: the suite runs
// inside the extension host and cannot see the page, so the runner serves a
// few questions about it over loopback HTTP (DOCKSIDE_UI_DRIVER, inherited by
// the extension host), answered by playwright on the real page:
//   palette  {query}            the command palette's rows for what was typed
//   elements {selector, hasText} text and box of each matching element, and the viewport
//                               (once one containing `hasText` is drawn, when given)
//   fonts    {selector}         the platform fonts Chromium drew each element's text with
import { createServer } from 'node:http';

/** Listens on a free loopback port before the page exists (the server's environment names it); `attach` gives it the page. */
export async function startUiDriver() {
  let page;
  let cdp;
  const actions = {
    async palette({ query }) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${query}`);
      // The list is redrawn as the filter applies: read it once it shows matches for this query.
      const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      await page.waitForFunction(
        (typed) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === typed,
        `>${query}`,
      );
      const labels = await rows.evaluateAll((elements) =>
        elements
          .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
          .map((element) => element.getAttribute('aria-label') ?? ''),
      );
      await page.keyboard.press('Escape');
      return { labels };
    },

    async elements({ selector, hasText }) {
      if (hasText) await page.locator(selector, { hasText }).first().waitFor({ state: 'visible' });
      const elements = await page.locator(selector).evaluateAll((found) =>
        found.map((element) => {
          const box = element.getBoundingClientRect();
          return { text: element.textContent ?? '', box: { x: box.x, y: box.y, width: box.width, height: box.height } };
        }),
      );
      return { elements, viewport: page.viewportSize() };
    },

    async fonts({ selector }) {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
      const results = [];
      for (const nodeId of nodeIds) {
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        results.push({ html: outerHTML.slice(0, 200), fonts });
      }
      return { elements: results };
    },
  };

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      try {
        const { action, ...args } = JSON.parse(body);
        const result = await actions[action](args);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    async attach(workbenchPage) {
      page = workbenchPage;
      cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
