/** What every jest project shares (jest.config.js, jest.browser.config.js): TypeScript through ts-jest, the CustomFunctions stand-in. */
module.exports = function jestProject(displayName, options) {
  return {
    displayName,
    rootDir: `${__dirname}/../..`,
    testEnvironment: "node",
    transform: {
      "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true } }],
    },
    setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
    ...options,
  };
};
