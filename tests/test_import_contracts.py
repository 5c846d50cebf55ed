"""The architecture's import contracts ([tool.importlinter] in pyproject.toml) are kept, and would catch a break.

scripts/lint_imports.py runs import-linter on a copy of the package laid out
as installed (the repository maps several folders into ``phoihop``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    if importlib.util.find_spec("importlinter") is None:
        pytest.fail("import-linter is missing: run `bash scripts/setup.sh --dev` (it is in the dev extras)")
    spec = importlib.util.spec_from_file_location("lint_imports", ROOT / "scripts" / "lint_imports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_contract_is_kept(tmp_path):
    lint_imports = _script()
    done = lint_imports.lint(lint_imports.build_tree(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    # every module was analysed, not only core's folder
    assert (tmp_path / "phoihop" / "graph" / "store" / "oxigraph.py").is_file()


@pytest.mark.parametrize(
    "module, line, contract",
    [
        ("extract/normalize.py", "import phoihop.graph.iris", "extract"),
        ("extract/pipeline.py", "from phoihop.batch import runner", "stages"),
        ("graph/iris.py", "import phoihop.extract.normalize", "stages"),
        ("text.py", "from phoihop.graph import iris", "core"),
        ("graph/store/lock.py", "import phoihop.graph.serve.pages", "stores"),
        ("graph/explore/viz.py", "import phoihop.graph.serve.pages", "graph"),
        ("graph/rdf_mapping.py", "import phoihop.graph.store.base", "graph"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(tmp_path, module, line, contract):
    lint_imports = _script()
    tree = lint_imports.build_tree(tmp_path)
    path = tree / "phoihop" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # added by the test\n", encoding="utf-8")
    done = lint_imports.lint(tree, ["--contract", contract])
    assert done.returncode != 0, done.stdout
    assert "BROKEN" in done.stdout and module.replace("/", ".").removesuffix(".py") in done.stdout.replace("\n", "")


def test_a_new_graph_module_must_be_placed_in_a_layer(tmp_path):
    lint_imports = _script()
    tree = lint_imports.build_tree(tmp_path)
    (tree / "phoihop" / "graph" / "stray.py").write_text('"""Not in any layer."""\n', encoding="utf-8")
    done = lint_imports.lint(tree, ["--contract", "graph"])
    assert done.returncode != 0 and "stray" in done.stdout, done.stdout
