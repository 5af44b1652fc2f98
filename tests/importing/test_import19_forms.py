"""The importer's leftovers issue 20 named after the imp18 trial, each read or flagged.

Expected values are read off the printed lines (the analyst's 滕州 list, /work/notes/imp18.md;
the corpus documents named by each test) or stated by the rule in docs/importing.md,
never copied from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing


def test_the_lists_own_title_printed_below_its_notice_is_the_title():
    # The 滕州 notice (滕政办发〔2023〕30号), reduced: the notice issues 《…2023年重点任务》,
    # then its number, addressee, body, signature and date; line 7 prints the list's own
    # title, …2023年重点工作任务, above its preamble. The list's title is line 7's.
    text = (
        "滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展"
        "2023年重点任务》的通知\n"
        "滕政办发〔2023〕30号\n"
        "各镇人民政府、街道办事处,市政府各部门:\n"
        "《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》已经市政府同意,"
        "现印发给你们,请认真贯彻落实。\n"
        "滕州市人民政府办公室\n"
        "2023年8月15日\n"
        "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n"
        "为深入贯彻党的二十大精神,制定2023年重点工作任务如下:\n"
        "一、深入实施创新驱动发展战略\n"
        "1.完善实验室体系。建设枣庄市级重点实验室8个。(责任单位:市科技局)\n"
    )
    result = importing.read_text(text)
    own = "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务"  # line 7 as printed
    assert result.plan.metadata.title == own
    kinds = {n.kind.value for n in result.notes}
    assert "title_from_notice" not in kinds  # line 7 is a title line, not the notice's name
    assert "title_line" in kinds


def test_the_lists_title_over_two_lines_below_its_notice_stays_whole():
    # trial4/10-baoshan-shishi's form: the notice issues the list, whose own title is
    # printed below over two lines (2022年区政府要完成的与人民生活 / 密切相关的实事): the
    # first line alone is no title.
    text = (
        "关于印发2022年区政府要完成的与人民生活密切相关的实事的通知\n"
        "各街道办事处:\n"
        "现将2022年区政府要完成的与人民生活密切相关的实事印发给你们,请认真贯彻执行。\n"
        "2022年区政府要完成的与人民生活\n"
        "密切相关的实事\n"
        "1.新增养老床位500张。(区民政局牵头)\n"
    )
    result = importing.read_text(text)
    assert result.plan.metadata.title == "2022年区政府要完成的与人民生活密切相关的实事"
