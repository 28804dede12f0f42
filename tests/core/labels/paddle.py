"""Hand labels: PaddlePaddle community meetings (PaddlePaddle/community, in Chinese).

Read by a person who reads Chinese, file by file; see ``schema`` for the rules. Calls
common to the files:

* Attendance is only a head count ("本次会议共有22名成员参会"), followed by who chaired
  ("由本次轮值主席张军（jzhang533）主持"); agendas name "本次会议主席：" (chair) and
  "本次会议副主席：空缺" (vice-chair: vacant). A chair named as chair is not an attendee
  entry (schema), so attendees are ``()`` everywhere.
* start/timezone: "(GMT+08:00) 中国标准时间 - 北京" states the zone (Asia/Shanghai); a
  time with no zone ("会议时间：2022-4-14 19：00 - 20：10") is not labelled, since the
  zone is not stated (every reader here would assume Beijing time, but the note does
  not say it). The first time of a range is the start.
* Topics: the items of "会议议程" (agenda), or the "###" sub-headings of
  "会议分享与讨论" (sharing and discussion) / "会议纪要" (minutes) in the minutes.
  "下次会议安排" (next meeting arrangements), "TODO" and "期待下次再相聚" are not
  topics. Time boxes are in full-width or ASCII parentheses: "（5 mins）", "(25 min)";
  a range "（10-15min）" / "（10 ～ 15min）" gives its upper bound, the time reserved.
* Fragments of Chinese text are shorter in characters than ten (a CJK character is as
  wide as two Latin letters; the guard counts display width).
"""

from __future__ import annotations

from tests.core.labels.schema import ANY, Action, NoteLabel, Topic
from tests.core.labels.shorthand import untimed

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "paddle/2022-04-14-meeting-minutes.md",
        attendees=(),
        date="2022-04-14",
        start=ANY,
        timezone=ANY,
        agenda=untimed(
            (11, "宣布Paddle Frawework Contributor Club成立"),
            (15, "每人一句话的自我介绍"),
            (19, "飞桨框架近期开源贡献进展"),
            (22, "飞桨框架贡献者的议题分享"),
            (32, "自由发言和讨论"),
        ),
        actions=(),
        why=(
            "'会议时间：2022-4-14 19：00 - 20：10': unpadded date, full-width colons in "
            "the times, no zone, so start/timezone are not labelled. 22 unnamed attendees; "
            "the chair 张军（jzhang533）is named as chair only. Topics are the '###' "
            "headings of '## 会议分享与讨论' except '### 下次会议安排' (next meeting: "
            "time and next chairs, logistics). The four contributors' talks under topic 22 "
            "are its parts, not topics. Nothing is written as a to-do."
        ),
    ),
    NoteLabel(
        "paddle/2022-05-26-meeting-minutes.md",
        attendees=(),
        date="2022-05-26",
        start=ANY,
        timezone=ANY,
        agenda=untimed(
            (13, "PFCC 简介 & 新成员的一句话自我介绍"),
            (16, "GitLink 编程夏令营（GLCC）"),
            (21, "飞桨框架 Roadmap API 单测增强"),
            (25, "文档方向启动信息介绍"),
            (30, "API 高维功能扩展的议题分享"),
            (47, "飞桨框架贡献者的议题分享"),
            (53, "自由发言和讨论"),
        ),
        actions=(),
        why=(
            "CRLF throughout. '2022-5-26 19：00 - 20：00' has no zone: start/timezone not "
            "labelled. 23 attendees counted, none named; the chair 石华榜（S-HuaBomb，"
            "广西大学）is named as chair. Topics as in 2022-04-14 ('### 下次会议安排' "
            "excluded). '（GLCC）' in topic 16 is an abbreviation, not a time box."
        ),
    ),
    NoteLabel(
        "paddle/2023-07-30-meeting-agenda.md",
        attendees=(),
        date="2023-07-30",
        start=ANY,
        timezone=ANY,
        agenda=(
            Topic(10, "新人自我介绍", 5),
            Topic(12, "PaddleOCR V3V4模型", 30),
            Topic(14, "需求和命题讨论", 10),
            Topic(17, "自由发言，可以提需求给大家讨论", 10),
            Topic(18, "确定下次的会议主持人", 3),
        ),
        actions=(),
        why=(
            "CRLF; H2 title on line 1. '* 会议时间：2023-07-30 19:00' has no zone: not "
            "labelled. The connection bullets (腾讯会议 number, password, link) are "
            "logistics. Topics are the top-level items of '## 会议议程' with their boxes "
            "'（5 mins）', '（30mins）：', '（10mins）', '（10 mins）', '（3 mins）'; "
            "nested bullets (a presenter link, sub-points) are their details."
        ),
    ),
    NoteLabel(
        "paddle/2024-01-25-meeting-agenda.md",
        attendees=(),
        date="2024-01-25",
        start="2024-01-25T20:00:00+08:00",
        timezone="Asia/Shanghai",
        agenda=(
            Topic(12, "新人介绍：", 5),
            Topic(13, "黑客松护航计划集训营", 15),
            Topic(14, "PaddleOCR 算法模型挑战赛", 15),
            Topic(15, "Pytorch Conference 系列翻译活动", 15),
            Topic(16, "2024 Q1 例会预告及议题征集", None),
            Topic(17, "PFCC 成员自由发言讨论", 5),
        ),
        actions=(),
        why=(
            "'2024/01/25 20:00-21:00 (GMT+08:00) 中国标准时间 - 北京': 20:00 Beijing "
            "time. '本次会议主席：许芸欣（Turingg）' is the chair, '副主席：空缺' a vacant "
            "role: no attendees. Boxes '（10-15min）' and '（10 ～ 15min）' are ranges: "
            "the upper bound (15) is labelled, the time the slot may take (with it the "
            "boxes sum to 55 of the 60 minutes). Item 5 has none."
        ),
    ),
    NoteLabel(
        "paddle/2024-01-25-meeting-minutes.md",
        attendees=(),
        date="2024-01-25",
        start="2024-01-25T20:00:00+08:00",
        timezone="Asia/Shanghai",
        agenda=untimed(
            (16, "新成员的自我介绍"),
            (20, "黑客松护航计划集训营"),
            (35, "PaddleOCR 算法模型挑战赛"),
            (79, "Pytorch Conference 系列翻译活动"),
            (97, "2024 Q1 例会预告及议题征集"),
            (111, "自由讨论时间"),
        ),
        actions=(
            Action(118, "发布 Pytorch Conference 系列翻译活动", ("sanbuphy",), False),
            Action(119, "2024 Q1 例会议题征集", (), False),
            Action(120, "小红书关注飞桨xiaoxiao", (), False),
        ),
        why=(
            "28 attendees counted, chair Turingg named as chair. '会议主题：《...》' is "
            "the meeting's theme line, not an agenda. '## 会议分享与讨论' holds one "
            "sentence, and the numbered '### 1、...' headings follow under '## 会议纪要': "
            "those six are the topics. '### TODO' items are actions: line 118's owner is "
            "the link '[@sanbuphy](...)' glued to the verb (发布); line 119 starts with the "
            "working group's link, the group whose meeting collects topics, not a person "
            "who owns it; line 120 asks everyone to follow an account, no owner."
        ),
    ),
    NoteLabel(
        "paddle/2024-07-10-meeting-minutes.md",
        attendees=(),
        date="2024-07-10",
        start=ANY,
        timezone=ANY,
        agenda=untimed(
            (10, "PaddleOCR 近期进展回顾与 issue 解决进度"),
            (17, "会议轮值主席机制讨论"),
            (21, "长期任务：PaddleOCR 添加更多 docstring"),
            (25, "短期任务：PaddleOCR numpy 2.0 兼容性"),
            (29, "自由发言，可以提需求给大家讨论、提问等"),
        ),
        actions=(),
        why=(
            "'2024-07-10 19:00-21:00' with no zone: not labelled. 14 attendees counted; "
            "汪昕（GreatV）hosted (主持), named as host only. Topics are the '###' "
            "headings; line 17 is a proposal written as a heading, still the topic. "
            "'长期任务'/'短期任务' (long-/short-term task) headings are topics, not action "
            "items: they name work areas discussed, nobody undertakes them here."
        ),
    ),
    NoteLabel(
        "paddle/2024-12-12-meeting-minutes.md",
        attendees=(),
        date="2024-12-12",
        start="2024-12-12T19:00:00+08:00",
        timezone="Asia/Shanghai",
        agenda=(
            Topic(11, "新人介绍：", 5),
            Topic(12, "启航计划/快乐开源专题任务介绍", None),
            Topic(19, "开源项目健康度量", 25),
            Topic(22, "Wave Submit 12月26日开发者活动介绍", 5),
        ),
        actions=(),
        why=(
            "33 attendees counted; chair 肖宇檬@[GoldenStain]. The numbered list under "
            "'## 会议纪要' is the meeting's programme, so its four items are the topics. "
            "Item 2 has no box of its own; its two task talks nested under it carry "
            "'(10 min)' and '(20 min)' (they are its parts, so item 2's timebox is None "
            "as written, not their sum). Nested items are indented with TABs and '+'."
        ),
    ),
    NoteLabel(
        "paddle/2025-08-21-meeting-agenda.md",
        attendees=(),
        date="2025-08-21",
        start="2025-08-21T19:00:00+08:00",
        timezone="Asia/Shanghai",
        agenda=(
            Topic(12, "新人介绍：", 5),
            Topic(13, "GraphNet 二期开源任务", 20),
            Topic(14, "互动及提问", 10),
            Topic(15, "第九期黑客松介绍", 5),
            Topic(16, "文心杭州站活动", 10),
        ),
        actions=(),
        why=(
            "'2025/8/21' unpadded, '(GMT+08:00) 中国标准时间 - 北京'. Chair JewelRoam "
            "named as chair only. 'GraphNet' and '二期' are separated by an NBSP (the "
            "fragment's space matches it once whitespace is collapsed). The parenthesis "
            "'(【Hackathon 9th】... 中的第三部分)' in item 2 is a reference, not a box; "
            "'（20 mins）' is."
        ),
    ),
)
