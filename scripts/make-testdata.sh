#!/usr/bin/env bash
# Regenerates testdata/: a small intake inbox that covers every container and encoding of
# the v1 format (testdata/inbox/), and hand-made faulty inputs (testdata/inbox-bad/).
#
# Everything is deterministic: the dossiers come from `outbound generate` with fixed seeds,
# and the hand-made files are built with fixed timestamps and owners (gzip -n, tar --mtime).
#
#   scripts/make-testdata.sh                 # builds outbound with `swift run`
#   OUTBOUND=.build/debug/outbound scripts/make-testdata.sh
#
# Needs: swift (unless OUTBOUND is set), iconv, gzip, GNU tar; xmllint (optional) to check
# the result against Sources/Extract/Resources/dossier-1.xsd.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/testdata"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "${OUTBOUND:-}" ]]; then
    generate() { "$OUTBOUND" generate "$@"; }
else
    generate() { swift run --quiet --scratch-path "${SCRATCH_PATH:-.build}" outbound generate "$@"; }
fi

# Files of a generated directory in corpus order: dossier serials rise with the index.
by_index() { (cd "$1" && ls | grep -v '^batch-' | sort -t- -k3,3n); }
# The n-th (0-based) file of a generated directory in corpus order.
nth() { by_index "$1" | sed -n "$(( $2 + 1 ))p"; }
# The dossier id of a generated file name (JS-2026-004211.xml -> JS-2026-004211).
id_of() { local name="${1%%.*}"; echo "$name"; }

# Writes one deterministic .tar.gz of the files in a directory.
tar_gz() {
    local from="$1" to="$2"
    (cd "$from" && find . -type f | sed 's|^\./||' | sort > "$work/members")
    tar --create --format=ustar --sort=name --mtime='2026-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
        --mode='u=rw,go=r' -C "$from" -T "$work/members" | gzip -n -9 > "$to"
}

rm -rf "$out/inbox" "$out/inbox-bad"
mkdir -p "$out/inbox" "$out/inbox-bad"

# --- testdata/inbox -----------------------------------------------------------------------
seed=2026
generate --count 50 --seed "$seed" --layout files --out "$work/files" 2>/dev/null
generate --count 40 --seed "$seed" --layout batch --per-batch 20 --out "$work/batch" 2>/dev/null
generate --count 52 --seed "$seed" --layout bundles --out "$work/bundles" 2>/dev/null

# Dossiers 0-19: one <dossier-batch>.
cp "$work/batch/batch-0001.xml" "$out/inbox/nightly-batch.xml"

# Dossiers 20-39: the same kind of batch, gzip-compressed as two concatenated members.
lines=$(wc -l < "$work/batch/batch-0002.xml")
half=$(( lines / 2 ))
head -n "$half" "$work/batch/batch-0002.xml" | gzip -n -9 > "$work/part1.gz"
tail -n +"$(( half + 1 ))" "$work/batch/batch-0002.xml" | gzip -n -9 > "$work/part2.gz"
cat "$work/part1.gz" "$work/part2.gz" > "$out/inbox/nightly-batch-two-members.xml.gz"

# Dossiers 40-45: single UTF-8 files.
for i in 40 41 42 43 44 45; do
    cp "$work/files/$(nth "$work/files" $i)" "$out/inbox/"
done

# Dossier 46: UTF-8 with a byte order mark.
f="$(nth "$work/files" 46)"
{ printf '\xEF\xBB\xBF'; cat "$work/files/$f"; } > "$out/inbox/$(id_of "$f")-utf8-bom.xml"

# Dossier 47: UTF-16 LE with a byte order mark, declared encoding="UTF-16".
f="$(nth "$work/files" 47)"
{ printf '\xFF\xFE'; sed '1s/encoding="UTF-8"/encoding="UTF-16"/' "$work/files/$f" | iconv -f UTF-8 -t UTF-16LE; } \
    > "$out/inbox/$(id_of "$f")-utf16le.xml"

# Dossier 48: GB18030, declared encoding="GB18030".
f="$(nth "$work/files" 48)"
sed '1s/encoding="UTF-8"/encoding="GB18030"/' "$work/files/$f" | iconv -f UTF-8 -t GB18030 > "$out/inbox/$(id_of "$f")-gb18030.xml"

# Dossiers 50 and 51: a .zip and a .tar.gz bundle with their attachments.
zip_bundle="$(nth "$work/bundles" 50)"
tar_bundle="$(nth "$work/bundles" 51)"
[[ "$zip_bundle" == *.zip && "$tar_bundle" == *.tar.gz ]] || { echo "unexpected bundle names: $zip_bundle $tar_bundle" >&2; exit 1; }
cp "$work/bundles/$zip_bundle" "$work/bundles/$tar_bundle" "$out/inbox/"
# (Listings are read whole before grep: with pipefail, grep -q closing the pipe early would fail it.)
zip_members="$(unzip -Z1 "$out/inbox/$zip_bundle")"
tar_members="$(tar -tzf "$out/inbox/$tar_bundle")"
grep -q '^patents/' <<< "$zip_members" || { echo "$zip_bundle has no patent document" >&2; exit 1; }
grep -q '^patents/' <<< "$tar_members" || { echo "$tar_bundle has no patent document" >&2; exit 1; }

# --- testdata/inbox-bad -------------------------------------------------------------------
bad=(--seed 7 --province CN-YN)
generate "${bad[@]}" --count 5 --layout batch --per-batch 5 --out "$work/bad-batch" 2>/dev/null
generate "${bad[@]}" --count 8 --layout files --out "$work/bad-files" 2>/dev/null
generate "${bad[@]}" --count 8 --layout files --share badUSCC=1 --share foreignHolder=0 --out "$work/bad-uscc" 2>/dev/null
generate "${bad[@]}" --count 2 --layout bundles --out "$work/bad-bundles" 2>/dev/null

# A batch whose third dossier has a mismatched end tag (</title> closed as </titel>).
awk '/<transfer-dossier /{n++} n==3 && !done && sub(/<\/title>/, "</titel>") {done=1} {print}' \
    "$work/bad-batch/batch-0001.xml" > "$out/inbox-bad/batch-with-malformed-dossier.xml"
grep -q '</titel>' "$out/inbox-bad/batch-with-malformed-dossier.xml"

# A dossier with a transaction type the format does not know.
f="$(nth "$work/bad-files" 5)"
sed 's/<transaction type="[a-z-]*"/<transaction type="gift"/' "$work/bad-files/$f" > "$out/inbox-bad/$(id_of "$f")-unknown-transaction-type.xml"
grep -q 'type="gift"' "$out/inbox-bad/$(id_of "$f")-unknown-transaction-type.xml"

# A dossier whose right holder's USCC has a wrong check character (a warning, not a quarantine).
f="$(nth "$work/bad-uscc" 6)"
cp "$work/bad-uscc/$f" "$out/inbox-bad/$(id_of "$f")-bad-uscc.xml"

# A bundle whose dossier references ../escape.txt, outside the bundle.
b="$(nth "$work/bad-bundles" 1)"
mkdir -p "$work/escape"
tar -xzf "$work/bad-bundles/$b" -C "$work/escape"
sed -i 's|<attachment href="contract.txt" kind="contract"/>|<attachment href="contract.txt" kind="contract"/>\n    <attachment href="../escape.txt" kind="contract"/>|' "$work/escape/dossier.xml"
grep -q 'href="../escape.txt"' "$work/escape/dossier.xml"
tar_gz "$work/escape" "$out/inbox-bad/$(id_of "$b")-path-escape.tar.gz"

# --- check --------------------------------------------------------------------------------
if command -v xmllint > /dev/null; then
    xsd="$root/Sources/Extract/Resources/dossier-1.xsd"
    for f in "$out"/inbox/*.xml; do xmllint --noout --nonet --schema "$xsd" "$f" 2> /dev/null || { echo "invalid: $f" >&2; exit 1; }; done
    gzip -dc "$out/inbox/nightly-batch-two-members.xml.gz" | xmllint --noout --nonet --schema "$xsd" - 2> /dev/null
    if xmllint --noout "$out/inbox-bad/batch-with-malformed-dossier.xml" 2> /dev/null; then
        echo "the malformed batch parses" >&2; exit 1
    fi
fi

# --- README -------------------------------------------------------------------------------
count_dossiers() { grep -o '<transfer-dossier ' | wc -l | tr -d ' '; }
{
    echo "# testdata"
    echo
    echo "A small intake inbox that covers every container and encoding of the v1 dossier format"
    echo "(\`urn:outbound:dossier:1\`, see \`../shared/spec/dossier-format.md\`), and faulty inputs kept"
    echo "apart from it. Written by \`scripts/make-testdata.sh\` (do not edit by hand; rerun it). The"
    echo "dossiers come from \`outbound generate\` (seed $seed for \`inbox/\`, seed 7 and office CN-YN for"
    echo "\`inbox-bad/\`), so regenerating gives the same files. The generator's default feature shares"
    echo "apply, so a few dossiers carry the findings a real intake has (a wrong USCC check character or"
    echo "CN application check digit is a warning, never a quarantine)."
    echo
    echo "## inbox/ (every dossier here is well-formed and valid against \`dossier-1.xsd\`)"
    echo
    echo "| file | dossiers | covers |"
    echo "|---|---:|---|"
    echo "| \`nightly-batch.xml\` | $(count_dossiers < "$out/inbox/nightly-batch.xml") | a \`<dossier-batch>\` (UTF-8) |"
    echo "| \`nightly-batch-two-members.xml.gz\` | $(gzip -dc "$out/inbox/nightly-batch-two-members.xml.gz" | count_dossiers) | a \`<dossier-batch>\` gzip-compressed as two concatenated gzip members, split mid-document |"
    for i in 40 41 42 43 44 45; do
        f="$(nth "$work/files" $i)"
        echo "| \`$f\` | 1 | a single \`<transfer-dossier>\`, UTF-8 |"
    done
    f="$(id_of "$(nth "$work/files" 46)")-utf8-bom.xml"
    echo "| \`$f\` | 1 | UTF-8 with a byte order mark |"
    f="$(id_of "$(nth "$work/files" 47)")-utf16le.xml"
    echo "| \`$f\` | 1 | UTF-16 LE with a byte order mark and \`encoding=\"UTF-16\"\`, Chinese text |"
    f="$(id_of "$(nth "$work/files" 48)")-gb18030.xml"
    echo "| \`$f\` | 1 | GB18030 with \`encoding=\"GB18030\"\`, Chinese text |"
    for b in "$zip_bundle" "$tar_bundle"; do
        if [[ "$b" == *.zip ]]; then members="$zip_members"; else members="$tar_members"; fi
        members="$(grep -v '^dossier.xml$' <<< "$members" | sed 's/.*/`&`/' | paste -sd, - | sed 's/,/, /g')"
        echo "| \`$b\` | 1 | a bundle with \`dossier.xml\` at the root and its attachments $members: a plain-text contract and technical description, WIPO ST.36 patent documents, an opaque PDF |"
    done
    echo
    echo "Total: $(( $(count_dossiers < "$out/inbox/nightly-batch.xml") + $(gzip -dc "$out/inbox/nightly-batch-two-members.xml.gz" | count_dossiers) + 11 )) dossiers."
    echo
    echo "## inbox-bad/ (faulty inputs; never mixed into inbox/)"
    echo
    echo "| file | what is wrong | expected |"
    echo "|---|---|---|"
    echo "| \`batch-with-malformed-dossier.xml\` | a \`<dossier-batch>\` of 5 whose third dossier closes \`<title>\` with \`</titel>\` | that dossier quarantined (\`xml.malformed\`), the other four read |"
    f="$(ls "$out/inbox-bad" | grep unknown-transaction-type)"
    echo "| \`$f\` | \`transaction/@type=\"gift\"\` | quarantined: no decision is possible |"
    f="$(ls "$out/inbox-bad" | grep bad-uscc)"
    echo "| \`$f\` | the right holder's USCC (P1) has a wrong check character | read, with a warning (not a quarantine) |"
    f="$(ls "$out/inbox-bad" | grep path-escape)"
    echo "| \`$f\` | a \`.tar.gz\` bundle whose \`dossier.xml\` references \`../escape.txt\`, outside the bundle | an error for that dossier (\`bundle.path-escape\`) |"
} > "$out/README.md"

echo "testdata: $(ls "$out/inbox" | wc -l | tr -d ' ') files in inbox/, $(ls "$out/inbox-bad" | wc -l | tr -d ' ') in inbox-bad/, $(du -sk "$out" | cut -f1) KB" >&2
