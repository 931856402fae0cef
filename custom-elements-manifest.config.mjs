// `cem analyze` reads the JSDoc of every element into custom-elements.json (Storybook docs, IDEs, React wrappers).
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/portico-element.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
