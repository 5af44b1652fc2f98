#!/usr/bin/env bash
# Mutation testing of the model, the plan, the queries and the JSON format with mutmut 3
# (configured in pyproject.toml, [tool.mutmut]). Not part of .ci/run: it is slow.
#
#   .venv/bin/pip install -e '.[test,mutation]'
#   bash tools/mutation.sh                 # every module
#   bash tools/mutation.sh _query _plan    # some modules (a module is a name under dg_plan)
#
# One worker (the machine is shared), the quick hypothesis profile (each mutant runs
# only the tests that call the mutated function). Prints each module's score: killed
# mutants / all mutants; survivors are listed by `mutmut results` and shown with
# `mutmut show NAME`. Results stay in mutants/ (ignored by git); delete it to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-.venv/bin/python}"
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-dev}"
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
    modules=(_model _plan _query _format)
fi
for module in "${modules[@]}"; do
    echo "== mutmut: dg_plan.$module"
    "$py" -m mutmut run --max-children "${MUTMUT_WORKERS:-1}" "dg_plan.$module.*" | tail -n 3
done
"$py" tools/mutation_score.py "${modules[@]}"
