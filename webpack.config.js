// Builds the task pane and the ribbon command page into dist/. Certificates are needed only by the
// dev server (npm run dev-server), never by npm run build.
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = dirname(fileURLToPath(import.meta.url));
/** Where the dev server serves the add-in; `--env url=https://host/path/` puts the manifest elsewhere. */
const DEV_ORIGIN = "https://localhost:3000";

export default async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: resolve(root, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      extensionAlias: { ".js": [".ts", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                noEmit: false,
                allowImportingTsExtensions: false,
                rewriteRelativeImportExtensions: true,
              },
            },
          },
        },
        { test: /\.txt$/, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // pdf.js's worker and character maps, fetched by the pane only when a PDF is added (published minified).
          {
            from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs",
            to: "pdfjs/pdf.worker.min.mjs",
            info: { minimized: true },
          },
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              env?.url ? content.toString().replaceAll(DEV_ORIGIN, env.url.replace(/\/+$/, "")) : content,
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" } },
      },
    },
    performance: { hints: false },
  };
  if (dev) {
    const devCerts = await import("office-addin-dev-certs");
    config.devServer = {
      static: { directory: resolve(root, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      port: 3000,
    };
  }
  return config;
};
