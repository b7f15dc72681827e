#!/bin/sh
# Builds Frontline in release mode and installs it under a prefix (default: ~/.local):
#
#   PREFIX/bin/frontline
#   PREFIX/share/man/man1/frontline.1                      man frontline
#   PREFIX/share/bash-completion/completions/frontline     bash
#   PREFIX/share/zsh/site-functions/_frontline             zsh
#   PREFIX/share/fish/vendor_completions.d/frontline.fish  fish
#
# The man page and the completions are written by the installed binary from its own command
# definitions (`frontline manual`, `frontline --generate-completion-script SHELL`), so they
# always match its --help. The themes are inside the binary: nothing else is needed.
set -eu

usage="usage: scripts/install.sh [--prefix DIR] [--binary PATH]"

fail() {
    echo "install.sh: $1" >&2
    exit "${2:-1}"
}

prefix="$HOME/.local"
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] && [ -n "$2" ] || fail "--prefix needs a folder, e.g. --prefix ~/.local; $usage" 64
            prefix=$2
            shift 2 ;;
        --prefix=*)
            prefix=${1#--prefix=}
            [ -n "$prefix" ] || fail "--prefix needs a folder, e.g. --prefix ~/.local; $usage" 64
            shift ;;
        --binary)
            [ $# -ge 2 ] && [ -n "$2" ] || fail "--binary needs the path of a built frontline; $usage" 64
            binary=$2
            shift 2 ;;
        -h | --help)
            echo "$usage"
            echo "  --prefix DIR   install under DIR (default: ~/.local): DIR/bin, DIR/share/man, DIR/share/*completion*"
            echo "  --binary PATH  install this frontline instead of building one in release mode"
            exit 0 ;;
        *)
            fail "unknown option '$1'; $usage" 64 ;;
    esac
done

# `--prefix=~/x` reaches us unexpanded; a relative prefix is taken from where the script was run.
case "$prefix" in
    "~") prefix=$HOME ;;
    "~/"*) prefix="$HOME/${prefix#"~/"}" ;;
    /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
esac
case "$binary" in
    "" | /*) ;;
    *) binary="$(pwd)/$binary" ;;
esac

cd "$(dirname "$0")/.."
if [ -z "$binary" ]; then
    command -v swift >/dev/null 2>&1 || fail "swift is not installed; install Swift 6 (see the README's Quick start)"
    swift build -c release --product frontline
    binary="$(swift build -c release --show-bin-path)/frontline"
fi
[ -x "$binary" ] || fail "no frontline binary at $binary; build it first (swift build -c release)"

bin="$prefix/bin"
man="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
mkdir -p "$bin" "$man" "$bash_dir" "$zsh_dir" "$fish_dir" || fail "cannot create folders under $prefix; choose another --prefix"

# Copy beside the target, then rename: a console running the old binary keeps running.
cp "$binary" "$bin/.frontline.new" && chmod 755 "$bin/.frontline.new" && mv -f "$bin/.frontline.new" "$bin/frontline" \
    || fail "cannot write $bin/frontline; choose another --prefix"
installed="$bin/frontline"
"$installed" manual > "$man/frontline.1"
chmod 644 "$man/frontline.1"
"$installed" --generate-completion-script bash > "$bash_dir/frontline"
"$installed" --generate-completion-script zsh > "$zsh_dir/_frontline"
"$installed" --generate-completion-script fish > "$fish_dir/frontline.fish"
chmod 644 "$bash_dir/frontline" "$zsh_dir/_frontline" "$fish_dir/frontline.fish"

echo "installed $installed"
echo "  man page     $man/frontline.1"
echo "  completions  $bash_dir/frontline, $zsh_dir/_frontline, $fish_dir/frontline.fish"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on your PATH; add it, e.g. echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" ;;
esac
