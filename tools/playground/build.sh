#!/usr/bin/env bash
# Builds the playground's editor bundle, convoscript/service/static/editor.js, from editor.js
# and the exact npm packages in package-lock.json, and writes the licences of everything bundled
# beside it (editor.js.LICENSE.txt). Both outputs are committed, so serving the playground needs
# neither node nor the network; rerun this after changing editor.js or the packages.
set -euo pipefail
cd "$(dirname "$0")"
out=../../convoscript/service/static
mkdir -p "$out"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
node_modules/.bin/esbuild editor.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --outfile="$out/editor.js"
{
  echo "convoscript/service/static/editor.js bundles these npm packages (tools/playground/package-lock.json):"
  for pkg in $(node -e '
      const lock = require("./package-lock.json").packages;
      for (const [path, p] of Object.entries(lock))
        if (path && !p.dev) console.log(path.replace(/^node_modules\//, ""));'); do
    dir="node_modules/$pkg"
    version=$(node -p "require('./$dir/package.json').version")
    licence=$(node -p "require('./$dir/package.json').license")
    echo
    echo "==== $pkg $version ($licence)"
    for f in "$dir"/LICENSE* "$dir"/LICENCE* "$dir"/license*; do
      [ -f "$f" ] && cat "$f"
    done
  done
} > "$out/editor.js.LICENSE.txt"
echo "built $out/editor.js ($(wc -c <"$out/editor.js") bytes)"
