/* Builds the add-in into dist/: the functions and task pane bundles, one page (shared runtime), the
   reconciliation worker (its own bundle beside the page, so the pane starts it from the add-in's origin), the
   custom-functions metadata in English (generated from JSDoc) and French (from src/excel/catalog.ts),
   the icons and the manifest. Type checking is a separate step (npm run typecheck). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const tsx = require("tsx/cjs/api");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./functions/functions.ts";
const METADATA = "functions.json";
const LOCALIZED = { fr: "functions-fr.json" };

const LOCALIZER_SOURCE = path.resolve(__dirname, "scripts/localize-metadata.ts");
const CATALOG_SOURCE = path.resolve(__dirname, "src/excel/catalog.ts");

let loads = 0;
/** Loads a TypeScript module and its imports afresh (so watch mode sees edits), then drops them from node's cache. */
function loadTypeScript(file) {
  const namespace = `hisab-build-${++loads}`;
  const api = tsx.register({ namespace });
  try {
    return api.require(file, __filename);
  } finally {
    api.unregister();
    for (const key of Object.keys(require.cache)) {
      if (new URLSearchParams(key.split("?")[1]).get("namespace") === namespace) delete require.cache[key];
    }
  }
}

/** Emits functions-<lang>.json next to the generated functions.json; a missing translation fails the build. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    const name = "LocalizedMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset(METADATA);
        if (!generated) {
          compilation.errors.push(new WebpackError(`${name}: ${METADATA} was not generated, so it cannot be localized`));
          return;
        }
        compilation.fileDependencies.addAll([LOCALIZER_SOURCE, CATALOG_SOURCE]);
        try {
          const { localizeMetadata } = loadTypeScript(LOCALIZER_SOURCE);
          const { CATALOG } = loadTypeScript(CATALOG_SOURCE);
          const metadata = JSON.parse(generated.source.source().toString());
          for (const [lang, file] of Object.entries(LOCALIZED)) {
            const localized = localizeMetadata(metadata, CATALOG, lang);
            compilation.emitAsset(file, new sources.RawSource(JSON.stringify(localized, null, 4)));
          }
        } catch (error) {
          compilation.errors.push(new WebpackError(`${name}: ${error.message}`));
        }
      });
    });
  }
}

/** HISAB_BASE_URL=https://host/path/ builds a manifest for that server instead of the dev server. */
function manifestBaseUrl() {
  const url = process.env.HISAB_BASE_URL;
  if (url === undefined || url === "") return DEV_URL;
  if (!/^https:\/\/.+\/$/.test(url)) throw new Error(`HISAB_BASE_URL must start with https:// and end with /: ${url}`);
  return url;
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const baseUrl = manifestBaseUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      // The pane reuses the modules functions.js already holds (the engine, decimal.js): one copy of each in the shared runtime.
      // functions.js also holds webpack's runtime, so it loads first and still works alone, as the manifest's Script URL.
      taskpane: { import: "./taskpane/index.tsx", dependOn: "functions" },
      // Not a chunk of the page: the pane starts it with new Worker("reconcile.worker.js"), a JavaScript context of its own.
      "reconcile.worker": "./taskpane/worker/reconcile.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // tsconfig.json says noEmit for tsc; webpack needs the emitted JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      // Generates functions.json from the JSDoc and adds the CustomFunctions.associate calls to functions.ts.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: METADATA }),
      new LocalizedMetadataPlugin(),
      // Shared runtime: the one page Excel loads holds the functions and the task pane.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(baseUrl),
          },
        ],
      }),
    ],
    // Fluent UI makes the pane bundle larger than webpack's web-page defaults; Office loads it once per session.
    performance: { hints: false },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Excel only loads add-ins over https; the certificates are only needed (and installed) when serving.
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : "http",
    },
  };
};
