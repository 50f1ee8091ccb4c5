/** Custom-elements manifest from the JSDoc of every element class. */
export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // Element classes are registered in separate modules; tell the manifest their tag names.
      name: 'trust-signals-tag-names',
      analyzePhase({ ts, node, moduleDoc }) {
        if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
        const className = node.name?.getText();
        const declaration = moduleDoc.declarations?.find((d) => d.name === className);
        if (declaration && className?.startsWith('Trust')) {
          declaration.tagName = className.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
          declaration.customElement = true;
        }
      },
      // Internal state is not API: drop private and protected members and
      // the attributes the analyzer derives from them.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name) && !m.static);
            declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
  ],
};
