import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default'],
  },
});
