"""Simplified Chinese of the People screen's readiness-step fix (the dialog says who keeps an
earlier date; the undo entry says whom it changed). The lead merges `PEOPLE_FIX` into
`zh_CN.ZH_CN`. Keep %1, %2 … as they are."""

PEOPLE_FIX: dict[str, str] = {
    # ui/dialogs/people_actions.py (StepDialog)
    "The selected person has this step done already (on %1); the date stays.":
        "所选人员已于 %1 完成此步骤；日期保持不变。",
    "All %1 already have this step done (earliest %2); their dates stay: nothing changes.":
        "全部 %1 人均已完成此步骤（最早 %2）；日期保持不变：没有任何更改。",
    "%1 of %2 already have this step done (earliest %3); their dates stay.":
        "%2 人中已有 %1 人完成此步骤（最早 %3）；他们的日期保持不变。",
    "A date already recorded is changed in the person's detail editor.":
        "已登记的日期请在人员详情编辑器中修改。",
    # ui/commands.py (the undo entry)
    "Mark %1 done: nobody changed (%2 had it done already)":
        "标记“%1”已完成：无人变更（%2 已完成）",
    "(%1 kept their dates)": "（%1 人保留原日期）",
}
