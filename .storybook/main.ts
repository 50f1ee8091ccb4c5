import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../demo/img', to: '/img' }],
  // Telemetry makes the build about 4x slower and looks up hosts.
  core: { disableTelemetry: true },
  viteFinal(config) {
    config.plugins ??= [];
    config.plugins.push({
      // package.json `sideEffects` lists dist/ files only, so the bundler would
      // drop `import '../src/index.js'` (element and translation registration).
      name: 'trust-signals-src-side-effects',
      apply: 'build',
      transform(code, id) {
        return id.startsWith(src) ? { code, map: null, moduleSideEffects: true } : null;
      },
    });
    return config;
  },
};

export default config;
