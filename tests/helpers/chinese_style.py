"""The style of Chinese text: what a reader of government Chinese would mark in a line.

:func:`faults` returns what is wrong in a text dg_plan shows in Chinese:

* ASCII ``, : ; ( )`` next to a Chinese character (Chinese takes ，：；（）), or ``, : ;``
  before Chinese across a space (C6: 无法识别);
* a day written as ISO (2024-06-30) or a period as 2024H1 / 2024Q3 (Chinese writes
  2024年6月30日, 2024年上半年, 2024年第三季度);
* a single space between two Chinese characters (省审计厅 的);
* an en dash in a number range (42–43: Chinese writes 42—43);
* a task said as 任务18 (the glossary: 第18项任务, or 第18项 in a row or a link);
* a space between an Arabic number and a Chinese character (共 178 项: a 公文 writes
  共178项; docs/glossary.md states the rule);
* no space between a Chinese character and a Latin word (导出为CSV文件: the glossary
  writes 导出 CSV 文件);
* a term the glossary replaces (helpers/glossary.py);
* a file's name or a path not in quotes (the glossary's "File names": 已写入“报告.xlsx”,
  “任务清单.txt”第17行), unless it is inside a command quoted whole or an option's value.

What the user typed (an option's value, a file name) is taken out first: the caller
passes it as *typed*; so is the plan's own data (*data*).
"""

from __future__ import annotations

import re

from helpers.glossary import violations

HAN = r"[\u3400-\u9fff]"
# Chinese characters and the full-width punctuation that goes with them.
CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"
_CHECKS = (
    ("ASCII punctuation next to Chinese", rf"{CJK}[,:;()]|[,:;()]{CJK}"),
    ("ASCII punctuation next to Chinese", rf"[,:;] +{HAN}"),
    ("an ISO day", r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])"),
    ("an ISO period", r"(?<![\w-])\d{4}(?:H[12]|Q[1-4])(?!\w)"),
    ("a space between Chinese words", rf"{HAN} {HAN}"),
    ("an en dash in a range", r"\d–\d"),
    # The glossary: a task is 第18项任务 (第18项 in a row or a link), never 任务18.
    (
        "a task said as 任务N (the glossary: 第N项任务)",
        r"(?<!项)任务\d+(?![\d项个条])",
    ),  # 牵头任务19项 is a count
    # The glossary: a space parts Chinese from a Latin word (导出 CSV 文件), as it does
    # from a file name; a name holding a digit or a single letter (第N项) is no word.
    (
        "no space between Chinese and a Latin word",
        rf"{HAN}[A-Za-z]{{2,}}(?![A-Za-z0-9])|(?<![A-Za-z0-9_.-])[A-Za-z]{{2,}}{HAN}",
    ),
    # One space: a table's columns are set apart by two or more. A number is digits not
    # part of a name (UTF-8, H2, IPv6), with the separators of a day or a range inside;
    # a version after its word is part of the name too (Python 3.10 或更高版本).
    (
        "a space between a number and Chinese",
        rf"{HAN} (?=\d)|(?<![A-Za-z0-9_.\-–—/])(?<![A-Za-z] )\d+(?:[./—–\-]\d+)* (?={HAN})",
    ),
)


# A file's name or a path: no space or Chinese punctuation in it, a suffix dg_plan reads
# or writes at its end.
_FILE = re.compile(
    r"[^\s“”‘’：，。；、（）()\x00]*[^\s“”‘’：，。；、（）()\x00.]\."
    r"(?:xlsx|xls|ods|docx|csv|txt|md|json|toml|html|pdf|svg|png|db)(?![\w.])"
)


def unquoted_files(line: str) -> list[str]:
    """The file names and paths in *line* that are not quoted (“报告.xlsx”).

    A name inside quotes (its own, or a command's quoted whole) or after an option
    (--into 台账.json) is left alone: the glossary's "File names".
    """
    found = []
    for match in _FILE.finditer(line):
        before = line[: match.start()]
        quoted = before.count("“") > before.count("”")
        if not quoted and not re.search(r"(?:^|\s)--?[\w-]+ $", before):
            found.append(match.group())
    return found


def spaced_numbers(text: str) -> list[str]:
    """The places in *text* where a space parts an Arabic number from a Chinese character."""
    pattern = dict(_CHECKS)["a space between a number and Chinese"]
    return [m.group() for m in re.finditer(pattern, text)]


def faults(text: str, typed: tuple[str, ...] = (), data: tuple[str, ...] = ()) -> list[str]:
    """What is wrong with Chinese *text*, each with the line it is on."""
    found = []
    usage = False
    for printed in text.splitlines():
        line = printed
        # argparse's usage block is syntax ([-h] [--by 日期 | --in 期间]), not prose.
        usage = line.startswith("用法：") or (usage and line.strip() != "")
        # Example commands in help texts: what the user types.
        if usage or re.match(r"\s+dg-plan ", line):
            continue
        # The data, then the user's own words (as whole words), are not ours to style.
        for item in sorted(data, key=len, reverse=True):
            line = line.replace(item, "\x00") if item else line
        found += [f"a file name not in quotes: {line.strip()!r}" for _ in unquoted_files(line)[:1]]
        for item in sorted(typed, key=len, reverse=True):
            line = re.sub(rf"(?<![A-Za-z0-9_.-]){re.escape(item)}(?![A-Za-z0-9_-])", "\x00", line)
        found += [
            f"{what}: {line.strip()!r}" for what, pattern in _CHECKS if re.search(pattern, line)
        ]
        found += [f"{bad}: {line.strip()!r}" for bad in violations(line)]
    return found
