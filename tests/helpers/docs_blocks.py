"""The docs' code blocks, as the pages write them and as the zh_CN catalogs translate them.

Sphinx puts every code block of a page in its catalog (``gettext_additional_targets`` in
docs/conf.py), its text as the message. A block's translation may change only what a
reader reads, never what a reader runs:

- its comments (``# …`` after code, or on a line of their own), which are prose;
- the output it shows of a ``dg-plan`` command, which is what the command prints in
  Chinese.

:func:`parts` splits a block into its code, its comments and its output, by the block's
language (the fence's info string): Python sessions (``pycon``, or any block whose first
line is a ``>>>`` prompt) by their prompts and Python's own tokenizer, Python source by
the tokenizer, shell, TOML and console blocks by ``#`` outside quotes and the ``$ ``
prompt. A ``text`` block without a prompt is read as shell lines (the docs write
commands in them), unless :data:`OUTPUT` lists it as output.
"""

from __future__ import annotations

import io
import re
import tokenize
from typing import NamedTuple

from helpers import ROOT

DOCS = ROOT / "docs"
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>[^`\s]*)")


class Block(NamedTuple):
    """A fenced code block of a page: its language and its text as the catalog has it."""

    page: str
    line: int
    language: str
    text: str


class Parts(NamedTuple):
    """A block taken apart: each code line (its comment removed, right-stripped), the
    comments' text, and the output lines."""

    code: tuple[str, ...]
    comments: tuple[str, ...]
    output: tuple[str, ...]


#: Blocks that show a command's output and not the command (text blocks of
#: docs/tracking.md), by page and the English block's first line: the command that
#: prints it, run in the folder tests/docs/test_zh_blocks.py prepares. Each line the
#: block shows is a line of the output, in order (it may show a few rows of a table).
OUTPUT = {
    ("tracking", "截至2024年12月31日：共178项任务"): "track status example.json --as-of 2024-12-31",
    (
        "tracking",
        "第5项任务（2024年6月底前）：部分单位已完成（1个单位已完成、1个单位未报送）；计为“逾期未完成”",
    ): ("track status task5.json --as-of 2024-12-31 --task 5"),
    ("tracking", "截至2024年12月31日各单位主责任务完成情况"): (
        "track scorecard example.json --as-of 2024-12-31"
    ),
    ("tracking", "省委编办：逾期未完成任务2项"): "track chase example.json --as-of 2025-01-01",
    (
        "tracking",
        "Wrote ledger.json: 4 reports from 2 files read into the ledger.",
    ): ("track collect returned/ --sent sent --notices notices -o ledger.json --force"),
    ("tracking", "dg-plan: 2 problems in the tracking data:"): (
        "track collect bureau.xlsx --strict -o strict.json"
    ),
    ("tracking", "dg-plan：读取文件时发现2处问题："): (
        "track collect bureau.xlsx --strict -o strict.json"
    ),
}
#: Of those, the blocks whose English page shows the English output (checked with
#: ``--lang en`` there); the others show the Chinese output on the English page too.
ENGLISH_OUTPUT = {
    (
        "tracking",
        "Wrote ledger.json: 4 reports from 2 files read into the ledger.",
    ),
    ("tracking", "dg-plan: 2 problems in the tracking data:"),
}
#: Output blocks the Chinese edition shows in English, each with its reason.
ENGLISH_IN_BOTH = {
    # Each edition shows the problems in its own language first, then in the other: the
    # English page the English, then the Chinese (this block); the Chinese page the
    # Chinese, then the English (this block's translation).
    ("tracking", "dg-plan：读取文件时发现2处问题："): "after the same in Chinese",
}


def shows_output_only(block: Block) -> bool:
    """Whether *block* shows a command's output and not the command (:data:`OUTPUT`)."""
    key = (block.page, block.text.splitlines()[0])
    return key in OUTPUT


def blocks(page: str) -> list[Block]:
    """The fenced code blocks of docs/PAGE.md (directives such as ``{include}`` aside).

    The text is the block's as Sphinx's message (MyST's literal block): the body,
    dedented by the fence's indent, each line ending in a newline.
    """
    found = []
    lines = (DOCS / f"{page}.md").read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence, info = len(match["indent"]), match["fence"], match["info"]
        end = i + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        body = [_dedent(line, indent) for line in lines[i + 1 : end]]
        if info == "{literalinclude}":
            found.append(_included(page, i + 1, match.string[match.end() :].strip(), body))
        elif not info.startswith("{"):
            found.append(Block(page, i + 1, info or "text", "".join(f"{b}\n" for b in body)))
        i = end + 1
    return found


def _included(page: str, line: int, argument: str, options: list[str]) -> Block:
    """A ``{literalinclude}`` block: the file's text (after ``:start-after:``, if given)."""
    given = dict(re.findall(r"^:([\w-]+):\s*(.*)$", "\n".join(options), re.MULTILINE))
    unknown = set(given) - {"language", "start-after"}
    assert not unknown, f"{page}.md:{line}: literalinclude options not read here: {unknown}"
    path = DOCS / argument
    text = path.read_text(encoding="utf-8")
    if "start-after" in given:
        at = text.index(given["start-after"])
        text = text[text.index("\n", at) + 1 :]
    return Block(page, line, given.get("language", "python"), text)


def _dedent(line: str, indent: int) -> str:
    """A line of a block whose fence is indented by *indent*, as MyST gives it."""
    return line[indent:] if line[:indent].strip() == "" else line.lstrip()


def is_session(block_text: str) -> bool:
    """Whether a block is a Python session (``>>>`` prompts), whatever its fence says."""
    return block_text.lstrip().startswith(">>>")


def _python_comments(source: str) -> dict[int, int]:
    """Line (0-based) -> column where a comment starts, by Python's tokenizer."""
    found = {}
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    try:
        for token in tokens:
            if token.type == tokenize.COMMENT:
                found[token.start[0] - 1] = token.start[1]
    except (tokenize.TokenError, IndentationError):  # an unfinished statement: no more comments
        pass
    return found


def _hash_comment(line: str) -> int | None:
    """Where a shell or TOML comment starts: ``#`` at the start or after a blank, outside quotes."""
    quote = None
    for i, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (i == 0 or line[i - 1].isspace()):
            return i
    return None


def _split(line: str, at: int | None) -> tuple[str, str | None]:
    if at is None:
        return line.rstrip(), None
    return line[:at].rstrip(), line[at + 1 :].strip()


def parts(language: str, text: str, *, output_only: bool = False) -> Parts:
    """Take a block apart into code, comments and output (see the module's docstring).

    *output_only*: the block shows output and no command (a ``text`` block of the
    command line's output).
    """
    lines = text.splitlines()
    code: list[str] = []
    comments: list[str] = []
    output: list[str] = []
    if output_only:
        return Parts((), (), tuple(line.rstrip() for line in lines))
    if is_session(text) or language == "pycon":
        # A prompt's lines are source; the lines after them, up to the next >>>, output.
        source_rows: list[tuple[int, str]] = []
        in_source = False
        for row, line in enumerate(lines):
            if line.startswith(">>>"):
                in_source = True
            elif not (in_source and line.startswith("...")):
                in_source = False
            if in_source:
                source_rows.append((row, line[4:]))
            else:
                output.append(line.rstrip())
        starts = _python_comments("".join(f"{s}\n" for _, s in source_rows))
        for index, (row, source) in enumerate(source_rows):
            prompt = lines[row][:4]
            kept, comment = _split(source, starts.get(index))
            code.append((prompt + kept).rstrip())
            if comment is not None:
                comments.append(comment)
    elif language == "python":
        starts = _python_comments(text)
        for row, line in enumerate(lines):
            kept, comment = _split(line, starts.get(row))
            code.append(kept)
            if comment is not None:
                comments.append(comment)
    else:
        # Shell, console, TOML, and text blocks of commands.
        console = language == "console" or any(line.startswith("$ ") for line in lines)
        for line in lines:
            if console and not line.startswith("$"):
                output.append(line.rstrip())
                continue
            kept, comment = _split(line, _hash_comment(line))
            code.append(kept)
            if comment is not None:
                comments.append(comment)
    return Parts(tuple(code), tuple(comments), tuple(output))


def commands(text: str) -> list[tuple[str, list[str]]]:
    """A console block's ``$`` commands, each with the output lines shown below it."""
    shown: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            command, _ = _split(line[2:], _hash_comment(line[2:]))
            shown.append((command, []))
        elif shown:
            shown[-1][1].append(line.rstrip())
    return shown


__all__ = [
    "ENGLISH_IN_BOTH",
    "ENGLISH_OUTPUT",
    "OUTPUT",
    "Block",
    "Parts",
    "blocks",
    "commands",
    "is_session",
    "parts",
    "shows_output_only",
]
