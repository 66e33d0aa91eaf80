#!/usr/bin/env bash
# Installs code-server (VS Code for the browser) for the end-to-end tests into a cache outside the
# repository, and prints the cache directory as the last line of stdout (progress goes to stderr):
#
#   dir=$(test/e2e/install-code-server.sh)
#   "$dir/node_modules/node/bin/node" "$dir/node_modules/code-server/out/node/entry.js" --version
#
# code-server's engines demand Node 24 and its postinstall builds native modules with the Node
# that runs npm, so the cache is a small private npm project holding the npm package `node@24`
# first, then code-server installed by npm running on that Node.
# The install goes into a temporary directory that is renamed into place only after code-server
# has answered --version, so an interrupted install is never mistaken for a good one; a lock keeps
# two concurrent runs from racing. Rerunning with the cache present costs nothing.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/goalpost"
target="$cache_root/code-server-$CODE_SERVER_VERSION"
marker="$target/.goalpost-install-complete"

log() { echo "install-code-server: $*" >&2; }

if [ -f "$marker" ]; then
  echo "$target"
  exit 0
fi

# Native modules in code-server (kerberos, native-keymap, spdlog, node-pty) compile against these
# headers; without them npm fails deep in node-gyp output, so say what is missing up front.
missing=()
for module in krb5-gssapi x11 xkbfile libsecret-1; do
  pkg-config --exists "$module" 2>/dev/null || missing+=("$module")
done
for tool in pkg-config python3 make g++; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "missing build dependencies: ${missing[*]}"
  log "install them with: apt-get install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++"
  exit 2
fi

# Run from `npm test`, the environment carries npm's variables for the outer npm on Node 20 (its user
# agent, its Node binary, its prefix); code-server's postinstall would read Node 20 from them.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)')

mkdir -p "$cache_root"
exec 9>"$cache_root/.install-code-server.lock"
flock 9
# Another run may have finished the install while this one waited for the lock.
if [ -f "$marker" ]; then
  echo "$target"
  exit 0
fi
# Holding the lock, any partial directory is left over from a run that was killed.
rm -rf "$cache_root/.code-server-$CODE_SERVER_VERSION.partial."* "$target"

work=$(mktemp -d "$cache_root/.code-server-$CODE_SERVER_VERSION.partial.XXXXXX")
trap 'rm -rf "$work"' EXIT
log "installing code-server $CODE_SERVER_VERSION with Node $NODE_VERSION into $work"

# npm 11 blocks install scripts unless the project approves them; these three need theirs
# (node fetches its platform binary, code-server installs VS Code, argon2 builds its addon).
cat >"$work/package.json" <<EOF
{
  "name": "goalpost-code-server-cache",
  "private": true,
  "description": "code-server for Goalpost's end-to-end tests, installed by test/e2e/install-code-server.sh",
  "dependencies": { "node": "$NODE_VERSION" },
  "allowScripts": { "node": true, "code-server": true, "argon2": true }
}
EOF
(cd "$work" && npm install --no-audit --no-fund --loglevel=error) >&2
node24="$work/node_modules/node/bin/node"
if ! "$node24" --version | grep -q "^v$NODE_VERSION\$"; then
  log "node@$NODE_VERSION did not install a working Node binary at $node24"
  exit 1
fi

# code-server's postinstall reads the Node version from npm's user agent and runs npm again in
# lib/vscode, so npm itself must run on Node 24: put its bin directory first on PATH.
(cd "$work" && PATH="$work/node_modules/.bin:$PATH" npm install --save-exact --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION") >&2

# The explicit --config keeps code-server from writing a default one into ~/.config.
version=$("$node24" "$work/node_modules/code-server/out/node/entry.js" --config "$work/.probe-config.yaml" --version)
rm -f "$work/.probe-config.yaml"
if ! grep -q "^$CODE_SERVER_VERSION " <<<"$version"; then
  log "code-server did not answer --version with $CODE_SERVER_VERSION; it printed:"
  log "$version"
  exit 1
fi
log "code-server answers: $(grep "^$CODE_SERVER_VERSION " <<<"$version")"

touch "$work/.goalpost-install-complete"
mv -T "$work" "$target"
trap - EXIT
echo "$target"
