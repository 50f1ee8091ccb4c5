/**
 * `a11y-tree` test command: Chromium's full accessibility tree (what screen
 * readers get), not only the nodes Puppeteer calls "interesting", so that
 * groups such as a radiogroup and their names can be checked.
 */
export function a11yTreePlugin() {
  return {
    name: 'trust-signals-a11y-tree',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
