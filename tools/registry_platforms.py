"""Registry of the named platforms that the 178 task texts mention.

Source: 附件4 of 豫政〔2023〕17号 (河南省人民政府, 2023-04-26), "河南省数字政府建设重点任务
清单(2023—2025年)". This module holds data: each entry is a :class:`PlatformEntry`, a
frozen dataclass whose omitted fields take their defaults. A build script searches the
``mentions`` of every entry in the normalized task texts (whitespace removed; ASCII ``,``
``(`` ``)`` made full-width; Chinese quotes kept), longest match first, non-overlapping.

What counts as a platform. An entry is one identifiable thing that a task builds, upgrades,
connects to or uses, and whose name is either

- a proper name or brand: 豫事办, 豫服码, 河南链, 雪亮工程, 信用中国, “天眼”系统; or
- a descriptive name of one particular system with a system-type head noun (平台, 系统, 网,
  网络, 热线, 库, 门户, 工作台, 工程, 码, 链, 云), even when that system runs at both province
  and city level (大数据中心平台, 12345政务服务便民热线).

Not platforms (each notable case is in ``EXCLUDED`` with its reason):

- laws, regulations and documents: 《河南省数据条例》, service catalogues;
- institutions and organisations: 嵩山实验室, 省政务大数据中心 (the institution),
  省数字政府建设专家委员会, 省属数字政府企业集团;
- slogans, mechanisms, reforms and principles: “一件事一次办”, “跨省通办”, “好差评”,
  “一网协同”, “一应用一数仓”; also policy actions (“互联网+基层治理”行动). Of the
  programmes only construction programmes (工程) are kept, as kind "programme";
- frameworks called 体系 (全省一体化政务大数据体系 and the like): many systems, not one;
- generic components, credentials and categories: 统一身份认证, 电子证照, 电子社保卡,
  数据仓库, 政府门户网站, 政务新媒体, 业务专网, and plural phrases (各类…平台, 相关平台);
- a generic kind qualified by a level when the plan names a unified platform for it:
  政务云, 政务云平台, 省级政务云平台 (the named cloud is 一朵云) and 市级政务服务平台
  (the named platform is 省一体化政务服务平台);
- modules that the text names only as parts of a listed platform (云链融合网络 and
  数据共享链 of 河南链, 用户中心 of 省一体化在线监管平台, 省级中枢平台 of the 一朵云
  management platform), and physical facilities (冷数据存储和备份中心, 同城双中心).
  Subsystems that tasks build or use in their own right stay entries (统一受理系统,
  通用审批系统, 政策文件库, 统一知识问答库).

Judgement calls:

- 一朵云 is included (kind "cloud"); it stands alone in tasks 71 and 95. “一朵云”综合管理平台
  is its own entry (kind "platform"), so its longer mention wins in tasks 86-88 and 93.
- 政务云 is excluded: the texts use it as a common noun for government cloud at every
  level (资源池, 节点, 服务, 行业云 versus 政务云), never as the name of one system.
- 一张网 and 一道墙 are the titles of sections 3 and 4 and occur in no task text, so there
  is nothing to match; the networks of section 3 are entries of their own (电子政务外网,
  电子政务内网, 5G无线政务网络, 视频传输网络, 智能感知网络).
- 国土空间规划“一张图” and 自然资源三维立体“一张图” are two entries of kind "database"
  (unified spatial base maps). Their mentions keep the quotes and the qualifier; neither is
  nor matches 一张网.
- 省能源大数据中心 is a platform (task 29 improves its functions); 省政务大数据中心
  (task 45) is an institution.
- 万人助万企 and 数字民经 are the enterprise-service platforms of task 140 (the text calls
  them 涉企服务平台), not the campaigns of the same names.
- 一人一档, 一企一档 and 基础库 (the 人口、法人、电子证照 base databases) are data
  resources, kind "database".
- The adjective 新型 is dropped from names (基层管理服务平台, 会议管理平台, 视频传输网络);
  the full forms are aliases.

Names and mentions. ``name`` is written as the text writes it: quotes around the whole
name are dropped (豫事办, 河南链), quotes inside a longer name are kept
(“双随机、一公开”监管工作平台). Mentions are bare names, except where quotes or a qualifier
prevent false matches: “互联网+监管”系统 (not the slogan), the two 一张图 entries, and names
with a quoted part. Every mention is the name or an alias of its entry and occurs in at
least one task text; no name, alias or mention belongs to two entries. The only nested
pair is 一朵云 inside “一朵云”综合管理平台, resolved by the longest match.
``name_en_official`` is True only for 国家企业信用信息公示系统, whose published English name
is cited in its sources; all other English names are descriptive translations.

Counts: 77 platforms: platform 47, database 11, network 7, website 4, app 2, programme 2,
code 1, hotline 1, blockchain 1, cloud 1. ``EXCLUDED`` lists 85 names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlatformEntry:
    """One platform: its names, kind and English name, and the forms the texts use.

    Attributes:
        name: The platform's name.
        kind: A ``dg_plan.PlatformKind`` value (``"platform"``, ``"database"``, …).
        name_en: An English name.
        aliases: Other names it answers to.
        mentions: The forms the task texts write it in; its name alone when empty.
        name_en_official: Whether *name_en* is the platform's own published name.
        sources: Citations.
        note: A short remark.
    """

    name: str
    kind: str
    name_en: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    name_en_official: bool = False
    sources: tuple[str, ...] = ()
    note: str = ""


PLATFORMS: tuple[PlatformEntry, ...] = (
    PlatformEntry(
        name="省经济治理基础数据库",
        aliases=("河南省经济治理基础数据库",),
        mentions=("省经济治理基础数据库",),
        kind="database",
        name_en="Provincial Economic Governance Base Database",
        note=(
            "Provincial base database that pools economic-operation data for economic governance."
        ),
    ),
    PlatformEntry(
        name="省“四保”白名单企业（项目）运行调度平台",
        aliases=("“四保”白名单企业（项目）运行调度平台", "四保白名单企业运行调度平台"),
        mentions=("“四保”白名单企业（项目）运行调度平台",),
        kind="platform",
        name_en=(
            "Provincial 'Four Guarantees' Whitelist Enterprise (Project) Operation Dispatch "
            "Platform"
        ),
        note=(
            "Pandemic-era dispatch platform for whitelisted key enterprises and projects; task 2 "
            "converts it into the regular economic-operation monitoring platform."
        ),
    ),
    PlatformEntry(
        name="常态化经济运行监测调度综合平台",
        aliases=("经济运行监测调度综合平台",),
        mentions=("常态化经济运行监测调度综合平台",),
        kind="platform",
        name_en="Integrated Platform for Regular Economic Operation Monitoring and Dispatch",
        note=(
            "Successor of the 'four guarantees' whitelist platform; monitors key industries, "
            "enterprises and projects at province, city and county level."
        ),
    ),
    PlatformEntry(
        name="国土空间规划“一张图”",
        aliases=("省国土空间规划“一张图”", "国土空间规划一张图"),
        mentions=("国土空间规划“一张图”",),
        kind="database",
        name_en="Territorial Spatial Planning 'One Map'",
        note=(
            "Unified spatial data base map of territorial spatial planning (with its information "
            "system). Not the 一张网 network programme."
        ),
    ),
    PlatformEntry(
        name="省规划综合管理信息平台",
        mentions=("省规划综合管理信息平台",),
        kind="platform",
        name_en="Provincial Integrated Planning Management Information Platform",
        note=(
            "Planned platform for managing plans at all levels and simulating/evaluating economic "
            "policies."
        ),
    ),
    PlatformEntry(
        name="“双随机、一公开”监管工作平台",
        aliases=("双随机一公开监管工作平台", "“双随机、一公开”监管平台"),
        mentions=("“双随机、一公开”监管工作平台",),
        kind="platform",
        name_en="'Double Random, One Public' Supervision Platform",
        note=(
            "Market-supervision platform for random selection of inspection targets and inspectors "
            "with public disclosure of results."
        ),
    ),
    PlatformEntry(
        name="网上信访投诉平台",
        mentions=("网上信访投诉平台",),
        kind="platform",
        name_en="Online Petition and Complaint Platform",
        note="Platform for submitting and handling petitions (xinfang) and complaints online.",
    ),
    PlatformEntry(
        name="行政复议工作平台",
        mentions=("行政复议工作平台",),
        kind="platform",
        name_en="Administrative Reconsideration Work Platform",
        note="Platform for handling applications for administrative reconsideration.",
    ),
    PlatformEntry(
        name="在线矛盾纠纷多元化解平台",
        mentions=("在线矛盾纠纷多元化解平台",),
        kind="platform",
        name_en="Online Platform for Diversified Resolution of Conflicts and Disputes",
        note="Online mediation platform for resolving social conflicts and disputes.",
    ),
    PlatformEntry(
        name="河南法律服务网",
        mentions=("河南法律服务网",),
        kind="website",
        name_en="Henan Legal Services Network (website)",
        note="Provincial public legal service website.",
    ),
    PlatformEntry(
        name="雪亮工程",
        aliases=("“雪亮工程”",),
        mentions=("雪亮工程",),
        kind="programme",
        name_en="Sharp Eyes Project (Xueliang Project)",
        sources=(
            "https://chinadigitaltimes.net/2019/09/sharper-eyes-surveilling-the-surveillers-part-1/",
        ),
        note=(
            "National programme that networks public video-surveillance resources, extending "
            "coverage to rural areas."
        ),
    ),
    PlatformEntry(
        name="公安大数据平台",
        mentions=("公安大数据平台",),
        kind="platform",
        name_en="Public Security Big Data Platform",
        note="Big data platform of the public security (police) authorities.",
    ),
    PlatformEntry(
        name="空天地一体化应急通信网络",
        mentions=("空天地一体化应急通信网络",),
        kind="network",
        name_en="Integrated Space-Air-Ground Emergency Communication Network",
        note=(
            "Emergency communication network combining satellite, aerial and terrestrial links for "
            "rescue sites."
        ),
    ),
    PlatformEntry(
        name="安全生产和灾害事故物联感知网络",
        mentions=("安全生产和灾害事故物联感知网络",),
        kind="network",
        name_en="IoT Sensing Network for Work Safety and Disasters",
        note=(
            "Internet-of-things sensing network for early identification of safety and disaster "
            "risks."
        ),
    ),
    PlatformEntry(
        name="灾害和突发事件预警信息发布系统",
        aliases=("突发事件预警信息发布系统",),
        mentions=("灾害和突发事件预警信息发布系统",),
        kind="platform",
        name_en="Disaster and Emergency Early-Warning Information Release System",
        note=(
            "System for publishing early warnings to enterprises, communities, villages and key "
            "units."
        ),
    ),
    PlatformEntry(
        name="基层管理服务平台",
        aliases=("新型基层管理服务平台",),
        mentions=("基层管理服务平台",),
        kind="platform",
        name_en="Grassroots Management and Service Platform",
        note="New-type platform for grassroots (community/grid) management and services.",
    ),
    PlatformEntry(
        name="省治安管控综合信息平台",
        mentions=("省治安管控综合信息平台",),
        kind="platform",
        name_en="Provincial Integrated Public Order Control Information Platform",
        note="Police platform for dealing with case clues, incidents and hazards.",
    ),
    PlatformEntry(
        name="“一村（格）一警”智能工作台",
        aliases=("一村一警智能工作台", "一村（格）一警智能工作台"),
        mentions=("“一村（格）一警”智能工作台",),
        kind="platform",
        name_en="'One Police Officer per Village (Grid)' Smart Workbench",
        note="Smart workbench for the police officers assigned to each village or grid.",
    ),
    PlatformEntry(
        name="豫事办",
        aliases=("豫事办APP", "“豫事办”"),
        mentions=("豫事办",),
        kind="app",
        name_en="Yushiban (Henan government service app)",
        note=(
            "Henan's mobile government-service app, the mobile end of the provincial integrated "
            "government service platform; phase II is a task-125 project."
        ),
    ),
    PlatformEntry(
        name="省公共资源交易平台",
        mentions=("省公共资源交易平台",),
        kind="platform",
        name_en="Provincial Public Resources Trading Platform",
        note=(
            "Platform for fully electronic trading of public resources (bidding, land, property "
            "rights etc.)."
        ),
    ),
    PlatformEntry(
        name="豫服码",
        aliases=("“豫服码”",),
        mentions=("豫服码",),
        kind="code",
        name_en="Yufuma (Henan service QR code)",
        note=(
            "Unified QR code linking people, enterprises and certificates: one code per person and "
            "per enterprise."
        ),
    ),
    PlatformEntry(
        name="涉企政策精准智慧服务系统",
        mentions=("涉企政策精准智慧服务系统",),
        kind="platform",
        name_en="Precise Smart Service System for Enterprise-Related Policies",
        note="System for publishing, matching and cashing enterprise-related policies.",
    ),
    PlatformEntry(
        name="省金融服务共享平台",
        mentions=("省金融服务共享平台",),
        kind="platform",
        name_en="Provincial Shared Financial Services Platform",
        note="Platform connecting banks and enterprises for financing services.",
    ),
    PlatformEntry(
        name="省居民一卡通智慧服务平台",
        mentions=("省居民一卡通智慧服务平台",),
        kind="platform",
        name_en="Provincial Resident 'One Card' Smart Service Platform",
        note=(
            "Platform merging e-social-security, e-health and e-ID cards into one resident card."
        ),
    ),
    PlatformEntry(
        name="生态环境综合管理平台",
        mentions=("生态环境综合管理平台",),
        kind="platform",
        name_en="Integrated Eco-Environment Management Platform",
        note="Integrated management platform of the ecology and environment authorities.",
    ),
    PlatformEntry(
        name="生态环境数据主题库",
        mentions=("生态环境数据主题库",),
        kind="database",
        name_en="Eco-Environment Thematic Database",
        note="Thematic data library for ecology and environment data.",
    ),
    PlatformEntry(
        name="自然资源三维立体“一张图”",
        aliases=("自然资源三维立体一张图",),
        mentions=("自然资源三维立体“一张图”",),
        kind="database",
        name_en="Natural Resources 3D 'One Map'",
        note=(
            "Three-dimensional unified natural-resources base map. Not the 一张网 network "
            "programme."
        ),
    ),
    PlatformEntry(
        name="国土空间基础信息平台",
        mentions=("国土空间基础信息平台",),
        kind="platform",
        name_en="Territorial Spatial Basic Information Platform",
        note="Natural-resources platform providing basic territorial spatial data services.",
    ),
    PlatformEntry(
        name="“天眼”系统",
        aliases=("天眼系统", "天眼"),
        mentions=("天眼",),
        kind="platform",
        name_en="'Sky Eye' System",
        note=(
            "Natural-resources monitoring system used to detect and push violations in real time."
        ),
    ),
    PlatformEntry(
        name="水资源配置与调度管理系统",
        mentions=("水资源配置与调度管理系统",),
        kind="platform",
        name_en="Water Resources Allocation and Dispatch Management System",
        note="Water-resources management system for allocation and dispatch.",
    ),
    PlatformEntry(
        name="省能源大数据中心",
        aliases=("河南省能源大数据中心",),
        mentions=("省能源大数据中心",),
        kind="platform",
        name_en="Henan Energy Big Data Center",
        note=(
            "Energy data platform supporting carbon-emission monitoring; the task improves its "
            "functions, so it is treated as a platform, not an institution."
        ),
    ),
    PlatformEntry(
        name="节能综合服务平台",
        mentions=("节能综合服务平台",),
        kind="platform",
        name_en="Integrated Energy-Saving Service Platform",
        note="Service platform for energy saving and green, low-carbon transition.",
    ),
    PlatformEntry(
        name="领导驾驶舱决策指挥系统",
        aliases=("领导驾驶舱",),
        mentions=("领导驾驶舱决策指挥系统",),
        kind="platform",
        name_en="Leadership Cockpit Decision and Command System",
        note="Dashboard system for leaders' analysis, decision-making and dispatch command.",
    ),
    PlatformEntry(
        name="豫快办",
        aliases=("“豫快办”平台", "豫快办平台"),
        mentions=("豫快办",),
        kind="platform",
        name_en="Yukuaiban (Henan work supervision platform)",
        note=(
            "Platform for online supervision and follow-up of key government work (Internet + "
            "inspection)."
        ),
    ),
    PlatformEntry(
        name="政务公开信息化平台",
        mentions=("政务公开信息化平台",),
        kind="platform",
        name_en="Government Information Disclosure Platform",
        note="Platform for publishing government information and policies.",
    ),
    PlatformEntry(
        name="政策文件库",
        mentions=("政策文件库",),
        kind="database",
        name_en="Policy Document Library",
        note=(
            "Library of policy documents built on the government information disclosure platform."
        ),
    ),
    PlatformEntry(
        name="政府网站集约化平台",
        mentions=("政府网站集约化平台",),
        kind="platform",
        name_en="Government Website Consolidation Platform",
        note="Shared platform hosting the consolidated government websites.",
    ),
    PlatformEntry(
        name="统一知识问答库",
        mentions=("统一知识问答库",),
        kind="database",
        name_en="Unified Knowledge Q&A Base",
        note=(
            "Knowledge base of questions and answers on the government website consolidation "
            "platform."
        ),
    ),
    PlatformEntry(
        name="12345政务服务便民热线",
        aliases=("12345政务服务便民热线平台", "12345热线"),
        mentions=("12345政务服务便民热线", "12345政务服务便民热线平台"),
        kind="hotline",
        name_en="12345 Government Service Convenience Hotline",
        note="Unified government service hotline at provincial and city level.",
    ),
    PlatformEntry(
        name="政务信息综合管理平台",
        mentions=("政务信息综合管理平台",),
        kind="platform",
        name_en="Integrated Government Informatization Management Platform",
        note=(
            "Platform for managing the creation, upgrade, integration and closing of government "
            "information systems."
        ),
    ),
    PlatformEntry(
        name="河南链",
        aliases=("“河南链”", "政务区块链“河南链”"),
        mentions=("河南链",),
        kind="blockchain",
        name_en="Henan Chain (government blockchain)",
        note="Provincial government-affairs blockchain.",
    ),
    PlatformEntry(
        name="城市运行管理服务平台",
        aliases=("城市运管服平台",),
        mentions=("城市运行管理服务平台",),
        kind="platform",
        name_en="City Operation Management Service Platform",
        note=(
            "Urban operation management and service platform of each city (standard national name)."
        ),
    ),
    PlatformEntry(
        name="新一代农业农村信息基础设施建设工程",
        mentions=("新一代农业农村信息基础设施建设工程",),
        kind="programme",
        name_en="New-Generation Agricultural and Rural Information Infrastructure Project",
        note="Construction programme for rural information infrastructure.",
    ),
    PlatformEntry(
        name="“互联网+智慧党建”融平台",
        aliases=("互联网+智慧党建融平台",),
        mentions=("“互联网+智慧党建”融平台",),
        kind="platform",
        name_en="'Internet + Smart Party Building' Integrated Platform",
        note="Province-wide party-building platform used in rural grassroots governance.",
    ),
    PlatformEntry(
        name="一朵云",
        aliases=("“一朵云”",),
        mentions=("一朵云",),
        kind="cloud",
        name_en="'One Cloud' (Henan unified government cloud)",
        note=(
            "The plan's own name for the province-wide unified government cloud (section 2 of the "
            "list, the 一朵云 construction plan)."
        ),
    ),
    PlatformEntry(
        name="“一朵云”综合管理平台",
        aliases=("一朵云综合管理平台",),
        mentions=("“一朵云”综合管理平台",),
        kind="platform",
        name_en="'One Cloud' Integrated Management Platform",
        note=(
            "Management platform of the One Cloud: provincial hub plus city nodes for scheduling "
            "cloud resources."
        ),
    ),
    PlatformEntry(
        name="大数据中心平台",
        aliases=("省级大数据中心平台", "省、市两级大数据中心平台"),
        mentions=("大数据中心平台",),
        kind="platform",
        name_en="Big Data Center Platform",
        note=(
            "Provincial and city big data center platforms hosting the province-wide data "
            "resources."
        ),
    ),
    PlatformEntry(
        name="云上数据总库",
        mentions=("云上数据总库",),
        kind="database",
        name_en="Cloud-Based Master Data Repository",
        note="Province-wide master data repository built on the government cloud.",
    ),
    PlatformEntry(
        name="基础库",
        aliases=("人口基础库", "法人基础库", "电子证照基础库"),
        mentions=("基础库",),
        kind="database",
        name_en="Base Databases (population, legal entities, e-licences)",
        note="The base databases for population, legal entities and electronic licences.",
    ),
    PlatformEntry(
        name="一人一档",
        aliases=("“一人一档”",),
        mentions=("一人一档",),
        kind="database",
        name_en="'One File per Person' Thematic Database",
        note="Thematic database profiling each person.",
    ),
    PlatformEntry(
        name="一企一档",
        aliases=("“一企一档”",),
        mentions=("一企一档",),
        kind="database",
        name_en="'One File per Enterprise' Thematic Database",
        note="Thematic database profiling each enterprise.",
    ),
    PlatformEntry(
        name="数据治理系统",
        mentions=("数据治理系统",),
        kind="platform",
        name_en="Data Governance System",
        note="System for authoritative-source certification and duplicate-data identification.",
    ),
    PlatformEntry(
        name="电子政务外网",
        aliases=("政务外网",),
        mentions=("电子政务外网",),
        kind="network",
        name_en="E-Government Extranet",
        note="The non-classified government wide-area network.",
    ),
    PlatformEntry(
        name="5G无线政务网络",
        mentions=("5G无线政务网络",),
        kind="network",
        name_en="5G Wireless Government Network",
        note="Wireless (5G) extension of the government network.",
    ),
    PlatformEntry(
        name="视频传输网络",
        aliases=("新型视频传输网络", "电子政务视频线路"),
        mentions=("视频传输网络", "电子政务视频线路"),
        kind="network",
        name_en="E-Government Video Transmission Network",
        note=(
            "New video network for conferencing and command; its video lines back up the extranet "
            "data lines ('one network, two lines')."
        ),
    ),
    PlatformEntry(
        name="智能感知网络",
        mentions=("智能感知网络",),
        kind="network",
        name_en="Ubiquitous Intelligent Sensing Network",
        note="Province-wide IoT sensing network for public safety, transport, environment etc.",
    ),
    PlatformEntry(
        name="电子政务内网",
        aliases=("政务内网",),
        mentions=("电子政务内网",),
        kind="network",
        name_en="E-Government Intranet",
        note="The classified government network.",
    ),
    PlatformEntry(
        name="数据共享交换平台",
        mentions=("数据共享交换平台",),
        kind="platform",
        name_en="Data Sharing and Exchange Platform",
        note="Provincial and city platforms for sharing and exchanging government data.",
    ),
    PlatformEntry(
        name="数据实时交换系统",
        mentions=("数据实时交换系统",),
        kind="platform",
        name_en="Real-Time Data Exchange System",
        note="System for real-time exchange of government data.",
    ),
    PlatformEntry(
        name="数据供需对接系统",
        mentions=("数据供需对接系统",),
        kind="platform",
        name_en="Data Supply-Demand Matching System",
        note="System matching data requests with data providers.",
    ),
    PlatformEntry(
        name="数据开放服务门户",
        mentions=("数据开放服务门户",),
        kind="website",
        name_en="Open Data Service Portal",
        note="Provincial and city portals for opening public data.",
    ),
    PlatformEntry(
        name="省一体化政务服务平台",
        aliases=("河南省一体化政务服务平台",),
        mentions=("省一体化政务服务平台",),
        kind="platform",
        name_en="Provincial Integrated Online Government Service Platform",
        note=(
            "Henan's integrated online government service platform (provincial node of the "
            "national platform)."
        ),
    ),
    PlatformEntry(
        name="统一受理系统",
        mentions=("统一受理系统",),
        kind="platform",
        name_en="Unified Acceptance System",
        note=(
            "Unified application-acceptance system of the integrated government service platform."
        ),
    ),
    PlatformEntry(
        name="通用审批系统",
        mentions=("通用审批系统",),
        kind="platform",
        name_en="General Approval System",
        note="General approval system of the integrated government service platform.",
    ),
    PlatformEntry(
        name="政务服务网",
        aliases=("河南政务服务网",),
        mentions=("政务服务网",),
        kind="website",
        name_en="Government Service Website",
        note="PC web channel of the integrated government service platform.",
    ),
    PlatformEntry(
        name="省一体化在线监管平台",
        aliases=("“互联网+监管”系统", "互联网+监管系统"),
        mentions=("省一体化在线监管平台", "“互联网+监管”系统"),
        kind="platform",
        name_en=(
            "Provincial Integrated Online Regulation Platform ('Internet + Regulation' system)"
        ),
        note=(
            "Henan's integrated online supervision platform, also called the 'Internet + "
            "Regulation' system."
        ),
    ),
    PlatformEntry(
        name="市场主体数据主题库",
        mentions=("市场主体数据主题库",),
        kind="database",
        name_en="Market Entity Thematic Database",
        note="Thematic database of market entities for supervision and risk analysis.",
    ),
    PlatformEntry(
        name="豫正管",
        aliases=("“豫正管”",),
        mentions=("豫正管",),
        kind="app",
        name_en="Yuzhengguan (Henan mobile supervision app)",
        note="Mobile supervision app supporting 'on-hand' and QR-code supervision.",
    ),
    PlatformEntry(
        name="国家企业信用信息公示系统",
        mentions=("国家企业信用信息公示系统",),
        kind="platform",
        name_en="National Enterprise Credit Information Publicity System",
        # Only a third-party encyclopedia gives this English name: not marked official.
        sources=("https://www.gsxt.gov.cn", "https://www.maigoo.com/citiao/1253629.html"),
        note=(
            "National system (gsxt.gov.cn) publishing enterprise registration and credit "
            "information."
        ),
    ),
    PlatformEntry(
        name="信用中国",
        aliases=("“信用中国”网站",),
        mentions=("信用中国",),
        kind="website",
        name_en="Credit China",
        sources=(
            "https://www.creditchina.gov.cn",
            "http://english.www.gov.cn/news/top_news/2015/06/02/content_281475119495270.htm",
        ),
        note="National credit information website (creditchina.gov.cn).",
    ),
    PlatformEntry(
        name="省信用信息共享平台",
        mentions=("省信用信息共享平台",),
        kind="platform",
        name_en="Provincial Credit Information Sharing Platform",
        note="Henan's provincial platform for sharing credit information.",
    ),
    PlatformEntry(
        name="万人助万企",
        aliases=("“万人助万企”",),
        mentions=("万人助万企",),
        kind="platform",
        name_en="Wanren Zhu Wanqi (enterprise service platform)",
        note=(
            "Enterprise-service platform of the 'ten thousand officials helping ten thousand "
            "enterprises' campaign; the text lists it among 涉企服务平台."
        ),
    ),
    PlatformEntry(
        name="数字民经",
        aliases=("“数字民经”",),
        mentions=("数字民经",),
        kind="platform",
        name_en="Shuzi Minjing (private-economy service platform)",
        note=(
            "Enterprise-service platform for the private economy; the text lists it among "
            "涉企服务平台."
        ),
    ),
    PlatformEntry(
        name="一体化协同办公平台",
        aliases=("省一体化协同办公平台", "省市协同办公平台"),
        mentions=("一体化协同办公平台", "省市协同办公平台"),
        kind="platform",
        name_en="Integrated Collaborative Office Platform",
        note="Province-wide government office platform with a mobile end, covering five levels.",
    ),
    PlatformEntry(
        name="会议管理平台",
        aliases=("新型会议管理平台",),
        mentions=("会议管理平台",),
        kind="platform",
        name_en="Meeting Management Platform",
        note=(
            "New-type meeting management platform merging departmental video-conference systems."
        ),
    ),
    PlatformEntry(
        name="统一政务应用工作侧门户",
        aliases=("政务应用工作侧门户",),
        mentions=("统一政务应用工作侧门户",),
        kind="platform",
        name_en="Unified Government Application Staff-Side Portal",
        note="Unified portal and entry for civil servants' government applications.",
    ),
    PlatformEntry(
        name="一体化安全运营支撑平台",
        mentions=("一体化安全运营支撑平台",),
        kind="platform",
        name_en="Integrated Security Operations Support Platform",
        note=(
            "Provincial and city platforms for security risk detection, threat handling and "
            "incident management."
        ),
    ),
)

EXCLUDED: tuple[tuple[str, str], ...] = (
    ("《河南省数据条例》", "a regulation (law), not a platform"),
    ("河南省政务云服务指导目录", "a service catalogue (document), not a system"),
    ("嵩山实验室", "a research institution (laboratory)"),
    ("省政务大数据中心", "an institution (public service unit) in the 一局一中心一集团 mechanism"),
    ("省行政审批政务信息管理局", "a government agency"),
    ("省属数字政府企业集团", "a state-owned enterprise group (operator), not a system"),
    ("省数字政府建设专家委员会", "an expert committee (organisation)"),
    (
        "一张网",
        (
            "the title of section 3 (the network construction plan); no task text uses it, so "
            "there is nothing to match; the networks themselves are listed (电子政务外网 etc.)"
        ),
    ),
    ("一道墙", "the title of section 4 (the security construction plan); no task text uses it"),
    ("一网通办", "a slogan in a section heading; no task text uses it"),
    ("一网协同", "a slogan describing the collaborative office platform, not a system"),
    ("一网两线", "a network architecture pattern (data lines plus video lines), not a system"),
    ("一件事一次办", "a service-reform slogan"),
    ("跨省通办", "a service-reform slogan"),
    ("掌上好办", "a service-reform slogan"),
    ("秒批智办", "a service-reform slogan"),
    ("极简审批", "a service-reform slogan"),
    ("好差评", "an evaluation mechanism"),
    ("一业一证", "a licensing reform"),
    ("一码通行", "a slogan for what 豫服码 does"),
    ("一卡通", "a slogan for resident cards; the platform is 省居民一卡通智慧服务平台"),
    ("掌上监管", "a supervision mode promoted through 豫正管"),
    ("码上监管", "a supervision mode promoted through 豫正管"),
    ("审管联动", "a coordination mechanism; its 工作专区 is a section of existing platforms"),
    ("互联网+督查", "a supervision mechanism (supported by 豫快办)"),
    ("互联网+基层治理", "a policy action (行动), not a construction programme"),
    ("数字适老助残", "an accessibility initiative"),
    ("关怀模式", "an app interface mode"),
    ("长辈模式", "an app interface mode"),
    ("一局一中心一集团", "an organisational mechanism"),
    ("一应用一数仓", "a data-storage principle"),
    ("应上尽上", "a cloud-migration principle"),
    ("统采共用", "a data-procurement principle"),
    ("一件事", "a service-bundling concept (一件事 and 零跑动 lists)"),
    ("零跑动", "a service-reform slogan"),
    ("全景画像", "an analytical concept (profile of supervised entities)"),
    ("平安河南", "a public-safety campaign"),
    ("智慧气象", "a sector initiative"),
    ("数字孪生大气", "a modelling concept, not a named system"),
    ("数字孪生城市", "a concept"),
    ("首席数据官", "a role (chief data officer system)"),
    ("数据银行", "a business model to be explored, not a system"),
    ("零报告", "a reporting rule"),
    ("全省一体化政务大数据体系", "a framework (体系) of many systems, not one system"),
    ("全省一体化政务云体系", "a framework (体系); the named unified cloud is 一朵云"),
    ("全省一体化数据目录体系", "a framework (体系) of catalogues"),
    ("数据资源池体系", "a framework (体系)"),
    ("智能化社会治安防控体系", "a framework (体系)"),
    ("一体化生态环境智能感知体系", "a framework (体系)"),
    ("碳排放智能监测和动态核算体系", "a framework (体系)"),
    ("智慧社区服务体系", "a framework (体系) of services"),
    (
        "政务云",
        (
            "generic term for government cloud (resource pools, nodes, services at every level); "
            "the plan's named unified cloud is 一朵云"
        ),
    ),
    ("政务云平台", "generic, including 省级政务云平台 and 市级政务云平台; see 政务云"),
    ("政务云资源池", "generic cloud resource pools"),
    ("行业云平台", "generic sector clouds to be merged into the government cloud"),
    ("信创云平台", "generic domestic-technology cloud platforms"),
    ("统一身份认证", "a generic shared component"),
    ("电子证照", "a generic shared component (electronic licences)"),
    ("电子印章", "a generic shared component"),
    ("共性支撑系统", "a category of shared components (统一身份认证, 电子证照, 消息中心 etc.)"),
    ("电子社保卡", "a credential (card), merged by 省居民一卡通智慧服务平台"),
    ("居民电子健康卡", "a credential (card)"),
    ("电子身份证", "a credential (card)"),
    ("数据仓库", "a generic storage component"),
    ("数据资源库", "generic data resource libraries"),
    (
        "市级政务服务平台",
        "generic city-level instances; the named platform is 省一体化政务服务平台",
    ),
    ("政府门户网站", "a generic channel (every government has one)"),
    ("政务APP", "a generic channel category"),
    ("政务新媒体", "a generic channel category (official social-media accounts)"),
    ("业务专网", "generic departmental private networks to be merged"),
    ("电子政务网络", "umbrella term for 电子政务外网 and 电子政务内网"),
    ("国家部委垂直管理业务系统", "a category of systems"),
    ("涉企服务平台", "a category; its named members 万人助万企 and 数字民经 are listed"),
    ("城市信息模型", "a technology/data model (CIM)"),
    ("建筑信息模型", "a technology (BIM)"),
    ("城市实景三维地图", "a per-city generic data product"),
    ("数据沙箱", "a technology"),
    ("云链融合网络", "an architecture feature of 河南链"),
    ("数据共享链", "an architecture feature of 河南链"),
    ("用户中心", "a module of 省一体化在线监管平台 (like its 数据中心 and 风险预警)"),
    ("省级中枢平台", "the provincial hub of “一朵云”综合管理平台, a part of that entry"),
    ("市级管理节点", "the city nodes of “一朵云”综合管理平台, a part of that entry"),
    ("冷数据存储和备份中心", "a physical facility (backup data centre), not a system"),
    ("同城双中心", "data-centre facilities of the government cloud"),
    ("区域容灾中心", "a disaster-recovery facility"),
)
