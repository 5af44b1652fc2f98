"""Every editorial decision the data build makes, in one commented table.

``tools/build_data.py`` reads the source text and applies exactly what is written
here; nothing in ``src/dg_plan/data/`` is edited by hand. A decision the source does
not need, or a source feature no decision covers, stops the build.

How the source was read
=======================
The source is a PDF-to-text extraction of a four-column table (序号, 主要任务,
任务时限, 责任单位). For a row printed in full, the extraction gives the number, the
task text, the deadline cell and the unit cell, in that order. Where the unit cell
is merged over several rows, its text is printed once, and rows without their own
unit text stand before it.

Layout rule R1 (where the extraction prints a merged unit cell). A merged cell's
text comes *after the last row it spans*. Five cells prove it, because the rows
before the text cannot belong to anything earlier: a section heading row or a page
top (with no repeated text) stands before them:

* 40–41 (after heading (三)), 135–136 (after heading (四)),
* 68–70, 105–107 and 155–156 (top of pages 58, 64 and 74; a cell from the page
  before that crossed the break would repeat its own text on the new page, and the
  text printed here differs from it).

(145–146, at the top of page 72, proves nothing: the cell above it, 142–144, has
the same text, so it may be that cell continued.)

In 68–70 and 105–107 the text follows the third row, not the middle one, so the
rule does not depend on where the printed text is centred. Every other row without
its own unit text is read by R1; where the meaning of the task does not confirm
the reading, the other reading (the cell printed above) is recorded as an
alternative.

Deadline cells are printed in their own row everywhere except on pages 68 and 69,
where the extraction prints the deadline column of the page as one block after the
last task text (see ``DEADLINE_BLOCKS``).
"""

from __future__ import annotations

from dataclasses import dataclass

# -- units -------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitCell:
    """A unit cell merged over several rows on one page.

    Attributes:
        rows: The task numbers whose rows the printed cell spans, in order.
        evidence: Why these rows: R1, plus what the tasks' meaning says.
        doubt: Empty when layout and meaning agree; otherwise why the other reading
            (the rows without text join the cell printed above them) stays possible.
        evidence_zh: *evidence* in Chinese.
        doubt_zh: *doubt* in Chinese (empty when *doubt* is).
    """

    rows: tuple[int, ...]
    evidence: str
    doubt: str = ""
    evidence_zh: str = ""
    doubt_zh: str = ""


R1 = "the text extraction prints a merged cell's text after the last row it spans"
#: R1 in Chinese: each decision's evidence has a Chinese text too (``evidence_zh``,
#: ``doubt_zh``), so that the notes render in Chinese with no English in them. The
#: Chinese is written for a reader of the print, not of this file: the rule in words
#: (no rule id), tasks as 第13项 / 第42—43项, the extraction as 原文文字版 (the text
#: taken from the PDF of the print), full-width punctuation, no space between an
#: Arabic number and Chinese.
R1_ZH = "原文文字版把合并单元格的文字排在它所跨的最后一项之后"

UNIT_CELLS: tuple[UnitCell, ...] = (
    UnitCell(
        (13, 14),
        f"{R1}. 13 (智慧气象) and 14 (预警信息发布) are both 省气象局's work",
        doubt="the cell above (row 12) also lists 气象局, with 应急管理厅 and four other "
        "departments; 13's meteorological work fits both",
        evidence_zh=f"{R1_ZH}。第13项（智慧气象）和第14项（预警信息发布）都是省气象局的工作",
        doubt_zh="上方单元格（第12项）也列有气象局，同列的还有应急管理厅等五个部门；"
        "第13项的气象工作按两种读法都说得通",
    ),
    UnitCell(
        (40, 41),
        f"{R1}; no other reading: heading (三) stands before 40",
        evidence_zh=f"{R1_ZH}。第40项紧接在章节标题（三）之后，不可能属于标题之前的单元格",
    ),
    UnitCell(
        (42, 43),
        f"{R1}; the same text is printed again for 44–45 on the next page",
        doubt="42 (一体统筹 integration mechanisms) fits the cell above (41: 省委编办、"
        "省政府办公厅、省行政审批政务信息管理局) as well",
        evidence_zh=f"{R1_ZH}。下一页第44—45项又印了相同的责任单位文字",
        doubt_zh="第42项（一体统筹机制）同样适合由上方单元格（第41项）所列单位承担",
    ),
    UnitCell(
        (44, 45),
        f"{R1}; top of page 53, the text repeats 42–43's cell",
        evidence_zh=f"{R1_ZH}。这两项位于第53页页首，印有与第42—43项相同的责任单位文字",
    ),
    UnitCell(
        (51, 52),
        f"{R1}. 51 (《河南省数据条例》, clearing regulations) is 省司法厅's work, named in this "
        "cell; the cell above is 省审计厅 alone",
        evidence_zh=f"{R1_ZH}。第51项（《河南省数据条例》、法规清理）是省司法厅的工作，"
        "省司法厅列在本单元格中，而上方单元格只有省审计厅",
    ),
    UnitCell(
        (55, 56),
        f"{R1}. 55 connects 国家部委垂直管理业务系统: 中央驻豫相关单位, named only in "
        "this cell, fits",
        evidence_zh=f"{R1_ZH}。第55项对接国家部委垂直管理业务系统，"
        "与之相符的中央驻豫相关单位只列在本单元格中",
    ),
    UnitCell(
        (57, 58),
        f"{R1}. 57 (公共数据授权运营) and 58 (数据资源开发利用) are one subject",
        doubt="the cell above (56: 省行政审批政务信息管理局牵头, with 中央驻豫相关单位) fits "
        "57 as well",
        evidence_zh=f"{R1_ZH}。第57项（公共数据授权运营）和第58项（数据资源开发利用）属于同一事项",
        doubt_zh="第57项的内容同样适合由上方单元格（第56项）所列单位承担",
    ),
    UnitCell(
        (63, 64),
        f"{R1}; top of page 57 (62's cell above has the same text)",
        evidence_zh=f"{R1_ZH}。这两项位于第57页页首（上方第62项的单元格文字与之相同）",
    ),
    UnitCell(
        (68, 69, 70),
        f"{R1}; no other reading: top of page 58",
        evidence_zh=f"{R1_ZH}。这三项位于第58页页首，上一页的单元格文字未在此重印，不可能属于上一页的单元格",
    ),
    UnitCell(
        (77, 78),
        f"{R1}. 77 and 78 both build the 政务云's basic and platform services",
        doubt="the cell above (76: 省行政审批政务信息管理局、发展改革委牵头) fits 77 as well",
        evidence_zh=f"{R1_ZH}。第77项和第78项都是建设政务云的基础服务和平台服务",
        doubt_zh="第77项的内容同样适合由上方单元格（第76项）所列单位承担",
    ),
    UnitCell(
        (81, 82),
        f"{R1}. 81 (省、市 backup co-operation) and 82 (cold-storage backup centre) are "
        "one subject",
        doubt="the cell above (80: 省行政审批政务信息管理局、发展改革委, cities) fits 81 as well",
        evidence_zh=f"{R1_ZH}。第81项（省、市两级灾备协同）和第82项（冷备份中心）属于同一事项",
        doubt_zh="第81项的内容同样适合由上方单元格（第80项）所列单位承担",
    ),
    UnitCell(
        (92, 93),
        f"{R1}. 92 sets rules for 跨地域、跨层级 use of cloud resources, which involves the "
        "cities named in this cell and not in the cell above (91: 省行政审批政务信息管理局 alone)",
        evidence_zh=f"{R1_ZH}。第92项规范云资源的跨地域、跨层级使用，涉及本单元格所列、"
        "而上方单元格（第91项：仅省行政审批政务信息管理局）未列的各市",
    ),
    UnitCell(
        (101, 102),
        f"{R1}. 101 (data quality rules) and 102 (data governance system) are one subject",
        doubt="the cell above (100: 省行政审批政务信息管理局牵头, 省直相关部门 and cities) "
        "fits 101 as well",
        evidence_zh=f"{R1_ZH}。第101项（数据质量规则）和第102项（数据治理体系）属于同一事项",
        doubt_zh="第101项的内容同样适合由上方单元格（第100项）所列单位承担",
    ),
    UnitCell(
        (105, 106, 107),
        f"{R1}; no other reading: top of page 64 (104's text is not repeated)",
        evidence_zh=f"{R1_ZH}。这三项位于第64页页首，上一页第104项的单元格文字未在此重印，不可能属于该单元格",
    ),
    UnitCell(
        (109, 110, 111),
        f"{R1}. IPv6 and 5G are telecoms work: 省通信管理局 is named in this cell, not in "
        "the cell above",
        evidence_zh=f"{R1_ZH}。IPv6和5G属于通信领域的工作，省通信管理局列在本单元格中，"
        "而不在上方单元格中",
    ),
    UnitCell(
        (114, 115),
        f"{R1}. 114 and 115 are about 电子政务内网, which 省委办公厅 (named in this cell) runs",
        evidence_zh=f"{R1_ZH}。第114项和第115项涉及电子政务内网，"
        "由本单元格所列的省委办公厅负责运行",
    ),
    UnitCell(
        (118, 119, 120, 121),
        f"{R1}. 118–121 build the data catalogue and big-data platform, 121's subject; "
        "the cell above adds 省通信管理局, a networks body",
        evidence_zh=f"{R1_ZH}。第118—121项都是建设数据目录和大数据平台，与第121项是同一事项；"
        "上方单元格另有省通信管理局（通信网络方面的机构），与这几项的事项不符",
    ),
    UnitCell(
        (122, 123, 124),
        f"{R1}; top of page 67 (121's cell above has the same text)",
        evidence_zh=f"{R1_ZH}。这三项位于第67页页首（上方第121项的单元格文字与之相同）",
    ),
    UnitCell(
        (126, 127, 128, 129, 130),
        f"{R1}; the whole of page 68",
        evidence_zh=f"{R1_ZH}。该单元格占满第68页",
    ),
    UnitCell(
        (131, 132, 133, 134),
        f"{R1}; page 69 up to heading (四)",
        evidence_zh=f"{R1_ZH}。该单元格从第69页页首直到章节标题（四）",
    ),
    UnitCell(
        (135, 136),
        f"{R1}; no other reading: heading (四) stands before 135",
        evidence_zh=f"{R1_ZH}。第135项紧接在章节标题（四）之后，不可能属于标题之前的单元格",
    ),
    UnitCell(
        (138, 139),
        f"{R1}. 138 and 139 both integrate systems through 省一体化在线监管平台",
        doubt="the cell above (137: 省发展改革委、行政审批政务信息管理局、市场监管局牵头) fits "
        "138 as well",
        evidence_zh=f"{R1_ZH}。第138项和第139项都通过省一体化在线监管平台整合系统",
        doubt_zh="第138项的内容同样适合由上方单元格（第137项）所列单位承担",
    ),
    UnitCell(
        (142, 143, 144),
        f"{R1}. 142–143 (协同办公平台) are office work, which 省政府办公厅 (named in this cell) "
        "leads",
        evidence_zh=f"{R1_ZH}。第142—143项（协同办公平台）属于办公业务，"
        "由本单元格所列的省政府办公厅牵头",
    ),
    UnitCell(
        (145, 146),
        f"{R1}; top of page 72 (142–144's cell above has the same text)",
        evidence_zh=f"{R1_ZH}。这两项位于第72页页首（上方第142—144项的单元格文字与之相同）",
    ),
    UnitCell(
        (153, 154),
        f"{R1}",
        doubt="the cell above (152: 省行政审批政务信息管理局、密码管理局, cities) fits 153's "
        "security capabilities as well",
        evidence_zh=f"{R1_ZH}",
        doubt_zh="第153项的安全能力建设同样适合由上方单元格（第152项）所列单位承担",
    ),
    UnitCell(
        (155, 156),
        f"{R1}; no other reading: top of page 74",
        evidence_zh=f"{R1_ZH}。这两项位于第74页页首，其后所印的单元格文字与上一页的不同，不可能属于上一页的单元格",
    ),
    UnitCell(
        (167, 168, 169),
        f"{R1}. 168 (安全应急处置预案) and 169 (安全应急保障团队) are one subject",
        evidence_zh=f"{R1_ZH}。第168项（安全应急处置预案）和第169项"
        "（安全应急保障团队）属于同一事项",
    ),
    UnitCell(
        (171, 172),
        f"{R1}. 171's 会商机制 joins 行政审批和政务信息管理、网络安全、保密、密码、公安 "
        "bodies: exactly this cell's 省委网信办、省公安厅、省国家保密局、省密码管理局、"
        "省行政审批政务信息管理局",
        evidence_zh=f"{R1_ZH}。第171项的会商机制涉及行政审批和政务信息管理、网络安全、保密、"
        "密码、公安等部门，恰好对应本单元格所列的省委网信办、省公安厅、省国家保密局、"
        "省密码管理局、省行政审批政务信息管理局",
    ),
    UnitCell(
        (173, 174),
        f"{R1}",
        doubt="the cell above (172: adds 国家保密局) fits 173's unified risk control as well",
        evidence_zh=f"{R1_ZH}",
        doubt_zh="第173项的统一风险管控同样适合由上方单元格（第172项，另列有国家保密局）所列单位承担",
    ),
    UnitCell(
        (177, 178),
        f"{R1}",
        doubt="the cell above (176: 省行政审批政务信息管理局牵头) fits 177's inspections as well",
        evidence_zh=f"{R1_ZH}",
        doubt_zh="第177项的检查工作同样适合由上方单元格（第176项）所列单位承担",
    ),
)

# -- deadlines ---------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineBlock:
    """A page whose deadline column the extraction printed as one block.

    Attributes:
        rows: The task numbers the block serves.
        split: Which rows each printed cell spans, in printed order; ``None`` when the
            split cannot be recovered (the build then requires every cell to read alike).
        evidence: Why this split.
        doubt: Why another split stays possible (empty when none matters).
        other_splits: The other splits, for the record.
        evidence_zh: *evidence* in Chinese.
        doubt_zh: *doubt* in Chinese (empty when *doubt* is).
    """

    rows: tuple[int, ...]
    split: tuple[tuple[int, ...], ...] | None
    evidence: str
    doubt: str = ""
    other_splits: tuple[tuple[tuple[int, ...], ...], ...] = ()
    evidence_zh: str = ""
    doubt_zh: str = ""


DEADLINE_BLOCKS: tuple[DeadlineBlock, ...] = (
    # Page 68: three cells, each 2024年12月底前, for five rows. Which rows each cell
    # spans cannot be read from the extraction, and every split gives every row the
    # same deadline. (125, on page 67, prints its own 2024年6月底前, so no cell from
    # page 67 continues here.)
    DeadlineBlock(
        (126, 127, 128, 129, 130),
        None,
        "three cells, all 2024年12月底前, for rows 126–130; every split reads the same",
        evidence_zh="均为“2024年12月底前”，无论怎样拆分，各项的完成时限都相同",
    ),
    # Page 69: three cells (2024年12月底前, 持续推进, 2024年12月底前) for four rows, so
    # one cell spans two rows. 131 takes the first cell and 134 the last in every
    # split; 132 and 133 are in doubt.
    DeadlineBlock(
        (131, 132, 133, 134),
        ((131,), (132,), (133, 134)),
        "133 (材料结构化、审查规则指标化、数据比对自动化) is what 134's 秒批智办 runs on: one "
        "cell, 2024年12月底前; 132 (推行协同审批, 流程优化) is continuing work: 持续推进",
        doubt="the extraction does not show which of the four rows share a cell",
        other_splits=(
            ((131, 132), (133,), (134,)),
            ((131,), (132, 133), (134,)),
        ),
        evidence_zh="第133项（材料结构化、审查规则指标化、"
        "数据比对自动化）是第134项“秒批智办”的运行基础，二者同属一个单元格，"
        "为“2024年12月底前”；第132项（推行协同审批、流程优化）属于持续性工作，为“持续推进”",
        doubt_zh="原文文字版看不出这四项中哪几项共用一个单元格",
    ),
)

# -- unit names --------------------------------------------------------------------

# Names that stand on their own: they get no 省 prefix when the print elides it
# (the print writes 省 once per 、-list: "省公安厅、司法厅" names 省公安厅 and 省司法厅).
STANDALONE_UNITS: tuple[str, ...] = (
    "各省辖市政府",
    "济源示范区管委会",
    "航空港区管委会",
    "河南银保监局",
    "人行郑州中心支行",
    "中央驻豫相关单位",
    "省直相关部门",
    "省直各部门",
)

# -- the full names of collectives -------------------------------------------------

# A collective is no body with a name of its own: its full name (全称) is its printed
# name with the words the print shortens written out (政府 for 人民政府, 豫 for 河南省),
# and nothing added. 省直相关部门 and 省直各部门 shorten nothing: each is its own full
# name. (河南省直相关部门 named a body that does not exist, the seventh reader; 河南省省直
# 相关部门, which followed, doubles 省, the eleventh and twelfth readers.) The build takes
# these over tools/registry_units.py's and stops on a collective not listed here.
COLLECTIVE_FULL_NAMES: dict[str, str] = {
    "各省辖市政府": "各省辖市人民政府",
    "省直相关部门": "省直相关部门",
    "中央驻豫相关单位": "中央驻河南省相关单位",
    "省直各部门": "省直各部门",
}

# -- punctuation -------------------------------------------------------------------

# The extraction shows ASCII punctuation where the official print has full-width
# forms. The data restore the print's forms; lookups accept either (NFKC folding).
# "+" (互联网+) and "/" (IPv4/IPv6) are ASCII in the print too and stay.
PUNCTUATION: dict[str, str] = {",": "，", "(": "（", ")": "）"}
