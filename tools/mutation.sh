#!/usr/bin/env bash
# Mutation testing of the model, the plan, the queries, the JSON format, the import
# grammar and tracking with mutmut 3 (configured in pyproject.toml, [tool.mutmut]).
# Not part of .ci/run: it is slow.
#
#   .venv/bin/pip install -e '.[test,mutation]'
#   bash tools/mutation.sh                          # every mutant of every module
#   bash tools/mutation.sh _query tracking.ledger   # some modules (names under dg_plan)
#   bash tools/mutation.sh --sample 40 --seed 1     # 40 mutants a module, drawn by seed 1
#   bash tools/mutation.sh --sample 40 --seed 1 _plan
#
# A sample is reproducible: the same seed names the same mutants for the same source
# (tools/mutation_score.py pick; the names are kept in mutants/sample.txt), and the score
# then comes with a 95% confidence interval. One worker (the machine is shared;
# MUTMUT_WORKERS=2 for two), the `dev` hypothesis profile (each mutant runs only the
# tests that call the mutated function). Prints each module's score, killed / checked,
# and its survivors; `.venv/bin/mutmut show NAME` shows one, and
# `.venv/bin/mutmut run NAME` reruns it. Results stay in mutants/ (ignored by git);
# delete it to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-.venv/bin/python}"
mutmut="$(dirname "$py")/mutmut"
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-dev}"
sample=""
seed=1
modules=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sample) sample="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) modules+=("$1"); shift ;;
    esac
done
if [ ${#modules[@]} -eq 0 ]; then
    mapfile -t modules < <("$py" -c 'import sys; sys.path.insert(0, "tools")
import mutation_score; print("\n".join(mutation_score.mutated_modules()))')
fi
if [ -n "$sample" ]; then
    mkdir -p mutants
    "$py" tools/mutation_score.py pick --sample "$sample" --seed "$seed" "${modules[@]}" \
        > mutants/sample.txt
    mapfile -t names < mutants/sample.txt
    echo "== mutmut: ${#names[@]} mutants (seed $seed, $sample a module) of ${modules[*]}"
    "$mutmut" run --max-children "${MUTMUT_WORKERS:-1}" "${names[@]}" | tee mutants/run.log | tail -n 3
    "$py" tools/mutation_score.py score --names mutants/sample.txt "${modules[@]}"
else
    globs=()
    for module in "${modules[@]}"; do
        globs+=("dg_plan.$module.*")
    done
    echo "== mutmut: every mutant of ${modules[*]}"
    "$mutmut" run --max-children "${MUTMUT_WORKERS:-1}" "${globs[@]}" | tee mutants/run.log | tail -n 3
    "$py" tools/mutation_score.py score "${modules[@]}"
fi
