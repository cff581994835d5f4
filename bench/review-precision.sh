#!/usr/bin/env bash
# Issue 16 point 6: precision of the review's errors on the real corpus (../shared/corpus).
# Runs `jixiao check --json` over every PDF there, lists every finding of severity error
# (file, rule, page, fingerprint, message, quote), counts errors per rule, and, from the verdicts file
# docs/review-on-corpus.verdicts.tsv (file, rule, fingerprint, verdict true|false, reason), prints
# precision = true / (true + false) over the judged errors of the current code and lists the errors not judged yet.
#
#   bench/review-precision.sh                 # builds the CLI (JIT) into a temporary folder
#   JIXIAO=/tmp/review-cli/jixiao bench/review-precision.sh   # uses an already built jixiao
#   OUT=/tmp/precision bench/review-precision.sh              # keeps the JSON of every file and errors.tsv there
#   FILES="beijing_0e0df07.pdf xian_0956c38.pdf" …            # only these corpus files
#   OUT=/tmp/precision REUSE=1 bench/review-precision.sh       # recount from the JSON kept in OUT (after editing verdicts)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${JIXIAO_SHARED:-../shared}
CORPUS="$SHARED/corpus"
VERDICTS=${VERDICTS:-docs/review-on-corpus.verdicts.tsv}
OUT=${OUT:-$(mktemp -d /tmp/jixiao-precision.XXXXXX)}
mkdir -p "$OUT/json"
if [[ -n "${REUSE:-}" ]]; then JIXIAO=true; fi
if [[ -z "${JIXIAO:-}" ]]; then
  dotnet build src/Jixiao.Cli -c Release -o "$OUT/cli" -v quiet -nologo >"$OUT/build.log" || { cat "$OUT/build.log"; exit 1; }
  JIXIAO="$OUT/cli/jixiao"
fi
FILES=${FILES:-$(cd "$CORPUS" && ls *.pdf)}
# check exits 1 when it finds errors and 2 when the file is unreadable: both are results here.
[[ -n "${REUSE:-}" ]] || printf '%s\n' $FILES | xargs -P "${JOBS:-2}" -I{} sh -c '"$0" check --json "$1/{}" > "$2/json/{}.json" 2>"$2/json/{}.err" || true' \
  "$JIXIAO" "$CORPUS" "$OUT"
python3 - "$OUT" "$VERDICTS" $FILES <<'PY'
import collections, csv, json, os, sys
out, verdicts_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
errors, unreadable = [], []
for f in files:
    try:
        doc = json.load(open(os.path.join(out, 'json', f + '.json'), encoding='utf-8'))
    except (ValueError, OSError):
        unreadable.append(f); continue
    for x in doc.get('findings') or []:
        if x['severity'] != 'error': continue
        w = x.get('where') or {}
        errors.append(dict(file=f, rule=x['rule'], page=w.get('page') or '', fingerprint=x['fingerprint'],
                           message=x['message'].replace('\t', ' ').replace('\n', ' '),
                           quote=(w.get('quote') or '').replace('\t', ' ').replace('\n', ' ')))
with open(os.path.join(out, 'errors.tsv'), 'w', encoding='utf-8') as o:
    o.write('file\trule\tpage\tfingerprint\tmessage\tquote\n')
    for e in errors: o.write('\t'.join(str(e[k]) for k in ('file', 'rule', 'page', 'fingerprint', 'message', 'quote')) + '\n')
verdicts = {}
if os.path.exists(verdicts_path):
    for row in csv.reader(open(verdicts_path, encoding='utf-8'), delimiter='\t'):
        if not row or row[0].startswith('#') or row[0] == 'file': continue
        verdicts[(row[0], row[1], row[2])] = (row[3], row[4] if len(row) > 4 else '')
per_rule = collections.Counter(e['rule'] for e in errors)
per_file = collections.Counter(e['file'] for e in errors)
print(f'files: {len(files)}  unreadable: {len(unreadable)} {" ".join(unreadable)}')
print(f'errors: {len(errors)} in {len(per_file)} files  (list: {out}/errors.tsv)')
print('errors per rule:')
for r, n in sorted(per_rule.items()): print(f'  {r}\t{n}')
judged = [(e, verdicts[(e['file'], e['rule'], e['fingerprint'])]) for e in errors if (e['file'], e['rule'], e['fingerprint']) in verdicts]
true = sum(1 for _, v in judged if v[0] == 'true')
false = sum(1 for _, v in judged if v[0] == 'false')
judged_files = sorted({e['file'] for e, _ in judged} | {k[0] for k in verdicts})
print(f'judged errors: {true + false} (true {true}, false {false}) over {len(judged_files)} judged files')
if true + false: print(f'precision: {true / (true + false):.1%}')
print('false errors still raised:')
for e, v in judged:
    if v[0] == 'false': print(f"  {e['file']}\t{e['rule']}\tp{e['page']}\t{e['fingerprint']}\t{v[1]}")
unjudged = [e for e in errors if (e['file'], e['rule'], e['fingerprint']) not in verdicts]
# Coverage by city (the corpus names each file city_hash; the review never sees the name): a checked document whose
# every error is judged counts as judged, including one with no error at all.
city = lambda f: f.split('_')[0]
unjudged_files = {e['file'] for e in unjudged}
print('coverage by city: files, refused, checked, checked with every error judged, errors')
cities = sorted({city(f) for f in files})
for c in cities:
    fs = [f for f in files if city(f) == c]
    refused = [f for f in fs if f in unreadable]
    checked = [f for f in fs if f not in unreadable]
    print(f"  {c:10s} {len(fs):3d} {len(refused):3d} {len(checked):3d} {sum(1 for f in checked if f not in unjudged_files):3d} {sum(per_file[f] for f in fs):4d}")
fully = [f for f in files if f not in unreadable and f not in unjudged_files]
print(f'checked documents with every error judged: {len(fully)} in {len({city(f) for f in fully})} of {len(cities)} cities'
      f' (the other cities\' files are all refused: {", ".join(c for c in cities if all(f in unreadable for f in files if city(f) == c)) or "none"})')
print(f'unjudged errors: {len(unjudged)}')
for e in unjudged:
    print(f"  {e['file']}\t{e['rule']}\tp{e['page']}\t{e['fingerprint']}\t{e['message'][:160]}\t{e['quote'][:120]}")
PY
