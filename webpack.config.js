// Builds dist/plugin.js: one classic script that the portal appends to its hidden plugin iframe.
const path = require("node:path");

module.exports = {
  mode: "production",
  target: ["web", "es2020"],
  entry: "./src/plugin/index.ts",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "plugin.js",
    iife: true,
  },
  resolve: {
    extensions: [".ts", ".js"],
    // Used only when the SDK package is not installed (the registry here does not serve it).
    fallback: {
      "@onlyoffice/docspace-plugin-sdk": path.resolve(__dirname, "src/docspace-plugin-sdk/index.ts"),
    },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        // Type-checking is `npm run typecheck`'s job; the bundle only needs the JavaScript.
        options: { configFile: "tsconfig.build.json", transpileOnly: true },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
};
