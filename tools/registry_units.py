"""Reference table of the responsible units named in 附件4 of 豫政〔2023〕17号.

The attachment ("河南省数字政府建设重点任务清单(2023—2025年)", issued by the People's
Government of Henan Province on 2023-04-26) assigns every task to one or more
responsible units (责任单位).  ``UNITS`` lists each of them once, keyed by the name in
the form used throughout the dg_plan model: the printed short name with the leading
"省" restored where the print elides it after a comma (the print reads, for example,
"省发展改革委、卫生健康委、行政审批政务信息管理局牵头", meaning 省卫生健康委 and
省行政审批政务信息管理局).  The 47 units of the document come first, in the order of
the project's unit list (not strictly the order of first appearance in the print),
followed by the 17 prefecture-level city governments (省辖市) of Henan, which the
document covers through the collective 各省辖市政府.

Every entry is a :class:`UnitEntry`, a frozen dataclass; a field left out takes its
default (no aliases, members, successor, sources or note; a translated English name).
The fields:

``name``
    The key.  Unique across the table.
``full_name``
    The official full Chinese name, as of the document's date (April 2023).  For a
    collective it is a descriptive name.
``aliases``
    Other strings that denote this unit and nothing else (see below).
``kind``
    One of ``"party"``, ``"government"``, ``"central"``, ``"local"``,
    ``"collective"``, ``"peoples_organization"`` (see below).
``name_en``
    An English name.  The table follows the pattern used by the provincial
    government's English portal (english.henan.gov.cn), which writes e.g.
    "Development and Reform Commission of Henan Province" and "Department of Finance
    of Henan Province"; CPC organs are written "... of the CPC Henan Provincial
    Committee"; centrally managed agencies are written "Henan ..." or "... in Henan"
    as their own parent bodies do.
``name_en_official``
    ``True`` only when that exact English name was found in use on a Henan
    government site; the page is then listed in ``sources``.  Otherwise the English
    name is a translation made for this table.
``members``
    For the collective 各省辖市政府: the names of the 17 city governments.  Empty for
    every other entry (the other collectives stand for units the document does not
    name).
``successor``
    ``None``, or, for a unit reorganised after the document was issued, a
    :class:`SuccessorEntry` with ``name``, ``name_en``, ``since`` (ISO date or ``None``)
    and ``source`` (URL).  A
    successor is recorded only when a citable source was at hand.
``sources``
    URLs backing ``name_en`` (when official) and ``successor``.
``note``
    A short English remark, often empty.

What counts as an alias.  A string is listed as an alias only if it is a form people
actually write for this unit and cannot reasonably mean another one:

* the form without the leading "省" in which the unit appears in the document's own
  lists (发展改革委, 卫生健康委, 通信管理局, 残联 ...), unless that bare form is the
  name of a national body (国家保密局 is therefore not an alias of 省国家保密局);
* the "河南省"-prefixed short form (河南省发展改革委, 河南省委网信办 ...);
* common abbreviations (省发改委, 省人社厅, 省工信厅, 省住建厅, 省卫健委, 省网信办,
  省编办, 省文旅厅 ...) and the short name with the particles of the full name
  restored (省人力资源和社会保障厅);
* for cities, "X市政府" and "X市".

The name and the full name are lookup keys by themselves and are never repeated
among the aliases.  No alias is shared by two units and no alias equals the name or
the full name of another unit.  Bare forms of CPC organs (网信办, 政法委, 宣传部 ...)
were left out: the document always writes those with "省委", and the bare forms are
used at every level.  Guessed abbreviations with no clear usage (省政务信息管理局,
省大数据局, 省政府办) were left out as well.

How kinds were decided.

* ``party``: working organs of the CPC Henan Provincial Committee, including the two
  bodies that in the provincial set-up are government-facing plaques of party
  offices: 省国家保密局 (the plaque of the provincial committee's secrecy commission
  office, 省委保密办) and 省密码管理局 (the plaque of the provincial committee's
  confidential-communications bureau, 省委机要局).  Both are provincial organs run
  under the provincial committee's general office; the national secrecy and
  cryptography administrations give professional guidance but do not manage them
  vertically.
* ``government``: the General Office, component departments, directly affiliated
  and department-administered agencies of the People's Government of Henan
  Province.
* ``central``: agencies of central bodies stationed in Henan and managed vertically
  from Beijing: 省通信管理局 (Ministry of Industry and Information Technology),
  省气象局 (China Meteorological Administration), 河南银保监局 (CBIRC) and
  人行郑州中心支行 (People's Bank of China).
* ``local``: governments of a territory: the 17 city governments and the
  administrative committees of the Jiyuan demonstration zone and of the Zhengzhou
  Airport Economy Zone.
* ``collective``: placeholders that stand for several units at once.
* ``peoples_organization``: 省残联.

The module imports only dataclasses and holds only the table and its record types.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SuccessorEntry:
    """The body that took over a unit's duties, with a citable source."""

    name: str
    source: str
    name_en: str = ""
    since: str | None = None


@dataclass(frozen=True)
class UnitEntry:
    """One responsible unit of the table (see the module's docstring for the fields)."""

    name: str
    full_name: str
    kind: str
    name_en: str
    aliases: tuple[str, ...] = ()
    name_en_official: bool = False
    members: tuple[str, ...] = ()
    successor: SuccessorEntry | None = None
    sources: tuple[str, ...] = ()
    note: str = ""


UNITS: tuple[UnitEntry, ...] = (
    UnitEntry(
        name="各省辖市政府",
        full_name="各省辖市人民政府",
        aliases=("省辖市政府", "各省辖市"),
        kind="collective",
        name_en="People's governments of the prefecture-level cities of Henan Province",
        members=(
            "郑州市人民政府",
            "开封市人民政府",
            "洛阳市人民政府",
            "平顶山市人民政府",
            "安阳市人民政府",
            "鹤壁市人民政府",
            "新乡市人民政府",
            "焦作市人民政府",
            "濮阳市人民政府",
            "许昌市人民政府",
            "漯河市人民政府",
            "三门峡市人民政府",
            "南阳市人民政府",
            "商丘市人民政府",
            "信阳市人民政府",
            "周口市人民政府",
            "驻马店市人民政府",
        ),
        note=(
            "Stands for the 17 prefecture-level city governments listed in members. "
            "Jiyuan is not among them: it is a county-level city administered directly by "
            "the province, covered by 济源示范区管委会."
        ),
    ),
    UnitEntry(
        name="济源示范区管委会",
        full_name="济源产城融合示范区管理委员会",
        aliases=("济源示范区", "济源产城融合示范区管委会"),
        kind="local",
        name_en=("Administrative Committee of Jiyuan Industry-City Integration Demonstration Zone"),
        note=(
            "Governs Jiyuan, which the province administers directly; not a prefecture-level "
            "city (省辖市)."
        ),
    ),
    UnitEntry(
        name="航空港区管委会",
        full_name="郑州航空港经济综合实验区管理委员会",
        aliases=(
            "航空港区",
            "郑州航空港区",
            "郑州航空港区管委会",
            "航空港实验区管委会",
            "郑州航空港经济综合实验区管委会",
        ),
        kind="local",
        name_en="Administrative Committee of Zhengzhou Airport Economy Zone",
        note="Administrative committee of the Zhengzhou Airport Economy Zone.",
    ),
    UnitEntry(
        name="省行政审批政务信息管理局",
        full_name="河南省行政审批和政务信息管理局",
        aliases=(
            "河南省行政审批政务信息管理局",
            "行政审批政务信息管理局",
            "省行政审批和政务信息管理局",
            "行政审批和政务信息管理局",
        ),
        kind="government",
        name_en=(
            "Administrative Approval and Government Information Administration of Henan Province"
        ),
        note=(
            "Lead unit for most tasks of the document. Whether it was reorganised when "
            "provincial data administrations were set up after 2023 was not verified; no "
            "successor is recorded."
        ),
    ),
    UnitEntry(
        name="省直相关部门",
        full_name="省直相关部门",  # tools/decisions.py: COLLECTIVE_FULL_NAMES
        aliases=("省直有关部门",),
        kind="collective",
        name_en="Relevant departments directly under Henan Province",
        note=(
            "Stands for the provincial party and government departments concerned with a "
            "task; the document does not name them."
        ),
    ),
    UnitEntry(
        name="省发展改革委",
        full_name="河南省发展和改革委员会",
        aliases=(
            "河南省发展改革委",
            "河南省发改委",
            "省发改委",
            "省发展和改革委员会",
            "发展改革委",
            "发改委",
        ),
        kind="government",
        name_en="Development and Reform Commission of Henan Province",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2021/12-02/2358792.html",),
    ),
    UnitEntry(
        name="省公安厅",
        full_name="河南省公安厅",
        aliases=("公安厅",),
        kind="government",
        name_en="Department of Public Security of Henan Province",
    ),
    UnitEntry(
        name="省市场监管局",
        full_name="河南省市场监督管理局",
        aliases=("河南省市场监管局", "省市场监督管理局", "市场监管局"),
        kind="government",
        name_en="Administration for Market Regulation of Henan Province",
    ),
    UnitEntry(
        name="省密码管理局",
        full_name="河南省密码管理局",
        aliases=("密码管理局",),
        kind="party",
        name_en="Cryptography Administration of Henan Province",
        note=(
            "Classed as party: in the provincial set-up it is the government-facing plaque "
            "of the CPC provincial committee's confidential-communications bureau "
            "(省委机要局), run under the committee's general office; the State Cryptography "
            "Administration guides it professionally but does not manage it vertically."
        ),
    ),
    UnitEntry(
        name="省委网信办",
        full_name="中共河南省委网络安全和信息化委员会办公室",
        aliases=("河南省委网信办", "省网信办", "省委网络安全和信息化委员会办公室"),
        kind="party",
        name_en=(
            "Office of the Cyberspace Affairs Commission of the CPC Henan Provincial Committee"
        ),
        note="Also bears the government plaque 河南省互联网信息办公室.",
    ),
    UnitEntry(
        name="省政府办公厅",
        full_name="河南省人民政府办公厅",
        aliases=("河南省政府办公厅", "省人民政府办公厅"),
        kind="government",
        name_en="General Office of the People's Government of Henan Province",
    ),
    UnitEntry(
        name="省通信管理局",
        full_name="河南省通信管理局",
        aliases=("通信管理局", "省通管局"),
        kind="central",
        name_en="Henan Communications Administration",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2022/05-10/2446352.html",),
        note=(
            "Vertically managed by the Ministry of Industry and Information Technology. "
            "English name as used on the provincial government's English portal."
        ),
    ),
    UnitEntry(
        name="省财政厅",
        full_name="河南省财政厅",
        aliases=("财政厅",),
        kind="government",
        name_en="Department of Finance of Henan Province",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2021/12-02/2358792.html",),
    ),
    UnitEntry(
        name="省工业和信息化厅",
        full_name="河南省工业和信息化厅",
        aliases=("河南省工信厅", "省工信厅", "工业和信息化厅", "工信厅"),
        kind="government",
        name_en="Department of Industry and Information Technology of Henan Province",
    ),
    UnitEntry(
        name="省自然资源厅",
        full_name="河南省自然资源厅",
        aliases=("自然资源厅",),
        kind="government",
        name_en="Department of Natural Resources of Henan Province",
    ),
    UnitEntry(
        name="省委政法委",
        full_name="中共河南省委政法委员会",
        aliases=("河南省委政法委", "省委政法委员会"),
        kind="party",
        name_en="Political and Legal Affairs Commission of the CPC Henan Provincial Committee",
    ),
    UnitEntry(
        name="省民政厅",
        full_name="河南省民政厅",
        aliases=("民政厅",),
        kind="government",
        name_en="Department of Civil Affairs of Henan Province",
    ),
    UnitEntry(
        name="省委办公厅",
        full_name="中共河南省委办公厅",
        aliases=("河南省委办公厅", "省委办"),
        kind="party",
        name_en="General Office of the CPC Henan Provincial Committee",
    ),
    UnitEntry(
        name="省国家保密局",
        full_name="河南省国家保密局",
        aliases=("河南省保密局", "省保密局"),
        kind="party",
        name_en="State Secrets Protection Administration of Henan Province",
        note=(
            "Classed as party: in the provincial set-up it is the government-facing plaque "
            "of the office of the CPC provincial committee's secrecy commission (省委保密办), "
            "a provincial organ, not a vertically managed branch of the National "
            "Administration of State Secrets Protection. The print's elided form 国家保密局 "
            "is not an alias because it names the national body."
        ),
    ),
    UnitEntry(
        name="省卫生健康委",
        full_name="河南省卫生健康委员会",
        aliases=(
            "河南省卫生健康委",
            "河南省卫健委",
            "省卫健委",
            "省卫生健康委员会",
            "卫生健康委",
            "卫健委",
        ),
        kind="government",
        name_en="Health Commission of Henan Province",
    ),
    UnitEntry(
        name="省生态环境厅",
        full_name="河南省生态环境厅",
        aliases=("生态环境厅",),
        kind="government",
        name_en="Department of Ecology and Environment of Henan Province",
    ),
    UnitEntry(
        name="省人力资源社会保障厅",
        full_name="河南省人力资源和社会保障厅",
        aliases=(
            "河南省人力资源社会保障厅",
            "河南省人社厅",
            "省人社厅",
            "省人力资源和社会保障厅",
            "人力资源社会保障厅",
            "人社厅",
        ),
        kind="government",
        name_en="Department of Human Resources and Social Security of Henan Province",
    ),
    UnitEntry(
        name="省司法厅",
        full_name="河南省司法厅",
        aliases=("司法厅",),
        kind="government",
        name_en="Department of Justice of Henan Province",
    ),
    UnitEntry(
        name="省应急管理厅",
        full_name="河南省应急管理厅",
        aliases=("省应急厅", "应急管理厅"),
        kind="government",
        name_en="Department of Emergency Management of Henan Province",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2021/12-02/2358792.html",),
    ),
    UnitEntry(
        name="省水利厅",
        full_name="河南省水利厅",
        aliases=("水利厅",),
        kind="government",
        name_en="Department of Water Resources of Henan Province",
    ),
    UnitEntry(
        name="省交通运输厅",
        full_name="河南省交通运输厅",
        aliases=("省交通厅", "交通运输厅"),
        kind="government",
        name_en="Department of Transport of Henan Province",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2021/12-02/2358792.html",),
    ),
    UnitEntry(
        name="省气象局",
        full_name="河南省气象局",
        aliases=("气象局",),
        kind="central",
        name_en="Henan Meteorological Bureau",
        note="Vertically managed by the China Meteorological Administration.",
    ),
    UnitEntry(
        name="省医保局",
        full_name="河南省医疗保障局",
        aliases=("河南省医保局", "省医疗保障局", "医保局", "医疗保障局"),
        kind="government",
        name_en="Healthcare Security Administration of Henan Province",
    ),
    UnitEntry(
        name="省委编办",
        full_name="中共河南省委机构编制委员会办公室",
        aliases=("河南省委编办", "省编办", "省委机构编制委员会办公室"),
        kind="party",
        name_en=(
            "Office of the Institutional Organization Commission of the CPC Henan "
            "Provincial Committee"
        ),
    ),
    UnitEntry(
        name="省住房城乡建设厅",
        full_name="河南省住房和城乡建设厅",
        aliases=(
            "河南省住房城乡建设厅",
            "河南省住建厅",
            "省住建厅",
            "省住房和城乡建设厅",
            "住房城乡建设厅",
            "住建厅",
        ),
        kind="government",
        name_en="Department of Housing and Urban-Rural Development of Henan Province",
    ),
    UnitEntry(
        name="省农业农村厅",
        full_name="河南省农业农村厅",
        aliases=("农业农村厅",),
        kind="government",
        name_en="Department of Agriculture and Rural Affairs of Henan Province",
    ),
    UnitEntry(
        name="省统计局",
        full_name="河南省统计局",
        aliases=("统计局",),
        kind="government",
        name_en="Statistics Bureau of Henan Province",
        name_en_official=True,
        sources=("https://english.henan.gov.cn/2021/12-02/2358792.html",),
        note=(
            "A provincial government agency; not to be confused with the vertically "
            "managed Survey Office of the National Bureau of Statistics in Henan."
        ),
    ),
    UnitEntry(
        name="省信访局",
        full_name="河南省信访局",
        aliases=("信访局",),
        kind="government",
        name_en="Public Complaints and Proposals Administration of Henan Province",
    ),
    UnitEntry(
        name="省地方金融监管局",
        full_name="河南省地方金融监督管理局",
        aliases=("河南省地方金融监管局", "省地方金融监督管理局", "地方金融监管局"),
        kind="government",
        name_en="Local Financial Supervision and Administration Bureau of Henan Province",
        sources=("https://szb.qzwb.com/old/qzwb/html/2023-03/17/content_643790.htm",),
        note=(
            "Reorganised after the 2023 Party and State institutional reform plan, which "
            "ordered local financial regulators to do supervision only (source: summary of "
            "the plan); no citable source for the Henan successor body was at hand, so no "
            "successor is recorded."
        ),
    ),
    UnitEntry(
        name="河南银保监局",
        full_name="中国银行保险监督管理委员会河南监管局",
        aliases=("中国银保监会河南监管局", "银保监会河南监管局"),
        kind="central",
        name_en=(
            "Henan Regulatory Bureau of the China Banking and Insurance Regulatory Commission"
        ),
        successor=SuccessorEntry(
            name="国家金融监督管理总局河南监管局",
            name_en=("Henan Regulatory Bureau of the National Financial Regulatory Administration"),
            since="2023-07-20",
            source="http://en.people.cn/n3/2023/0721/c90000-20047517.html",
        ),
        sources=("http://en.people.cn/n3/2023/0721/c90000-20047517.html",),
        note=(
            "Vertically managed by the CBIRC, which was replaced by the National Financial "
            "Regulatory Administration (established 2023-05-18). The source (Xinhua via "
            "People's Daily Online) reports that all 31 provincial regulatory bureaus of "
            "the NFRA were unveiled on 2023-07-20; it does not name Henan individually."
        ),
    ),
    UnitEntry(
        name="人行郑州中心支行",
        full_name="中国人民银行郑州中心支行",
        aliases=("人民银行郑州中心支行", "央行郑州中心支行"),
        kind="central",
        name_en="Zhengzhou Central Sub-branch of the People's Bank of China",
        successor=SuccessorEntry(
            name="中国人民银行河南省分行",
            name_en="Henan Branch of the People's Bank of China",
            since="2023-08-18",
            source="http://finance.people.com.cn/BIG5/n1/2023/0819/c1004-40059631.html",
        ),
        sources=(
            "http://finance.people.com.cn/BIG5/n1/2023/0819/c1004-40059631.html",
            "http://www.jwview.com/jingwei/html/m/03-07/530441.shtml",
            "https://www.eurasiareview.com/24082023-china-the-genesis-and-implications-of-pbocs-regional-structural-reform-analysis/",
        ),
        note=(
            "Vertically managed by the People's Bank of China. The 2023 reform abolished the "
            "central sub-branches in provincial capitals (Zhengzhou among them) and set up "
            "31 provincial branches, unveiled on 2023-08-18 (People's Daily; Xinhua on the "
            "plan; Anbound analysis naming Zhengzhou); the sources do not name the Henan "
            "branch individually."
        ),
    ),
    UnitEntry(
        name="省教育厅",
        full_name="河南省教育厅",
        aliases=("教育厅",),
        kind="government",
        name_en="Department of Education of Henan Province",
    ),
    UnitEntry(
        name="省文化和旅游厅",
        full_name="河南省文化和旅游厅",
        aliases=("河南省文旅厅", "省文旅厅", "文化和旅游厅", "文旅厅"),
        kind="government",
        name_en="Department of Culture and Tourism of Henan Province",
    ),
    UnitEntry(
        name="省体育局",
        full_name="河南省体育局",
        aliases=("体育局",),
        kind="government",
        name_en="Sports Bureau of Henan Province",
    ),
    UnitEntry(
        name="省残联",
        full_name="河南省残疾人联合会",
        aliases=("河南省残联", "残联"),
        kind="peoples_organization",
        name_en="Henan Disabled Persons' Federation",
        note="Provincial body of the China Disabled Persons' Federation.",
    ),
    UnitEntry(
        name="省委宣传部",
        full_name="中共河南省委宣传部",
        aliases=("河南省委宣传部",),
        kind="party",
        name_en="Publicity Department of the CPC Henan Provincial Committee",
    ),
    UnitEntry(
        name="省广电局",
        full_name="河南省广播电视局",
        aliases=("河南省广电局", "省广播电视局", "广电局", "广播电视局"),
        kind="government",
        name_en="Radio and Television Administration of Henan Province",
    ),
    UnitEntry(
        name="省审计厅",
        full_name="河南省审计厅",
        aliases=("审计厅",),
        kind="government",
        name_en="Audit Office of Henan Province",
    ),
    UnitEntry(
        name="中央驻豫相关单位",
        full_name="中央驻河南省相关单位",
        aliases=("中央驻豫有关单位",),
        kind="collective",
        name_en="Relevant central units stationed in Henan",
        note=(
            "Stands for centrally managed agencies in Henan concerned with a task; the "
            "document does not name them."
        ),
    ),
    UnitEntry(
        name="省委组织部",
        full_name="中共河南省委组织部",
        aliases=("河南省委组织部",),
        kind="party",
        name_en="Organization Department of the CPC Henan Provincial Committee",
    ),
    UnitEntry(
        name="省直各部门",
        full_name="省直各部门",  # tools/decisions.py: COLLECTIVE_FULL_NAMES
        kind="collective",
        name_en="All departments directly under Henan Province",
        note=(
            "Stands for every provincial party and government department; the document "
            "does not name them."
        ),
    ),
    UnitEntry(
        name="省科技厅",
        full_name="河南省科学技术厅",
        aliases=("河南省科技厅", "省科学技术厅", "科技厅", "科学技术厅"),
        kind="government",
        name_en="Department of Science and Technology of Henan Province",
    ),
    UnitEntry(
        name="郑州市人民政府",
        full_name="郑州市人民政府",
        aliases=("郑州市政府", "郑州市"),
        kind="local",
        name_en="Zhengzhou Municipal People's Government",
        note="Provincial capital.",
    ),
    UnitEntry(
        name="开封市人民政府",
        full_name="开封市人民政府",
        aliases=("开封市政府", "开封市"),
        kind="local",
        name_en="Kaifeng Municipal People's Government",
    ),
    UnitEntry(
        name="洛阳市人民政府",
        full_name="洛阳市人民政府",
        aliases=("洛阳市政府", "洛阳市"),
        kind="local",
        name_en="Luoyang Municipal People's Government",
    ),
    UnitEntry(
        name="平顶山市人民政府",
        full_name="平顶山市人民政府",
        aliases=("平顶山市政府", "平顶山市"),
        kind="local",
        name_en="Pingdingshan Municipal People's Government",
    ),
    UnitEntry(
        name="安阳市人民政府",
        full_name="安阳市人民政府",
        aliases=("安阳市政府", "安阳市"),
        kind="local",
        name_en="Anyang Municipal People's Government",
    ),
    UnitEntry(
        name="鹤壁市人民政府",
        full_name="鹤壁市人民政府",
        aliases=("鹤壁市政府", "鹤壁市"),
        kind="local",
        name_en="Hebi Municipal People's Government",
    ),
    UnitEntry(
        name="新乡市人民政府",
        full_name="新乡市人民政府",
        aliases=("新乡市政府", "新乡市"),
        kind="local",
        name_en="Xinxiang Municipal People's Government",
    ),
    UnitEntry(
        name="焦作市人民政府",
        full_name="焦作市人民政府",
        aliases=("焦作市政府", "焦作市"),
        kind="local",
        name_en="Jiaozuo Municipal People's Government",
    ),
    UnitEntry(
        name="濮阳市人民政府",
        full_name="濮阳市人民政府",
        aliases=("濮阳市政府", "濮阳市"),
        kind="local",
        name_en="Puyang Municipal People's Government",
    ),
    UnitEntry(
        name="许昌市人民政府",
        full_name="许昌市人民政府",
        aliases=("许昌市政府", "许昌市"),
        kind="local",
        name_en="Xuchang Municipal People's Government",
    ),
    UnitEntry(
        name="漯河市人民政府",
        full_name="漯河市人民政府",
        aliases=("漯河市政府", "漯河市"),
        kind="local",
        name_en="Luohe Municipal People's Government",
    ),
    UnitEntry(
        name="三门峡市人民政府",
        full_name="三门峡市人民政府",
        aliases=("三门峡市政府", "三门峡市"),
        kind="local",
        name_en="Sanmenxia Municipal People's Government",
    ),
    UnitEntry(
        name="南阳市人民政府",
        full_name="南阳市人民政府",
        aliases=("南阳市政府", "南阳市"),
        kind="local",
        name_en="Nanyang Municipal People's Government",
    ),
    UnitEntry(
        name="商丘市人民政府",
        full_name="商丘市人民政府",
        aliases=("商丘市政府", "商丘市"),
        kind="local",
        name_en="Shangqiu Municipal People's Government",
    ),
    UnitEntry(
        name="信阳市人民政府",
        full_name="信阳市人民政府",
        aliases=("信阳市政府", "信阳市"),
        kind="local",
        name_en="Xinyang Municipal People's Government",
    ),
    UnitEntry(
        name="周口市人民政府",
        full_name="周口市人民政府",
        aliases=("周口市政府", "周口市"),
        kind="local",
        name_en="Zhoukou Municipal People's Government",
    ),
    UnitEntry(
        name="驻马店市人民政府",
        full_name="驻马店市人民政府",
        aliases=("驻马店市政府", "驻马店市"),
        kind="local",
        name_en="Zhumadian Municipal People's Government",
    ),
)
