"""What the importer found, as data: a kind of finding plus its values, rendered in a language.

The importer's notes and problems (:class:`~dg_plan.importing.ImportNote`,
:class:`~dg_plan.importing.ImportProblem`) and the unit grammar's problems are made of
a :class:`FindingKind` and the values it names, as provenance notes are
(:mod:`dg_plan._notes`); all are messages of :mod:`dg_plan._messages`. The library's
English sentence (``str()``, exception messages) and the command line's Chinese one
are two renderings of the same data.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

# The marker (a message is translated when a finding is rendered), by the extracted name.
from dg_plan._i18n import N_ as _  # noqa: N811
from dg_plan._messages import MessageKind
from dg_plan._notes import NoteKind


class FindingKind(MessageKind):
    """What the importer found: the kind of an import note or problem.

    The values are stable names (``dg-plan import --json`` shows them as ``kind``);
    the comment of each member names the values a finding of that kind carries.
    """

    #: A finding with no structure: its message is the whole finding (so it needs no
    #: value: its last template is empty).
    TEXT = "text", ("{text}", "")
    # -- notes: how the file was read ------------------------------------------------
    #: The header row was found: ``columns`` (each column read, by its header's text).
    HEADER_ROW = "header_row", (_("this row is the header: {columns}"),)
    #: The header row is dg_plan's own export's: ``columns`` (those not read: derived,
    #: or the page), ``parts`` (the parts named by their numbers: no part's title).
    OWN_EXPORT = (
        "own_export",
        (
            _(
                "read as dg_plan's own export: its columns {columns} (derived, or the page) "
                "are not read; it holds no part's title: parts {parts} are named by number"
            ),
            _(
                "read as dg_plan's own export: its columns {columns} (derived, or the page) "
                "are not read"
            ),
        ),
    )
    #: A row, paragraph or line above the title read as the attachment label (附件4).
    ATTACHMENT_LABEL = "attachment_label", (_("attachment label"),)
    #: A row above the header read as the list's title.
    TITLE_ROW = "title_row", (_("this row is the list's title"),)
    #: A paragraph above the first table read as the list's title.
    TITLE_PARAGRAPH = "title_paragraph", (_("this paragraph is the list's title"),)
    #: A line before the first heading read as the list's title.
    TITLE_LINE = "title_line", (_("this line is the list's title"),)
    #: The document number printed after the title on its line (…实施意见(池政〔2017〕
    #: 101号)), dropped from the title: ``number``.
    TITLE_NUMBER_DROPPED = (
        "title_number_dropped",
        (_("the document number {number} after the title is no part of it"),),
    )
    #: A phrase of the covering notice read as the list's title, as no line prints one
    #: (现将《X》印发给你们): ``title``.
    TITLE_FROM_NOTICE = (
        "title_from_notice",
        (_("no title line: the title is the list the notice names, {title}"),),
    )
    #: No line reads as the list's title: ``title`` (the one given, the file's name).
    NO_TITLE = "no_title", (_("no title line: the list is called {title}"),)
    #: A paragraph above the title, not read.
    TEXT_ABOVE_TITLE = "text_above_title", (_("text above the title, not read"),)
    #: A line before the first heading that is neither title nor task.
    PREAMBLE = "preamble", (_("preamble text before the first heading, not a task"),)
    #: A table without a header row read as the continuation of the one before.
    TABLE_CONTINUES = (
        "table_continues",
        (_("a table without a header row continues the previous table"),),
    )
    #: A row read as a heading: ``level`` (1: a part, 2: a subsection; ``level_zh`` its
    #: Chinese numeral).
    HEADING_ROW = "heading_row", (_("this row is a heading of level {level}"),)
    #: A paragraph between tables read as a heading: ``level``.
    HEADING_PARAGRAPH = "heading_paragraph", (_("this paragraph is a heading of level {level}"),)
    #: A line read as a heading: ``level``.
    HEADING_LINE = "heading_line", (_("this line is a heading of level {level}"),)
    #: A line led by a dash (——加快建设健康武汉) after a task whose text is closed: a
    #: sub-heading between tasks, not the text of the task before it.
    DASH_HEADING = (
        "dash_heading",
        (_("a sub-heading led by a dash (——), between tasks: not a task's text"),),
    )
    #: A numbered item (3、…) whose sub-items (1), (2) … each end in their own
    #: attribution or labelled line: the sub-items are the tasks, the item's text their
    #: heading, kept here (no section: a list's sections are its 一、 and （一）).
    SUB_ITEM_HEADING = (
        "sub_item_heading",
        (_("heading of sub-items: its sub-items (1), (2) … are the tasks"),),
    )
    #: A table row that prints the header row again (a table printed over two pages
    #: repeats its header): not a task.
    HEADER_REPEATED = (
        "header_repeated",
        (_("the header row printed again inside the table: not a task"),),
    )
    #: A line printing two numbered items, each closed by its own attribution
    #: (（一）…（X负责）（二）…（Y牵头）): read as two tasks, the next one from ``label``.
    ITEMS_ON_ONE_LINE = (
        "items_on_one_line",
        (
            _(
                "the line prints two numbered items, each with its attribution: "
                "{label} begins a task"
            ),
        ),
    )
    #: A merged cell: ``cell`` (its range), and ``rows`` and/or ``columns`` it spans; or
    #: an empty cell read as merged with the one above: ``cell``, ``from``.
    CELL_MERGED = (
        "cell_merged",
        (
            _(
                "cell {cell} is empty: read as merged with {from} above (a merged cell "
                "exported empty below its first row)"
            ),
            _("cell {cell} merged over rows {rows} across columns {columns}"),
            _("cell {cell} merged over rows {rows}"),
            _("cell {cell} merged across columns {columns}"),
            _("cell {cell} merged"),
        ),
    )
    #: A worksheet without a header row, skipped.
    SHEET_SKIPPED = "sheet_skipped", (_("no header row: sheet skipped"),)
    #: Task numbers missing, repeated or out of order: the tasks are numbered in document
    #: order.
    RENUMBERED_IN_ORDER = (
        "renumbered_in_order",
        (
            _(
                "task numbers are missing, repeated or out of order: tasks are numbered in "
                "document order"
            ),
        ),
    )
    #: A list numbered without fault, one of whose tasks a reviewer's decision split: the
    #: tasks are numbered in document order. ``index`` (the decision), ``printed`` (the
    #: number the list prints), ``numbers`` (the parts' numbers now).
    RENUMBERED_AFTER_SPLIT = (
        "renumbered_after_split",
        (
            _(
                "split by decision {index}: tasks are numbered in document order (task "
                "{printed} as printed is now tasks {numbers})"
            ),
        ),
        {"lists": ("numbers",)},
    )
    #: Task numbers that start again under each heading (一、 1. 2. 二、 1.): the tasks are
    #: numbered in document order, each keeping its printed number.
    NUMBERED_BY_SECTION = (
        "numbered_by_section",
        (
            _(
                "task numbers start again under each heading: tasks are numbered in "
                "document order, each keeping its printed number"
            ),
        ),
    )
    #: A column under a header the vocabulary does not know, more than half of whose
    #: body cells read as deadlines, read as the deadline column: ``column`` (its
    #: header), ``cells`` and ``of`` (how many of its cells read so, of how many).
    DEADLINE_COLUMN_BY_CELLS = (
        "deadline_column_by_cells",
        (
            _(
                "column {column} is read as the deadline column: {cells} of its {of} cells "
                "are deadlines"
            ),
        ),
    )
    #: No deadline column: every task's deadline is unspecified.
    NO_DEADLINE_COLUMN = "no_deadline_column", (_("no deadline column: every task is UNSPECIFIED"),)
    #: A deadline read in another form: ``read`` (the deadline as dg_plan writes it).
    DEADLINE_READ_AS = (
        "deadline_read_as",
        (
            # Printed in another form (2025年第三季度): kept as printed, its ``day``
            # (and ``day_zh``) beside it.
            _("deadline kept as printed, {printed!r} ({day})"),
            _("deadline read as {read}"),
        ),
    )
    #: An elided prefix restored on a unit name: ``prefix``, ``from``, ``to``.
    PREFIX_RESTORED = "prefix_restored", NoteKind.PREFIX_RESTORED.templates
    #: A unit suffix printed once for several names, restored on a name that printed
    #: none (人民大垸、荒湖管理区): ``suffix``, ``from``, ``to``.
    SUFFIX_SHARED = "suffix_shared", NoteKind.SUFFIX_SHARED.templates
    #: A label or role word printed in traditional characters, read as its simplified
    #: form: ``printed``, ``read``.
    READ_AS_SIMPLIFIED = "read_as_simplified", NoteKind.READ_AS_SIMPLIFIED.templates
    #: The units no registry knows, each made a unit of its own, said once for the
    #: import: ``count``, ``names`` (by kind: 市发改委、市财政局 (unclassified)).
    NEW_UNIT = (
        "new_unit",
        (
            _(
                "units not in the registry (the plan in force: the shipped plan, or --plan's), "
                "each read as a unit of its own: {count}: {names}"
            ),
        ),
    )
    #: A unit printed with a name the registry knows as another unit's alias or full
    #: name: it keeps the printed name, linked to the registry's unit: ``printed``,
    #: ``registry`` (the registry unit's name).
    LINKED_TO_REGISTRY = (
        "linked_to_registry",
        (_("{printed} is kept as printed: the registry's {registry} answers to that name"),),
    )
    #: A unit name printed with ASCII punctuation (各县(市、区)政府), written in the
    #: print's full-width form (各县（市、区）政府), as every unit name is: ``printed``,
    #: ``name``.
    NAME_IN_FULL_WIDTH = (
        "name_in_full_width",
        (
            _(
                "{printed} is printed with ASCII punctuation: the unit is named {name}, "
                "in full width"
            ),
        ),
    )
    #: A task printed as label/value pairs (a task card: 重点工作： / 牵头单位： rows, or
    #: labels alone on their lines): its text read after ``label``.
    RECORD_LABEL = (
        "record_label",
        (_("a task card: the text after the label {label} begins a task"),),
    )
    #: A label of a task card that labels no text, unit or deadline (年度阶段性工作目标,
    #: 进展情况): ``label``; its value is not read.
    RECORD_LABEL_NOT_READ = (
        "record_label_not_read",
        (_("the label {label} names no task text, unit or deadline: its value is not read"),),
    )
    #: A leader's post printed where a unit would stand (分管副省长、协管副秘书长负责):
    #: people, not a unit of the task: ``name``, ``number``.
    POST_NAMED = (
        "post_named",
        (_("task {number}: {name} is a leader's post, not a unit: not read as one"),),
    )
    #: A line or column naming people (牵头负责领导：金力), not units: ``label``, ``names``.
    PEOPLE_NAMED = "people_named", (_("{label} names people, not units: {names}"),)
    #: A standing note (以下…不再单独列出, 下同): its units answer for this task and every
    #: later one: ``units``.
    STANDING_NOTE = (
        "standing_note",
        (_("standing note: {units} added to this task and every later one"),),
    )
    #: A document's stated lead rule (列第一位的责任单位为牵头单位): ``rule`` (as
    #: printed). It applies to every task after it.
    STATED_LEAD_RULE = (
        "stated_lead_rule",
        (_("the document states its lead rule ({rule}): the first unit of each later task leads"),),
    )
    #: A task whose first unit leads by the document's stated rule: ``number``, ``name``.
    LEAD_BY_STATED_RULE = (
        "lead_by_stated_rule",
        (_("task {number}: {name} leads, as the first unit named (the document's stated rule)"),),
    )
    #: Tasks before the first heading, made a part of their own.
    UNHEADED_TASKS = (
        "unheaded_tasks",
        (_("tasks before the first heading form a part of their own"),),
    )
    #: A reviewer's decision applied (see ``read``'s *decisions*): ``index`` (1-based, in the
    #: file), ``action`` (what it did), ``reason`` (the reviewer's).
    DECISION_APPLIED = (
        "decision_applied",
        (
            # A skip says what it skipped: its first characters (``skipped``), and the
            # ``line`` or ``row`` that printed it.
            _("decision {index} applied ({action}: {skipped!r}, line {line}): {reason}"),
            _("decision {index} applied ({action}: {skipped!r}, row {row}): {reason}"),
            _("decision {index} applied ({action}): {reason}"),
        ),
        {"translated": ("action",)},
    )
    # -- problems: what could not be read ------------------------------------------
    #: More text above the header than a title and an attachment label.
    TEXT_ABOVE_HEADER = "text_above_header", (_("text above the header, not read"),)
    #: No header row in the table: ``words`` (the task column's names); ``headers``
    #: (the likeliest header row's cells, each with the role it reads as, or its
    #: closest known header) and ``roles`` (those a header can be mapped to).
    NO_HEADER_ROW = (
        "no_header_row",
        (
            _(
                "no header row: expected a column named one of {words}; the headers seen "
                "are {headers}; map a header to its role with --column ROLE=HEADER "
                "(read(columns=...)), ROLE one of {roles}"
            ),
            _("no header row: expected a column named one of {words}"),
        ),
    )
    #: A row with one cell across the table that is not a heading.
    ROW_ACROSS_TABLE = "row_across_table", (_("a row across the table that is not a heading"),)
    #: A cell of a column left of the task column, merged over rows or repeated down
    #: them, read as a section's title: ``cell`` (its range), ``rows``, ``level``.
    SECTION_CELL = (
        "section_cell",
        (_("{cell} read as the title of a section (level {level}) over rows {rows}"),),
    )
    #: A column left of the task column that is no known column, whose cells are
    #: neither merged nor repeated, so not read as section titles either: ``column`` (its
    #: header, or its letter), ``cells`` (its range).
    SECTION_COLUMN_NOT_READ = (
        "section_column_not_read",
        (
            _(
                "column {column} ({cells}) is not read: it is none of the columns read "
                "(number, text, deadline, units), and its cells, neither merged nor "
                "repeated down the rows, are no section titles"
            ),
        ),
    )
    #: A third column that could be section titles (its cells merged or repeated):
    #: ``column``, ``cells``; it is none of the columns read, and only two levels are.
    SECTION_COLUMN_TOO_DEEP = (
        "section_column_too_deep",
        (
            _(
                "column {column} ({cells}) is not read: it is none of the columns read "
                "(number, text, deadline, units), and only two columns of section titles are"
            ),
        ),
    )
    #: A column whose header names units (承办单位, 责任主体, 评分部门) but no role the
    #: vocabulary knows, not read, filled in the task's row: ``number``, ``column``.
    UNIT_COLUMN_NOT_READ = (
        "unit_column_not_read",
        (
            _(
                "task {number}: column {column} is not read, yet it may name the task's units "
                "(`--column units={column}` reads it, `--column ignore={column}` says it does not)"
            ),
        ),
    )
    #: A row printed on one line, its cells separated by spaces, not split for sure:
    #: read whole as the task's text. ``number``.
    ROW_NOT_SPLIT = (
        "row_not_split",
        (
            _(
                "task {number}: its row, printed on one line, could not be split into cells "
                "for sure: read whole as its text"
            ),
        ),
    )
    #: A row without task text.
    ROW_WITHOUT_TEXT = "row_without_text", (_("a row with no task text, not read"),)
    #: The worksheet asked for does not exist: ``sheet``, ``sheets`` (those that do).
    NO_SUCH_SHEET = "no_such_sheet", (_("no sheet named {sheet!r}; the sheets are {sheets}"),)
    #: A column under an empty header cell, right of the text column, that no reading
    #: takes, filled in the task's row: ``number``, ``column`` (its letter).
    COLUMN_UNHEADED = (
        "column_unheaded",
        (_("task {number}: column {column}, under no header, is not read, yet this row fills it"),),
    )
    #: No worksheet has a header row: ``words`` (the task column's names).
    NO_SHEET_WITH_HEADER = (
        "no_sheet_with_header",
        (
            _(
                "no sheet has a header row naming one of {words}; the first sheet's headers "
                "are {headers}; map a header to its role with --column ROLE=HEADER "
                "(read(columns=...)), ROLE one of {roles}"
            ),
            _("no sheet has a header row naming one of {words}"),
        ),
    )
    #: A header the user mapped to a role (``--column``) that no header row holds:
    #: ``header``, ``role``.
    COLUMN_NOT_FOUND = (
        "column_not_found",
        (_("no header row holds the header {header} mapped to {role}"),),
    )
    #: A column whose header reads as a purpose (主要任务: the text) the user chose another
    #: column for (``--column text=全年目标任务``): not read. ``header``, ``chosen``,
    #: ``role`` (as mapped).
    COLUMN_PASSED_OVER = (
        "column_passed_over",
        (_("column {header} is not read: column {chosen} is mapped to {role}"),),
    )
    #: A header mapping that is malformed (``given``: ROLE=HEADER as given): naming no
    #: role (``role`` as given, ``roles`` the roles), or no header.
    COLUMN_MAPPING_MALFORMED = (
        "column_mapping_malformed",
        (
            _("{given!r}: {role!r} is no column role: ROLE one of {roles}"),
            _("a column mapping is ROLE=HEADER: {given!r} names no header"),
        ),
    )
    #: A paragraph between tables that is not a heading.
    PARAGRAPH_OUTSIDE_TABLE = (
        "paragraph_outside_table",
        (_("a paragraph outside the table, not read"),),
    )
    #: A labelled line (牵头单位：…) before any task.
    LABELLED_LINE_BEFORE_TASK = "labelled_line_before_task", (_("a labelled line before any task"),)
    #: A second deadline line for one task.
    SECOND_DEADLINE_LINE = "second_deadline_line", (_("a second deadline line for the task"),)
    #: A task without text: ``number``.
    TASK_WITHOUT_TEXT = "task_without_text", (_("task {number} has no text"),)
    #: A deadline that could not be read: ``number``, ``printed`` (said as the screen
    #: and the review workbook both say it; a finding of old, with no values, keeps its
    #: bare form).
    NOT_A_DEADLINE = (
        "not_a_deadline",
        (
            _("task {number}: deadline {printed!r} could not be read, please check"),
            _("not a deadline"),
        ),
    )
    #: A task whose deadline cell is blank, in a list whose other tasks print one:
    #: ``number``. Its deadline is left unspecified (未注明), not taken from a row above.
    #: With ``phrase``, the date its text prints (2024年底前), not read as its deadline.
    NO_DEADLINE = (
        "no_deadline",
        (_("task {number} prints no deadline: left unspecified, not taken from the row above"),),
    )
    #: A task whose deadline cell is blank, in a list whose other tasks print one, and
    #: whose text prints a date (2024年底前), not read as its deadline: ``number``,
    #: ``phrase``. A problem: it asks the reader to check (it used to be a note).
    DEADLINE_IN_TEXT = (
        "deadline_in_text",
        (_("task {number}: no deadline read (its text holds {phrase!r}), please check"),),
    )
    #: An empty item in a unit cell (两个顿号相连): ``cell``.
    EMPTY_UNIT_ITEM = "empty_unit_item", (_("an empty item in the unit list {cell!r}"),)
    #: An item of a unit cell that names no unit (punctuation alone): ``item``, ``cell``.
    NOT_A_UNIT_NAME = "not_a_unit_name", (_("not a unit name: {item!r} in {cell!r}"),)
    #: A name where a unit stands that is a deadline's form (长期, 年内, 2025年底前): not
    #: read as a unit. ``number``, ``name``.
    DEADLINE_AS_UNIT = (
        "deadline_as_unit",
        (_("task {number}: {name!r} reads as a deadline, not a unit: not read as a unit"),),
    )
    #: A unit printed twice in one cell: ``name``, ``cell``.
    UNIT_PRINTED_TWICE = "unit_printed_twice", (_("{name!r} is printed twice in {cell!r}"),)
    #: A unit named twice for one task (in two unit columns): ``name``.
    UNIT_NAMED_TWICE = "unit_named_twice", (_("{name} is named twice for the task"),)
    #: A unit that a task's column (or line) of all its units names and its lead column
    #: names too (责任单位 区发改局、… beside 牵头单位 区发改局): the lead, once: ``name``.
    LEAD_AMONG_UNITS = (
        "lead_among_units",
        (_("{name} is named among the task's units and as its lead: read as the lead, once"),),
    )
    #: A task that names no unit: ``number``; with ``form``, the role word its text
    #: holds (…负责，…), an attribution not read (one problem, not two).
    NO_UNIT = (
        "no_unit",
        (
            _("task {number} names no unit, yet its text holds {form!r}: an attribution not read?"),
            _("task {number} names no responsible unit"),
        ),
    )
    #: A heading's declared count (（共N项）) that its tasks do not match:
    #: ``declared``, ``count``.
    DECLARED_COUNT = (
        "declared_count",
        (_("the heading declares {declared} tasks but {count} follow it"),),
    )
    #: Text after a measure's attribution that reads as a deadline (…（X牵头）2025年6月底
    #: 前完成), read as the measure's: ``number``, ``printed``.
    DEADLINE_AFTER_ATTRIBUTION = (
        "deadline_after_attribution",
        (_("task {number}: {printed!r}, printed after its attribution, is read as its deadline"),),
    )
    #: A standing note whose units could not be read: ``number``.
    STANDING_NOTE_UNREAD = (
        "standing_note_unread",
        (_("task {number}: a standing note whose units could not be read"),),
    )
    #: A task's text that still holds a bracketed attribution before the one read (several
    #: measures in one paragraph, each with its own units): ``number``, ``attribution``.
    ATTRIBUTION_IN_TEXT = (
        "attribution_in_text",
        (
            _(
                "task {number}: its text holds another attribution, （{attribution}）: "
                "several tasks in one paragraph?"
            ),
        ),
    )
    #: The file holds no task: ``candidates`` (a list, optional: the lines that could
    #: have been tasks, each with why it was not taken; ``heading_line``, optional: the
    #: first of them read as a heading); else ``first_lines`` (a list,
    #: optional: a text file's first lines, each with why it is no task); else ``why``
    #: (optional: the file holds no text, or a table no row below its header).
    NO_TASK = (
        "no_task",
        (
            # With ``heading_line`` (the candidate a decision would most likely read:
            # one holding role words, else one read as a heading): the decision that
            # reads it as a task, and the workbook that lists the lines.
            _(
                "no task found; lines that could have been tasks: {candidates}. A decision "
                "reads a line as a task, with its units: `line = {heading_line}`, "
                '`responsible = ["…"]`, `reason = "…"` (--decisions FILE); --review FILE '
                "writes these lines to a workbook"
            ),
            _("no task found; lines that could have been tasks: {candidates}"),
            _(
                "no task found: no line is numbered as a task (1.) or ends in an attribution "
                "(（…牵头）); the first lines: {first_lines}. To try: a table flattened one "
                "cell a line reads once saved as a table (.csv, .xlsx; --column ROLE=HEADER "
                "maps a header it does not know); paragraphs read as tasks once numbered (1.)"
            ),
            _("no task found: {why}"),
            _("no task found"),
        ),
        {"lists": ("candidates", "first_lines"), "translated": ("why",)},
    )
    #: A unit name that reads like task text (doubts.py): ``number``, ``name``,
    #: ``reason``.
    DOUBTFUL_UNIT = (
        "doubtful_unit",
        (_("task {number}: {name!r} may be no unit name: {reason}"),),
        {"translated": ("reason",)},
    )
    #: An elided prefix restored onto a name that may be no bare department name (it
    #: holds a bracket, or is longer than one): ``prefix``, ``from``, ``to``, ``cell``.
    PREFIX_DOUBTFUL = (
        "prefix_doubtful",
        (_("{prefix} restored onto {from!r} as {to!r}: it may be no bare department name"),),
    )
    #: A unit suffix shared onto a name whose place may differ in form from the one that
    #: prints it (人民大垸、荒湖管理区: is 人民大垸 a unit of its own?): ``suffix``,
    #: ``from``, ``to``, ``cell``.
    SUFFIX_DOUBTFUL = (
        "suffix_doubtful",
        (_("{suffix} shared onto {from!r} as {to!r}: {from!r} may name a unit of its own"),),
    )
    #: A task printing no unit, under a heading that names its lead (X牵头工作, X牵头的
    #: 工作): ``number``, ``units`` (as the heading prints them); with ``support``, the
    #: support units the task prints (协同单位：…), its only ones.
    LEAD_FROM_HEADING = (
        "lead_from_heading",
        (
            _(
                "task {number} prints only support units ({support}): {units} leads it, as "
                "its heading names"
            ),
            _("task {number} prints no unit: {units} leads it, as its heading names"),
        ),
    )
    #: Support units a covering notice's rule adds to a task: ``number``, ``units``, ``sentence``.
    SUPPORT_FROM_NOTICE = (
        "support_from_notice",
        (
            _(
                "task {number}: the covering notice's sentence {sentence!r} adds support "
                "units the task does not print: is the rule meant for it? (a decision on "
                "the support units settles it)"
            ),
        ),
    )
    #: A name marked in a cell of all the task's units (★区发改委、统计局) read as its
    #: lead, as lists mark it: ``number``, ``name``, ``cell``.
    LEAD_BY_MARK = (
        "lead_by_mark",
        (_("task {number}: {name} leads, as the mark on it in {cell!r} is read"),),
    )
    #: A unit column whose header notes its leads are in bold (责任单位 (加黑为牵头单位)),
    #: which the file does not carry: ``number``, ``column`` (bare), ``note``.
    LEAD_MARK_NOT_CARRIED = (
        "lead_mark_not_carried",
        (
            _(
                "task {number}: column {column} notes {note!r}, a typeface this file does "
                "not carry: no unit of the column is read as the lead"
            ),
        ),
    )
    #: A unit cell left empty in a row of a group, beside the row's own units, read as
    #: merged with the cell above (a table saved to CSV): ``number``, ``column``,
    #: ``from``.
    CELL_CARRIED_DOWN = (
        "cell_carried_down",
        (
            _(
                "task {number}: its {column} cell is empty, read as merged with {from} "
                "above (a merged cell saved empty below its first row?): a guess, as a "
                "row under that cell prints units of its own"
            ),
        ),
    )
    #: A reviewer's decision naming a task by its number alone (``task = 2``), where the
    #: task of that number prints another number (a measure split off its item, a list
    #: numbered in document order): the number may have been written for another
    #: reading of the list. ``index``, ``number``, ``named`` (the decision's number),
    #: ``printed``, ``starts`` (the task's first characters). Never settled by a decision.
    DECISION_NUMBER_MOVED = (
        "decision_number_moved",
        (
            _(
                "task {number}: decision {index} names it by its number alone (task = "
                "{named}), and it prints the number {printed} ({starts!r}…): the tasks are "
                "numbered in document order, so a number written for an earlier reading may "
                "now name another task; add starts = its first characters to name it for sure"
            ),
        ),
    )
    #: A table row with two text columns filled, the choice of the task's not settled by
    #: the header words: ``number``, ``chosen`` and ``other`` (the two headers).
    TEXT_COLUMN_DOUBTFUL = (
        "text_column_doubtful",
        (
            _(
                "task {number}: its text is read from column {chosen}, yet column {other} "
                "holds text too (`--column text={other}` reads that one)"
            ),
        ),
    )
    #: A table row whose text column is empty while another text column is filled:
    #: ``number``, ``chosen`` (the empty one) and ``other`` (the one read).
    TEXT_FROM_OTHER_COLUMN = (
        "text_from_other_column",
        (
            _(
                "task {number}: column {chosen} is empty in this row: its text is read "
                "from column {other}"
            ),
        ),
    )
    #: A role word read with a doubt (主办, read as 牵头): ``number``, ``word``, ``role``
    #: (the role it is read as, in the print's word).
    DOUBTFUL_ROLE_WORD = (
        "doubtful_role_word",
        (
            _(
                "task {number}: {word!r} is read as {role!r}: is it the lead, "
                "or the responsible unit?"
            ),
        ),
    )
    #: A heading that holds a full stop inside it, or an attribution form: ``form``
    #: (the form, optional); or that ends as a sentence does: ``ends`` (its 。).
    DOUBTFUL_HEADING = (
        "doubtful_heading",
        (
            _("a heading that holds {form!r}: a task whose attribution was not read?"),
            _(
                "a heading that ends in {ends!r}: a sentence, or a task printing no unit, "
                "read as a heading?"
            ),
            _("a heading that holds a full stop: a task whose attribution was not read?"),
        ),
    )
    #: A line that became no task yet holds an attribution form: ``form``.
    ATTRIBUTION_NOT_READ = (
        "attribution_not_read",
        (_("a line read as no task holds {form!r}: an attribution not read?"),),
    )
    #: A task whose text holds a label after one of its sentences (…。牵头责任领导:…),
    #: a labelled line not read: ``number``, ``label``.
    LABEL_IN_TEXT = (
        "label_in_text",
        (
            _(
                "task {number}: its text holds the label {label!r} after a sentence: a "
                "labelled line not read, joined into the text?"
            ),
        ),
    )
    #: A task with no unit whose text holds an attribution form: ``number``, ``form``.
    #: No longer written: a no_unit problem names the form (one problem per cause).
    ROLE_WORD_IN_TEXT = (
        "role_word_in_text",
        (_("task {number} names no unit, yet its text holds {form!r}: an attribution not read?"),),
    )
    #: A title that may be only part of the list's title (a title line that begins
    #: with a conjunction, 和市政府…): ``title``, ``word`` (the conjunction), ``line``;
    #: or a title taken by the last-resort rule (the first line before the tasks that is
    #: no sentence, as no line ends as a title does and no notice names the list):
    #: ``title``, ``line`` (its line number); or the list's name a notice gives, its
    #: title line running on after it (…落实方案综合目标分解): ``title``, ``rest``, ``line``;
    #: or a title line naming only the kind of list (分工方案) under a notice naming the
    #: list in full: ``title``, ``named``, ``line``; or a title line opening with its
    #: issuers before 关于 (济宁市人民政府 关于…): ``title``, ``issuers``, ``line``.
    DOUBTFUL_TITLE = (
        "doubtful_title",
        (
            _(
                "the title {title!r} is the list a notice forwards ({by}转发…关于…的通知), "
                "read as a notice issuing it would be: the list's own title? (a decision "
                "on the title settles it)"
            ),
            _(
                "the title {title!r} begins with {word!r}: the second half of a title "
                "printed over two lines, its first half not found?"
            ),
            _(
                "the title {title!r} is the list's name the notice gives: line {line} runs "
                "on after it, {rest!r} (the first heading, printed on the title's line?)"
            ),
            _(
                "the title {title!r} names only the kind of list (line {line}); the notice "
                "above names the list {named!r}: its full title? (a `title` decision "
                "settles it)"
            ),
            _(
                "the title {title!r} opens with its issuers {issuers!r}, printed before 关于 "
                "on line {line}: the title without them? (a `title` decision settles it)"
            ),
            _(
                "the title {title!r} is inferred from line {line}, the first line before "
                "the tasks that is no sentence (no line ends as a title does and no notice "
                "names the list); if it is wrong, correct it with a `title` decision in the "
                'decisions file (`title = ""` if the list prints none)'
            ),
        ),
    )
    #: A numbered item read as one task with its sub-items (1), (2) …, printed under one
    #: attribution after the last of them or on the item's line: ``number``, ``count``.
    SUB_ITEMS_SHARE_ATTRIBUTION = (
        "sub_items_share_attribution",
        (
            _(
                "task {number}: its {count} sub-items (1), (2) … share one attribution and "
                "are read as one task with their item: are they tasks of their own?"
            ),
        ),
    )
    #: A line continuing a task's text that is only unit names (市商务局、市发改委), left
    #: in the text: ``number``, ``names``.
    UNITS_IN_TEXT = (
        "units_in_text",
        (
            _(
                "task {number}: its text holds a line of unit names alone, {names}: "
                "units not read (a table flattened into lines?)"
            ),
        ),
    )
    #: A task's text beginning with its numbered line, a short sentence of its own, with
    #: more text from the lines after it (1.主要指标的责任部门。 over targets run on, each
    #: closed by its bracket): the line may be a heading over the task: ``number``,
    #: ``line``.
    HEADING_IN_TEXT = (
        "heading_in_text",
        (
            _(
                "task {number}: its text begins with its item's line {line!r}, a sentence "
                "of its own, joined to the lines after it: a heading over the task?"
            ),
        ),
    )
    #: Unit names printed one a line under a task's text (a table flattened one cell a
    #: line), read as its units by the cell's grammar: their columns (roles) are not
    #: shown: ``number``, ``names``.
    NAMES_UNDER_TEXT = (
        "names_under_text",
        (
            _(
                "task {number}: its units are the names printed one a line under its text, "
                "{names} (a table flattened into lines?): which column each stood in, and "
                "so its role, is not shown"
            ),
        ),
    )
    #: A line of a duty list (商委：协调…) read into a task's text, no lead-in colon
    #: before it: ``number``, ``line``.
    #: A line after a task's unit label whose label the importer does not know
    #: (人:三市州发展改革部门主要负责同志): not read into the task, and doubted: ``number``,
    #: ``label``.
    LABEL_NOT_READ = (
        "label_not_read",
        (
            _(
                "task {number}: the line labelled {label} after its units names no text, "
                "unit or deadline the importer knows: not read"
            ),
        ),
    )
    DUTY_LINE_IN_TEXT = (
        "duty_line_in_text",
        (
            _(
                "task {number}: its text holds a line naming a unit and its duty, {line}: "
                "a task of its own? (its unit is not read)"
            ),
        ),
    )
    #: A format that cannot be read (.doc, .wps): ``file``, ``format``.
    FORMAT_NOT_READ = (
        "format_not_read",
        (
            _(
                "{file} is {format}, which cannot be read: convert it first, "
                "e.g. `soffice --headless --convert-to docx {file}`"
            ),
        ),
        {"translated": ("format",)},
    )
    #: A PDF, which cannot be read: ``file``.
    PDF_NOT_READ = (
        "pdf_not_read",
        (
            _(
                "{file} is a PDF, which cannot be read: convert it first, "
                "e.g. `soffice --headless --convert-to docx {file}` "
                "(or copy its table into a .xlsx / .docx)"
            ),
        ),
    )
    #: An .xlsx file that is no workbook: ``error`` (the reader's own words).
    NOT_A_WORKBOOK = "not_a_workbook", (_("cannot be read as an xlsx workbook: {error}"),)
    #: A .docx file that is no document: ``error`` (the reader's own words).
    NOT_A_DOCUMENT = "not_a_document", (_("cannot be read as a docx document: {error}"),)
    #: Text that is not in the encoding asked for: ``encoding``, ``reason`` (the
    #: codec's own words).
    NOT_TEXT = "not_text", (_("not {encoding} text: {reason}"),)
    #: Text that is not UTF-8 but reads as GB18030 (which GBK and GB2312 are part of):
    #: what Excel and WPS on a Chinese Windows save a CSV as.
    READ_AS_GB18030 = (
        "read_as_gb18030",
        (_("not UTF-8 text: read as GB18030 (GBK), as Excel and WPS save a CSV in Chinese"),),
    )
    # -- a reviewer's decisions file (.decisions): raised, never kept -------------
    #: A decisions file that is not TOML: ``error`` (the parser's own words).
    DECISIONS_NOT_TOML = "decisions_not_toml", (_("not a TOML file of decisions: {error}"),)
    #: A key of a decisions file with a value it cannot take: ``key``, ``expected``, and
    #: ``index`` (the decision's, 1-based) and ``value`` when there is one. A key no
    #: decision takes is ``unknown`` (with ``keys``, the keys there are); a decision that
    #: names none of what it needs says what it ``lacks``; one naming no change at all
    #: lists the keys of a change (``changes``); one naming several actions names them
    #: (``actions``); one naming a key its action excludes names it (``extra``).
    DECISION_MALFORMED = (
        "decision_malformed",
        (
            _("decision {index}: {unknown} is no key a decision takes (the keys: {keys})"),
            _("decision {index} names no change: it should name at least one of {changes}"),
            _("decision {index} does not say {lacks}: it should name {expected}"),
            _("decision {index} names several actions ({actions}): it should name {expected}"),
            _("decision {index} names {extra}, which it cannot: it should name {expected}"),
            _("decision {index}: {key} = {value}: expected {expected}"),
            _("{key} = {value}: expected {expected}"),
            _("decision {index}: {key} is missing: expected {expected}"),
            _("{key}: expected {expected}"),
        ),
        {"translated": ("expected", "lacks"), "lists": ("keys", "changes", "actions", "extra")},
    )
    #: A decision that matches no task (or line, row): ``index``, ``wanted`` (its keys),
    #: and ``source`` (the name of the file imported) when known.
    DECISION_MATCHES_NOTHING = (
        "decision_matches_nothing",
        (
            _("decision {index} matches nothing in {source}: {wanted}"),
            _("decision {index} matches nothing: {wanted}"),
        ),
    )
    #: A decision that matches several tasks: ``index``, ``count``, ``wanted``.
    DECISION_MATCHES_MANY = (
        "decision_matches_many",
        (_("decision {index} matches {count} tasks: {wanted}; name one (task, printed, starts)"),),
    )
    #: A decision that matches several sections: ``index``, ``count``, ``wanted``.
    DECISION_MATCHES_SECTIONS = (
        "decision_matches_sections",
        (_("decision {index} matches {count} sections: {wanted}; name one by its label or title"),),
    )
    #: A split whose text is not inside the task's text: ``index``, ``split``, ``wanted``.
    DECISION_SPLIT_NOT_FOUND = (
        "decision_split_not_found",
        (_("decision {index}: {split!r} is not inside the text of the task it names ({wanted})"),),
    )
    #: A join of the last task: ``index``, ``wanted``.
    DECISION_NOTHING_TO_JOIN = (
        "decision_nothing_to_join",
        (_("decision {index}: the task it names ({wanted}) is the last: nothing to join"),),
    )
    #: A file name with a suffix that is not read: ``suffix``.
    UNKNOWN_SUFFIX = (
        "unknown_suffix",
        (_("unknown suffix {suffix!r}: expected .xlsx, .docx, .csv, .txt or .md"),),
    )
    #: A file name without a suffix.
    NO_SUFFIX = (
        "no_suffix",
        (_("unknown suffix '(none)': expected .xlsx, .docx, .csv, .txt or .md"),),
    )
