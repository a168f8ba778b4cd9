/** Unit, property, metadata, Office.js-mock and component tests (fast, no browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  // A limit, not a measure: on a busy two-core machine a component test can take several seconds.
  testTimeout: 30_000,
};
