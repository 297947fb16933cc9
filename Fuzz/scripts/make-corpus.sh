#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the repository's testdata/ and the shared
# real data (../shared/realdata): Fuzz/corpus/xml and Fuzz/corpus/archive. The corpora are
# not committed (Fuzz/.gitignore); run this once before fuzzing. Files larger than 1 MB are
# left out (libFuzzer's -max_len keeps inputs far smaller anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=..
realdata="$repo/../shared/realdata"
xml=corpus/xml
archive=corpus/archive
mkdir -p "$xml" "$archive"

add() {  # add FILE DIR: copies FILE under a name made from its content hash
    local file=$1 dir=$2
    [ -f "$file" ] || return 0
    [ "$(stat -c %s "$file")" -le 1048576 ] || return 0
    cp "$file" "$dir/$(sha1sum "$file" | cut -c1-16)"
}

while IFS= read -r -d '' f; do
    case "$f" in
        *.xml|*.ent|*.xsl|*.txt) add "$f" "$xml" ;;
        *.gz|*.zip|*.tar|*.whl|*.bz2) add "$f" "$archive" ;;
    esac
done < <(find "$repo/testdata" "$realdata/A-ip-records" "$realdata/C-hostile" -type f -print0)

# The inflated XML of the gzip test files, as XML seeds too.
for f in "$repo"/testdata/inbox/*.xml.gz "$realdata"/C-hostile/gzip-malformed/good-file.gz; do
    [ -f "$f" ] || continue
    tmp=$(mktemp)
    zcat "$f" 2>/dev/null | head -c 1048576 > "$tmp" || true
    add "$tmp" "$xml"
    rm -f "$tmp"
done

# Small archives made here, so that every reader has a well-formed seed: a bundle as zip,
# tar and tar.gz, and a gzip of a small dossier.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
small=$(ls -S "$repo"/testdata/inbox/*.xml | tail -1)
cp "$small" "$work/dossier.xml"
printf 'Licence of the process technology.\n' > "$work/contract.txt"
(cd "$work" && zip -q -X bundle.zip dossier.xml contract.txt && tar -cf bundle.tar dossier.xml contract.txt \
    && gzip -c -n bundle.tar > bundle.tar.gz && gzip -c -n dossier.xml > dossier.xml.gz)
for f in bundle.zip bundle.tar bundle.tar.gz dossier.xml.gz; do add "$work/$f" "$archive"; done

echo "corpus: $(ls "$xml" | wc -l) XML seeds in Fuzz/$xml, $(ls "$archive" | wc -l) archive seeds in Fuzz/$archive"
